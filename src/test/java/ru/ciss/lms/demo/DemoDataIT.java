package ru.ciss.lms.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * The demo cohorts tell one story: an assignment shown as accepted has the answer that was accepted (the 2019 cohort's
 * read «принято» beside «Вы ещё не отправляли ответ»), and the 2018 certificate holders attended the sessions their
 * certificates count (the certificate page said of each that there had not been a single day).
 */
class DemoDataIT {

    URL url = SharedApplication.url();

    @Test
    void acceptedDemoAssignmentsHaveTheirAnswerAndThe2018HoldersAttended() throws Exception {
        String demoSubmissions = "FROM submission s JOIN cohort c ON c.id = s.cohort_id WHERE c.name IN (?, ?)";
        assertNotEquals("0", TestData.value("SELECT COUNT(*) " + demoSubmissions, DemoCohort.NAME, DemoGraduates.NAME),
                "the test server makes the demo cohorts");
        assertEquals("0", TestData.value("SELECT COUNT(*) " + demoSubmissions + " AND s.versions <> "
                        + "(SELECT COUNT(*) FROM submission_version v WHERE v.submission_id = s.id AND v.decision = s.state)",
                DemoCohort.NAME, DemoGraduates.NAME), "every accepted demo assignment has its accepted version");

        String cohort = TestData.value("SELECT id FROM cohort WHERE name = ?", DemoGraduates.NAME);
        WebClient admin = WebClient.signedIn(url, TestPeople.create("Смотрящая", "ADMINISTRATOR"));
        String page = admin.get("/certificates/cohort.xhtml?cohort=" + cohort).body();
        assertFalse(page.contains("не было ни одного дня"), () -> "the 2018 cohort had its sessions: " + page);
        assertTrue(page.contains("Уже выдано: " + DemoGraduates.GRADUATES) && page.contains("Можно выдать сейчас: 0"),
                () -> "the holders hold theirs and the two who did not finish may not get one: " + page);
    }

    /** The demo trainee's current cohort has sessions to try attendance on: one held and marked, one to come. */
    @Test
    void theDemoTraineeHasAttendanceToSee() throws Exception {
        WebClient trainee = new WebClient(url);
        assertEquals(302, trainee.signIn("trainee@example.org", "Trainee-2026").statusCode());
        String mine = trainee.get("/attendance/my.xhtml").body();
        assertTrue(mine.contains("Посещено 2 из 2 прошедших дней") && mine.contains("из 4 дней потока")
                && mine.contains(">опоздала<") && mine.contains(">присутствовала<"),
                () -> "two days held and marked, two to come, in the words for her: " + mine);
        String calendar = trainee.get("/attendance/calendar.xhtml").body();
        assertTrue(calendar.contains("Вторая сессия: гранты и субсидии"), () -> "the next session is listed: " + calendar);
    }
}
