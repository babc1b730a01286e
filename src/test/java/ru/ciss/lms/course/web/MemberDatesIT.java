package ru.ciss.lms.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * A curator changes a member's enrolment date and the day they left (issue #19, point 2): the change is in the audit
 * trail with who made it; a second curator's form opened before is refused, not saved over it; others may not.
 */
class MemberDatesIT {

    URL url = SharedApplication.url();

    @Test
    void aCuratorChangesTheDatesTheChangeIsAuditedAndAnOlderFormIsRefused() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account trainee = TestPeople.create("Датова", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        String member = TestData.value("SELECT id FROM cohort_member WHERE cohort_id = ? AND person_id = ?", cohort,
                trainee.id());
        String starts = TestData.value("SELECT DATE_FORMAT(starts_on, '%d.%m.%Y') FROM cohort WHERE id = ?", cohort);
        String ends = TestData.value("SELECT DATE_FORMAT(ends_on, '%d.%m.%Y') FROM cohort WHERE id = ?", cohort);
        TestPeople.Account first = TestPeople.create("Первая", "ADMINISTRATOR");
        TestPeople.Account second = TestPeople.create("Вторая", "ADMINISTRATOR");
        WebClient a = WebClient.signedIn(url, first);
        WebClient b = WebClient.signedIn(url, second);
        String path = "/course/member.xhtml?member=" + member;
        String pageA = a.get(path).body();
        String pageB = b.get(path).body();
        assertTrue(pageA.contains("Датова") && pageA.contains("Зачислен(а) с"), pageA);

        String early = a.postForm(path, pageA, form("01.01.2020", "")).body();
        assertTrue(early.contains("Дата зачисления не может быть раньше начала потока (" + starts + ")"), early);
        String refused = a.postForm(path, early, form(ends, starts)).body();
        assertTrue(refused.contains("День выбытия не может быть раньше даты зачисления"), refused);
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM membership_change WHERE member_id = ?", member));

        HttpResponse<String> saved = a.postForm(path, refused, form(starts, ends));
        assertEquals(302, saved.statusCode(), saved::body);
        String list = a.follow(saved).body();
        assertTrue(list.contains("Даты участия сохранены") && list.contains(starts) && list.contains("выбыл " + ends), list);
        assertEquals(starts + "|" + ends + "|" + first.id(), TestData.value("SELECT CONCAT(DATE_FORMAT(enrolled_after, "
                + "'%d.%m.%Y'), '|', DATE_FORMAT(left_after, '%d.%m.%Y'), '|', changed_by) FROM membership_change "
                + "WHERE member_id = ?", member));

        String late = b.postForm(path, pageB, form(ends, "")).body();
        assertTrue(late.contains("только что изменил кто-то другой"), late);
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM membership_change WHERE member_id = ?", member));
        assertEquals(ends, TestData.value("SELECT DATE_FORMAT(left_on, '%d.%m.%Y') FROM cohort_member WHERE id = ?",
                member), "the first curator's change stands");

        WebClient t = WebClient.signedIn(url, trainee);
        HttpResponse<String> trainees = t.get(path);
        assertTrue(trainees.statusCode() != 200 || !trainees.body().contains("Сохранить даты"),
                "a trainee cannot open the form");
        TestPeople.Account mentor = TestPeople.create("Наставница", "MENTOR");
        HttpResponse<String> mentors = WebClient.signedIn(url, mentor).get(path);
        assertFalse(mentors.statusCode() == 200 && mentors.body().contains("Сохранить даты"), "nor can a mentor");
    }

    private static Map<String, String> form(String enrolled, String left) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("dates", "dates");
        form.put("dates:enrolledOn", enrolled);
        form.put("dates:leftOn", left);
        form.put("dates:save", "Сохранить даты");
        return form;
    }

}
