package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #25, point 5: no cache may show one person another person's data. Every page that shows a person's data is
 * either never stored ({@code no-store}) or kept only by that person's browser and asked about on every visit
 * ({@code private, no-cache}, with an entity tag bound to the session; ConditionalModulePageIT shows that another
 * session never gets a 304). Nothing personal is ever {@code public} or given a lifetime a proxy could serve from.
 */
class PersonalPagesCacheIT {

    URL url = SharedApplication.url();

    @Test
    void personalPagesAreNeverStoredWhereAnotherPersonCouldGetThem() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Некэшируемая", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Некэшируемый", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Некэшируемов", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        String module = TestData.firstModule("rc-leaders");
        String lesson = TestData.firstLesson(module);

        List<String> problems = new ArrayList<>();
        check(trainee, problems, "/home/trainee.xhtml", "/study/module.xhtml?id=" + module + "&cohort=" + cohort,
                "/study/lesson.xhtml?id=" + lesson + "&cohort=" + cohort, "/account/profile.xhtml",
                "/attendance/calendar.xhtml", "/outcomes/my.xhtml");
        check(mentor, problems, "/home/mentor.xhtml", "/review/queue.xhtml");
        check(admin, problems, "/home/admin.xhtml", "/people/list.xhtml", "/people/person.xhtml?id=" + trainee.id(),
                "/course/cohorts.xhtml");
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private void check(TestPeople.Account account, List<String> problems, String... pages) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        for (String page : pages) {
            HttpResponse<String> answer = client.get(page);
            String cache = answer.headers().firstValue("Cache-Control").orElse("(none)");
            boolean tag = answer.headers().firstValue("ETag").isPresent();
            if (answer.statusCode() != 200) {
                problems.add(page + " answered " + answer.statusCode() + " (not the page under test)");
            } else if (!answer.body().contains(account.surname())) {
                problems.add(page + " does not show whose page it is");
            } else if (!(cache.equals("no-store") || (tag && cache.equals("private, no-cache")))) {
                problems.add(page + ": Cache-Control " + cache + (tag ? " with" : " without") + " an ETag");
            }
        }
    }
}
