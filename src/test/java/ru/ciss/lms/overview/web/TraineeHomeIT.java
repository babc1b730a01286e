package ru.ciss.lms.overview.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #25: the trainee's home, the page trainees open most, reads everything it shows in one boundary call and so
 * in one transaction (it made four, each taking a pooled connection and checking it), and still shows all of it:
 * the cohort with its modules, today's session day, the certificate; without the consent, the request for it.
 */
class TraineeHomeIT {

    URL url = SharedApplication.url();

    @Test
    void everythingTheHomeShowsIsReadInOneTransaction() throws Exception {
        TestPeople.Account trainee = TestPeople.create("Однократная", "TRAINEE");
        long cohort = inACohortWithADayTodayAndACertificate(trainee);
        String cohortName = TestData.value("SELECT name FROM cohort WHERE id = ?", cohort);
        WebClient client = WebClient.signedIn(url, trainee);
        client.get("/home/trainee.xhtml");
        HttpResponse<String> home = client.get("/home/trainee.xhtml");
        assertEquals(200, home.statusCode());
        String body = home.body();
        assertTrue(body.contains(cohortName), () -> "the cohort's name in: " + body);
        assertTrue(body.contains("class=\"modules\""), "the cohort's modules");
        assertTrue(body.contains("id=\"today\""), "today's session day");
        assertTrue(body.contains("Сессия для сертификата"), "today's session by its title");
        assertTrue(body.contains("id=\"my-certificates\"") && body.contains("ТСТ-"), "the certificate");
        assertTrue(body.contains("id=\"next-assignment-" + cohort + "\""), "the next assignment beside the cohort");
        assertFalse(body.contains("id=\"consent-needed\""), "no request for a consent given");
        assertEquals("1", home.headers().firstValue("X-SQL-Transactions").orElseThrow(),
                () -> "transactions of the trainee home (statements: "
                        + home.headers().firstValue("X-SQL-Statements").orElse("?") + ")");
    }

    @Test
    void withoutTheConsentTheHomeAsksForItAndStillListsTheCertificates() throws Exception {
        TestPeople.Account trainee = TestPeople.create("Несогласная", "TRAINEE");
        long cohort = inACohortWithADayTodayAndACertificate(trainee);
        TestData.update("UPDATE consent SET withdrawn_at = NOW(3) WHERE person_id = ?", trainee.id());
        WebClient client = WebClient.signedIn(url, trainee);
        HttpResponse<String> first = client.get("/home/trainee.xhtml"); // the session's first page reads a bit more
        HttpResponse<String> home = client.get("/home/trainee.xhtml");
        assertEquals(200, home.statusCode());
        String body = home.body();
        assertTrue(body.contains("id=\"consent-needed\""), () -> "the request for the consent in: " + body);
        // (The cohort's name may show: the certificate's line names its cohort.)
        assertFalse(body.contains("id=\"cohort-" + cohort + "\""), "no studies before the consent");
        assertFalse(body.contains("id=\"today\""), "no check-in offered before the consent");
        assertTrue(body.contains("id=\"my-certificates\"") && body.contains("ТСТ-"), "the certificate is the person's");
        assertEquals("1", home.headers().firstValue("X-SQL-Transactions").orElseThrow(), () -> "transactions (the "
                + "session's first page: " + first.headers().firstValue("X-SQL-Transactions").orElse("?") + ")");
    }

    /** An active cohort of the programme, with the trainee enrolled, present on a day held today and certified. */
    private static long inACohortWithADayTodayAndACertificate(TestPeople.Account trainee) throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.presentToday(cohort, trainee.id());
        TestData.graduate(cohort, trainee.id());
        return cohort;
    }
}
