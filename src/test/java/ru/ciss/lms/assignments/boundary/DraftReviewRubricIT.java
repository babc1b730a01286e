package ru.ciss.lms.assignments.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.AssignmentForms;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #22: the module-6 brief says the draft is reviewed against the final presentation's criteria, so the review
 * page of that assignment (assignment.md: rubric: true) shows the mentor the programme's rubric with every level; the
 * review of an ordinary assignment does not.
 */
class DraftReviewRubricIT {

    URL url = SharedApplication.url();

    @Test
    void theDraftOfTheFinalWorkIsReviewedWithTheRubricInView() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Черновикова", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Сверяющий", "MENTOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        WebClient t = signedIn(trainee);
        WebClient m = signedIn(mentor);

        String draft = review(t, m, cohort, trainee, 6);
        assertTrue(draft.contains("Критерии оценки итоговой презентации") && draft.contains("id=\"rubric\""), draft);
        for (String shown : new String[] {"Соответствие потребностям района", "Качество презентации и защиты",
                "вес 25", "Подписанные соглашения не требуются", "баллы по критериям за него не ставят"}) {
            assertTrue(draft.contains(shown), shown);
        }

        String ordinary = review(t, m, cohort, trainee, 1);
        assertFalse(ordinary.contains("id=\"rubric\"") || ordinary.contains("Соответствие потребностям района"),
                "an ordinary assignment is reviewed without the rubric");
    }

    /** The trainee submits the assignment of the module at this position; answers the mentor's review page. */
    private static String review(WebClient t, WebClient m, long cohort, TestPeople.Account trainee, int position)
            throws Exception {
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p ON "
                + "p.id = m.programme_id WHERE p.code = 'rc-leaders' AND m.archived = FALSE AND m.position = ?",
                position));
        String page = "/study/assignment.xhtml?module=" + module + "&cohort=" + cohort;
        String sent = t.follow(t.postMultipart(page, t.get(page).body(),
                AssignmentForms.answer("Черновик модуля " + position, "submit"))).body();
        assertTrue(sent.contains("Ответ отправлен на проверку"), sent);
        long submission = Long.parseLong(TestData.value("SELECT id FROM submission WHERE person_id = ? AND "
                + "module_id = ?", trainee.id(), module));
        return m.get("/review/submission.xhtml?id=" + submission).body();
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }
}
