package ru.ciss.lms.outcomes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * The dashboard's people counts say what they count (issue #19, point 7): a running cohort's trainees are enrolled,
 * never graduates, even when one of them already holds a certificate; a finished cohort's certificate holders are.
 */
class DashboardCountsIT {

    URL url = SharedApplication.url();

    @Test
    void aRunningCohortsTraineesAreEnrolledButNotGraduates() throws Exception {
        long running = TestData.cohort("rc-leaders", null);
        long finished = TestData.cohort("rc-leaders", null);
        TestData.update("UPDATE cohort SET starts_on = '2005-01-10', ends_on = '2005-04-10', status = 'FINISHED' "
                + "WHERE id = ?", finished);
        for (long cohort : new long[] {running, finished}) {
            TestPeople.Account certified = TestPeople.create("Сертификатова", "TRAINEE");
            TestPeople.Account studying = TestPeople.create("Учащаяся", "TRAINEE");
            TestData.enrolTrainee(cohort, certified.id());
            TestData.enrolTrainee(cohort, studying.id());
            TestData.graduate(cohort, certified.id());
        }
        WebClient admin = new WebClient(url);
        TestPeople.Account curator = TestPeople.create("Отчётова", "ADMINISTRATOR");
        assertEquals(302, admin.signIn(curator.email(), curator.password()).statusCode());

        String runningPage = dashboardOf(admin, running);
        assertEquals("2", cell(runningPage, "trained"), "both trainees of the running cohort are enrolled");
        assertEquals("0", cell(runningPage, "graduates"), "a running cohort has no graduates yet");
        assertEquals("1", cell(runningPage, "certificates"), "its one certificate is counted as a certificate");

        String finishedPage = dashboardOf(admin, finished);
        assertEquals("2", cell(finishedPage, "trained"));
        assertEquals("1", cell(finishedPage, "graduates"), "the certificate holder of the finished cohort graduated");
        assertEquals("1", cell(finishedPage, "certificates"));

        assertTrue(finishedPage.contains("Зачислено слушателей") && finishedPage.contains("Выпускники (поток завершён, сертификат есть)")
                && finishedPage.contains("Действующих сертификатов") && !finishedPage.contains(">Обучено<"),
                "each count is labelled with what it counts");
        assertTrue(finishedPage.contains("слушатели идущего потока выпускниками не считаются"), "the definitions are on the page");
    }

    private static String dashboardOf(WebClient admin, long cohort) throws Exception {
        String programme = TestData.value("SELECT programme_id FROM cohort WHERE id = ?", cohort);
        String page = admin.get("/outcomes/dashboard.xhtml").body();
        return admin.follow(admin.postForm("/outcomes/dashboard.xhtml", page, Map.of("filter", "filter",
                "filter:programme", programme, "filter:cohort", String.valueOf(cohort), "filter:year", "",
                "filter:district", "", "filter:apply", "x"))).body();
    }

    private static String cell(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertTrue(m.find(), () -> "no cell " + id + " in " + page);
        return m.group(1).strip();
    }
}
