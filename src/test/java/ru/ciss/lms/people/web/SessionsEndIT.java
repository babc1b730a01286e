package ru.ciss.lms.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #21, point 3: a person's other sessions end at once when their password is changed or reset, or when they
 * are deactivated; the session that changed its own password goes on. (A revoked invitation: PresentationsIT.)
 */
class SessionsEndIT {

    URL url = SharedApplication.url();

    @Test
    void changingOnesPasswordEndsTheOtherSessionsButNotThisOne() {
        TestPeople.Account trainee = TestPeople.create("Двухсеансова", "TRAINEE");
        WebClient phone = WebClient.signedIn(url, trainee);
        WebClient laptop = WebClient.signedIn(url, trainee);
        assertEquals(200, laptop.get("/home/trainee.xhtml").statusCode());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("password", "password");
        form.put("password:currentPassword", trainee.password());
        form.put("password:newPassword", "Рябина у колодца 7 раз");
        form.put("password:repeatPassword", "Рябина у колодца 7 раз");
        form.put("password:submit", "submit");
        String changed = phone.follow(phone.postForm("/account/password.xhtml", phone.get("/account/password.xhtml").body(),
                form)).body();
        assertTrue(changed.contains("Пароль изменён"), changed);
        assertEquals(200, phone.get("/home/trainee.xhtml").statusCode(), "the session that changed it goes on");
        assertSentToSignIn(laptop.get("/home/trainee.xhtml"), "the other session");
    }

    @Test
    void aResetOrADeactivationEndsThePersonsSessions() {
        TestPeople.Account admin = TestPeople.create("Сбрасывающая", "ADMINISTRATOR");
        TestPeople.Account mentor = TestPeople.create("Забытый", "MENTOR");
        TestPeople.Account trainee = TestPeople.create("Уходящая", "TRAINEE");
        WebClient a = WebClient.signedIn(url, admin);
        WebClient m = WebClient.signedIn(url, mentor);
        WebClient t = WebClient.signedIn(url, trainee);
        assertEquals(200, m.get("/home/mentor.xhtml").statusCode());
        assertEquals(200, t.get("/home/trainee.xhtml").statusCode());

        String page = "/people/edit.xhtml?id=" + mentor.id();
        Map<String, String> reset = new LinkedHashMap<>();
        reset.put("password", "password");
        reset.put("password:newPassword", "Новая фраза для наставника");
        reset.put("password:reset", "reset");
        String done = a.follow(a.postForm(page, a.get(page).body(), reset)).body();
        assertTrue(done.contains("Новый пароль задан"), done);
        assertSentToSignIn(m.get("/home/mentor.xhtml"), "the mentor after a reset");

        String traineePage = "/people/edit.xhtml?id=" + trainee.id();
        a.follow(a.postForm(traineePage, a.get(traineePage).body(), Map.of("status", "status", "status:deactivate", "x")));
        assertSentToSignIn(t.get("/home/trainee.xhtml"), "the trainee after deactivation");
        assertEquals(200, a.get("/home/admin.xhtml").statusCode(), "the administrator's own session is untouched");
    }

    private static void assertSentToSignIn(HttpResponse<String> answer, String who) {
        assertEquals(302, answer.statusCode(), () -> who + " still has a session: " + answer.statusCode());
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login.xhtml"), who);
    }

}
