package ru.ciss.lms.certificates.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * The trainee home's list of one's own certificates (read in one native statement since issue #25): only the
 * caller's, newest first, each with its own cohort's name (a trainee of two cohorts tells them apart, issue #19); a
 * valid one with its download link, a revoked one marked and without it.
 */
class MyCertificatesIT {

    private static final Pattern ITEM = Pattern.compile("<li>№ (.*?)</li>", Pattern.DOTALL);

    URL url = SharedApplication.url();

    @Test
    void aTraineeSeesTheirOwnCertificatesNewestFirstEachWithItsCohort() throws Exception {
        long first = TestData.cohort("rc-leaders", null);
        long second = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Дваждыдипломова", "TRAINEE");
        TestPeople.Account other = TestPeople.create("Чужедипломов", "TRAINEE");
        for (long cohort : new long[] {first, second}) {
            TestData.enrolTrainee(cohort, trainee.id());
            TestData.graduate(cohort, trainee.id());
        }
        TestData.enrolTrainee(first, other.id());
        TestData.graduate(first, other.id());
        TestData.update("UPDATE certificate SET status = 'REVOKED', status_changed_at = NOW(3), "
                + "status_reason = 'ошибка в данных' WHERE person_id = ? AND cohort_id = ?", trainee.id(), first);

        String home = WebClient.signedIn(url, trainee).get("/home/trainee.xhtml").body();
        List<String> items = new ArrayList<>();
        Matcher m = ITEM.matcher(home.substring(home.indexOf("id=\"my-certificates\"")));
        while (m.find()) {
            items.add(m.group(1));
        }
        assertEquals(2, items.size(), () -> "the trainee's two certificates: " + home);
        String newest = items.get(0);
        String revoked = items.get(1);
        assertTrue(newest.startsWith(number(trainee.id(), second)), () -> "the newest first: " + items);
        assertTrue(newest.contains(cohortName(second)), newest);
        assertTrue(newest.contains("/files/certificate?id="), () -> "a valid one can be downloaded: " + newest);
        assertTrue(revoked.startsWith(number(trainee.id(), first)), revoked);
        assertTrue(revoked.contains(cohortName(first)), revoked);
        assertTrue(revoked.contains("Отозван"), revoked);
        assertFalse(revoked.contains("/files/certificate?id="), () -> "a revoked one is not handed out: " + revoked);
        assertFalse(home.contains(number(other.id(), first)), "another trainee's certificate");
    }

    private static String number(long person, long cohort) throws Exception {
        return TestData.value("SELECT number FROM certificate WHERE person_id = ? AND cohort_id = ?", person, cohort);
    }

    private static String cohortName(long cohort) throws Exception {
        return TestData.value("SELECT name FROM cohort WHERE id = ?", cohort);
    }
}
