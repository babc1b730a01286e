package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Every page × {anonymous, trainee, mentor, administrator}: allowed (200), forbidden (403), or sent to sign in
 * (302 to the sign-in page). Later features add their pages to {@link #MATRIX}.
 */
class AuthorizationMatrixIT {

    URL url = SharedApplication.url();

    private static final String OK = "200", FORBIDDEN = "403", SIGN_IN = "login", HOME = "home";

    /** page, then the expected answer for anonymous, trainee, mentor, administrator. */
    static final List<String[]> MATRIX = List.of(
            new String[] {"/login.xhtml", OK, OK, OK, OK},
            new String[] {"/health/ready", OK, OK, OK, OK},
            new String[] {"/", SIGN_IN, HOME, HOME, HOME},
            new String[] {"/index.xhtml", SIGN_IN, HOME, HOME, HOME},
            new String[] {"/home/trainee.xhtml", SIGN_IN, OK, FORBIDDEN, FORBIDDEN},
            new String[] {"/home/mentor.xhtml", SIGN_IN, FORBIDDEN, OK, FORBIDDEN},
            new String[] {"/home/admin.xhtml", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/people/list.xhtml", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/people/edit.xhtml", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/people/person.xhtml?id=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/people/person.xhtml", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/course/programmes.xhtml", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/course/programme.xhtml?id=1", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/course/lesson.xhtml?id=1", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/course/cohorts.xhtml", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/course/cohort.xhtml?id=1", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/course/cohort.xhtml?id=1&q=a&sort=email&desc=true&page=1", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/course/cohort.xhtml?id=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/course/cohorts.xhtml?archived=true", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/course/enrol.xhtml?cohort=1", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/course/enrol.xhtml?cohort=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/course/enrol.xhtml?cohort=x", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/study/lesson.xhtml?id=1", SIGN_IN, "404", FORBIDDEN, FORBIDDEN},
            new String[] {"/study/module.xhtml?id=1", SIGN_IN, "404", FORBIDDEN, FORBIDDEN},
            new String[] {"/study/download?module=1", SIGN_IN, "404", FORBIDDEN, FORBIDDEN},
            new String[] {"/account/consents.xhtml", SIGN_IN, OK, OK, OK},
            new String[] {"/activate.xhtml?token=not-a-real-link", OK, OK, OK, OK},
            new String[] {"/attendance/calendar.xhtml", SIGN_IN, OK, OK, OK},
            new String[] {"/attendance/my.xhtml", SIGN_IN, OK, FORBIDDEN, FORBIDDEN},
            new String[] {"/attendance/checkin.xhtml", SIGN_IN, OK, FORBIDDEN, FORBIDDEN},
            new String[] {"/attendance/mark.xhtml?day=999999", SIGN_IN, FORBIDDEN, "404", "404"},
            new String[] {"/attendance/screen.xhtml?day=999999", SIGN_IN, FORBIDDEN, "404", "404"},
            new String[] {"/attendance/register.xhtml?cohort=999999", SIGN_IN, FORBIDDEN, "404", "404"},
            new String[] {"/attendance/register-export?cohort=999999&format=csv", SIGN_IN, FORBIDDEN, "404", "404"},
            new String[] {"/attendance/sessions.xhtml?cohort=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/attendance/session.xhtml?session=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/attendance/day.xhtml?day=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/calendar/not-a-feed.ics", "404", "404", "404", "404"},
            new String[] {"/account/profile.xhtml", SIGN_IN, OK, OK, OK},
            new String[] {"/account/notifications.xhtml", SIGN_IN, OK, OK, OK},
            new String[] {"/study/assignment.xhtml?module=1", SIGN_IN, "404", FORBIDDEN, FORBIDDEN},
            new String[] {"/study/assignment.xhtml?module=1&cohort=999999", SIGN_IN, "404", FORBIDDEN, FORBIDDEN},
            new String[] {"/study/module.xhtml?id=1&cohort=999999", SIGN_IN, "404", FORBIDDEN, FORBIDDEN},
            new String[] {"/study/lesson.xhtml?id=1&cohort=999999", SIGN_IN, "404", FORBIDDEN, FORBIDDEN},
            new String[] {"/presentations/mine.xhtml?cohort=999999", SIGN_IN, "404", FORBIDDEN, FORBIDDEN},
            new String[] {"/attendance/my.xhtml?cohort=999999", SIGN_IN, "404", FORBIDDEN, FORBIDDEN},
            new String[] {"/review/queue.xhtml", SIGN_IN, FORBIDDEN, OK, OK},
            new String[] {"/review/submission.xhtml?id=999999", SIGN_IN, FORBIDDEN, "404", "404"},
            new String[] {"/course/assignments.xhtml?cohort=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/admin/outbox.xhtml", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/files/submission?id=999999", SIGN_IN, "404", "404", "404"},
            new String[] {"/account/password.xhtml", SIGN_IN, OK, OK, OK},
            new String[] {"/presentations/mine.xhtml", SIGN_IN, "404", FORBIDDEN, FORBIDDEN},
            new String[] {"/presentations/queue.xhtml", SIGN_IN, FORBIDDEN, OK, FORBIDDEN},
            new String[] {"/presentations/score.xhtml?id=999999", SIGN_IN, FORBIDDEN, "404", FORBIDDEN},
            new String[] {"/presentations/cohort.xhtml?cohort=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/presentations/presentation.xhtml?cohort=999999&id=1", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/presentations/results.xlsx?cohort=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/files/presentation?id=999999", SIGN_IN, "404", "404", "404"},
            new String[] {"/course/member.xhtml?member=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/certificates/cohort.xhtml?cohort=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/certificates/certificate.xhtml?id=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/certificates/register.xhtml", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/certificates/register.xlsx", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/certificates/cohort.zip?cohort=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/files/certificate?id=999999", SIGN_IN, "404", "404", "404"},
            new String[] {"/verify.xhtml", OK, OK, OK, OK},
            new String[] {"/verify/%D0%A0%D0%A6-1900-0001", "404", "404", "404", "404"},
            new String[] {"/api/certificates/%D0%A0%D0%A6-1900-0001", "404", "404", "404", "404"},
            new String[] {"/outcomes/my.xhtml", SIGN_IN, OK, FORBIDDEN, FORBIDDEN},
            new String[] {"/outcomes/review.xhtml", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/outcomes/dashboard.xhtml", SIGN_IN, FORBIDDEN, FORBIDDEN, OK},
            new String[] {"/outcomes/graduate.xhtml?person=999999", SIGN_IN, FORBIDDEN, FORBIDDEN, "404"},
            new String[] {"/outcomes/report?programme=999999&from=2018-01-01&to=2018-12-31&format=xlsx", SIGN_IN,
                    FORBIDDEN, FORBIDDEN, "400"},
            new String[] {"/files/outcome?id=999999", SIGN_IN, "404", "404", "404"},
            new String[] {"/invite.xhtml?t=not-a-real-link", "410", "410", "410", "410"},
            new String[] {"/WEB-INF/web.xml", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN},
            new String[] {"/WEB-INF/templates/layout.xhtml", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN});

    @Test
    void everyPageAnswersEachRoleAsTheMatrixSays() {
        WebClient anonymous = new WebClient(url);
        WebClient trainee = signedIn("TRAINEE");
        WebClient mentor = signedIn("MENTOR");
        WebClient admin = signedIn("ADMINISTRATOR");
        WebClient[] clients = {anonymous, trainee, mentor, admin};
        String[] who = {"anonymous", "trainee", "mentor", "administrator"};
        List<Executable> checks = new ArrayList<>();
        // The public verification is limited per address; other tests' look-ups from this machine must not make
        // these rows answer 429, so they come from an address of their own (the test server trusts the header).
        String ownAddress = "192.0.2." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
        for (String[] row : MATRIX) {
            for (int i = 0; i < clients.length; i++) {
                String page = row[0], expected = row[i + 1], person = who[i];
                HttpResponse<String> response = page.startsWith("/verify") || page.startsWith("/api/certificates")
                        ? clients[i].get(page, "X-Forwarded-For", ownAddress) : clients[i].get(page);
                checks.add(() -> assertAnswer(expected, response, person + " on " + page));
            }
        }
        assertAll(checks);
    }

    @Test
    void aPostToAnAdministratorsPageByATraineeIsForbiddenToo() {
        WebClient trainee = signedIn("TRAINEE");
        HttpResponse<String> response = trainee.post("/people/edit.xhtml", Map.of("person", "person",
                "person:surname", "Взлом", "jakarta.faces.ViewState", "stateless"));
        assertEquals(403, response.statusCode(), () -> response.headers().firstValue("Location").orElse(""));
    }

    /** The enrolment page's downloads and mailing (issue #20) are posts of its forms: administrators only. */
    @Test
    void theEnrolmentPagesLinksAndMailingAreForbiddenToOthers() {
        for (String role : new String[] {"TRAINEE", "MENTOR"}) {
            for (String button : new String[] {"mailing:mail-all", "mailing:cohort-csv", "rejected:download-rejected"}) {
                String form = button.substring(0, button.indexOf(':'));
                HttpResponse<String> response = signedIn(role).post("/course/enrol.xhtml?cohort=1", Map.of(form, form,
                        button, "x", "jakarta.faces.ViewState", "stateless"));
                assertEquals(403, response.statusCode(), role + " posting " + button);
            }
        }
        HttpResponse<String> anonymous = new WebClient(url).post("/course/enrol.xhtml?cohort=1",
                Map.of("mailing", "mailing", "mailing:mail-all", "x", "jakarta.faces.ViewState", "stateless"));
        assertAnswer(SIGN_IN, anonymous, "anonymous posting the mailing");
    }

    /** The offline check-in queue's endpoint (POST only): a trainee's, sent by checkin.js with its header. */
    @Test
    void theQueuedCheckInAnswersOnlyATraineeSendingFromTheQueue() {
        Map<String, String> form = Map.of("code", "000000", "age", "0");
        HttpResponse<String> anonymous = new WebClient(url).post("/attendance/checkin-send", form, "X-LMS-Check-In", "1");
        assertAnswer(SIGN_IN, anonymous, "anonymous on POST /attendance/checkin-send");
        for (String role : List.of("MENTOR", "ADMINISTRATOR")) {
            HttpResponse<String> answer = signedIn(role).post("/attendance/checkin-send", form, "X-LMS-Check-In", "1");
            assertEquals(403, answer.statusCode(), role + " on POST /attendance/checkin-send");
        }
        WebClient trainee = signedIn("TRAINEE");
        assertEquals(403, trainee.post("/attendance/checkin-send", form).statusCode(),
                "a trainee's post without the queue's header (a cross-site form cannot set one)");
        HttpResponse<String> queued = trainee.post("/attendance/checkin-send", form, "X-LMS-Check-In", "1");
        assertTrue(queued.statusCode() != 403 && queued.body().contains("outcome"),
                () -> "a trainee's queued check-in is answered: " + queued.statusCode() + " " + queued.body());
    }

    private WebClient signedIn(String role) {
        TestPeople.Account account = TestPeople.create("Матрицын", role);
        WebClient client = new WebClient(url);
        HttpResponse<String> response = client.signIn(account.email(), account.password());
        assertEquals(302, response.statusCode(), () -> role + " could not sign in: " + response.body());
        return client;
    }

    private static void assertAnswer(String expected, HttpResponse<String> response, String what) {
        String location = response.headers().firstValue("Location").orElse("");
        what = what + " [" + response.statusCode() + " " + location + " "
                + response.body().replaceAll("(?s).*<title>([^<]*)</title>.*", "$1").lines().findFirst().orElse("") + "]";
        switch (expected) {
            case SIGN_IN -> {
                assertEquals(302, response.statusCode(), what);
                // the sign-in page, carrying the page asked for as ?next= (issue #18) when it was a GET
                assertTrue(location.matches(".*/login\\.xhtml(\\?next=%2F[^/:]*)?"), what + " -> " + location);
            }
            case HOME -> {
                assertEquals(302, response.statusCode(), what);
                assertTrue(location.contains("/home/"), what + " -> " + location);
            }
            default -> assertEquals(Integer.parseInt(expected), response.statusCode(), what);
        }
    }
}
