package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #21, points 9 and 10: malformed anonymous requests are answered 400 with the app's page (never 500), and a
 * spent or unknown invitation link does not leave the session answering every protected address with an empty 200.
 */
class MalformedRequestIT {

    URL url = SharedApplication.url();

    @Test
    void anUrlencodedPostToTheUploadFormIsABadRequest() {
        WebClient anyone = new WebClient(url);
        String page = anyone.get("/verify.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("upload", "upload");
        form.put("upload:check", "check");
        assertBadRequest(anyone.postForm("/verify.xhtml", page, form), "an upload form sent urlencoded");
    }

    @Test
    void aStatelessViewStateOnTheSignInFormIsABadRequest() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:email", "someone@example.org");
        form.put("signin:password", "whatever-it-is");
        form.put("signin:submit", "Войти");
        form.put("jakarta.faces.ViewState", "stateless");
        HttpResponse<String> answer = new WebClient(url).post("/login.xhtml", form);
        assertEquals(400, answer.statusCode(), () -> answer.statusCode() + " " + answer.body());
    }

    @Test
    void aFiveMegabyteFieldIsABadRequest() {
        WebClient anyone = new WebClient(url);
        String page = anyone.get("/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:email", "x".repeat(5 * 1024 * 1024));
        form.put("signin:password", "whatever-it-is");
        form.put("signin:submit", "Войти");
        HttpResponse<String> answer = anyone.postForm("/login.xhtml", page, form);
        assertEquals(400, answer.statusCode(), () -> answer.statusCode() + " " + answer.body().substring(0,
                Math.min(2000, answer.body().length())));
    }

    @Test
    void aFailedInvitationLinkLeavesProtectedPagesSendingToSignIn() {
        WebClient stranger = new WebClient(url);
        assertEquals(410, stranger.get("/invite.xhtml?t=not-a-real-link").statusCode());
        for (String path : new String[] {"/home/mentor.xhtml", "/presentations/queue.xhtml", "/home/trainee.xhtml"}) {
            HttpResponse<String> answer = stranger.get(path);
            assertEquals(302, answer.statusCode(), () -> path + " answered " + answer.statusCode() + " «"
                    + answer.body() + "»");
            assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login.xhtml"), path);
        }
    }

    @Test
    void aFailedSignInLeavesProtectedPagesSendingToSignIn() {
        WebClient stranger = new WebClient(url);
        HttpResponse<String> failed = stranger.signIn("nobody-" + System.nanoTime() + "@example.org", "whatever-it-is");
        assertEquals(200, failed.statusCode());
        HttpResponse<String> answer = stranger.get("/home/trainee.xhtml");
        assertEquals(302, answer.statusCode(), () -> "answered " + answer.statusCode() + " «" + answer.body() + "»");
    }

    private static void assertBadRequest(HttpResponse<String> answer, String what) {
        assertEquals(400, answer.statusCode(), () -> what + ": " + answer.statusCode() + " " + answer.body());
        assertTrue(answer.body().contains("<html") && answer.body().contains("lang=\"ru\""), () -> what
                + ": the app's own page, not the server's: " + answer.body());
        assertFalse(java.util.regex.Pattern.compile("\\bat [a-z][\\w.$]+\\(|Exception: |Payara Server")
                .matcher(answer.body()).find(), () -> "no stack trace, no server name: " + answer.body());
    }
}
