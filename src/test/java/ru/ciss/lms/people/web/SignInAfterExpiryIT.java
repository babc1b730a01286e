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
 * A sign-in page left open until its session ended (a slow connection, a lunch break) still signs the person in when
 * sent, and still to where they were going: it answered «Страница устарела» before.
 */
class SignInAfterExpiryIT {

    URL url = SharedApplication.url();

    @Test
    void aSignInFormSentAfterItsSessionEndedSignsIn() {
        TestPeople.Account trainee = TestPeople.create("Терпеливая", "TRAINEE");
        String path = "/login.xhtml?next=%2Faccount%2Fprofile.xhtml";
        String page = new WebClient(url).get(path).body();

        WebClient later = new WebClient(url); // the same page, sent without the session it was opened in
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:email", trainee.email());
        form.put("signin:password", trainee.password());
        form.put("signin:submit", "Войти");
        HttpResponse<String> answer = later.postForm(path, page, form);
        assertEquals(302, answer.statusCode(), () -> answer.statusCode() + " " + answer.body());
        String location = answer.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/account/profile.xhtml"), location);
        assertEquals(200, later.get("/account/profile.xhtml").statusCode(), "signed in");
    }

    /** A page's form sent after the session ended leads to the sign-in page and back to that page, not to home. */
    @Test
    void aFormSentAfterTheSessionEndedSignsInBackToItsPage() {
        TestPeople.Account trainee = TestPeople.create("Вернувшаяся", "TRAINEE");
        String page = WebClient.signedIn(url, trainee).get("/account/profile.xhtml").body();
        HttpResponse<String> answer = new WebClient(url).postForm("/account/profile.xhtml", page,
                Map.of("profile", "profile"));
        assertEquals(302, answer.statusCode(), () -> answer.statusCode() + " " + answer.body());
        String location = answer.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/login.xhtml?next=%2Faccount%2Fprofile.xhtml"), location);
    }
}
