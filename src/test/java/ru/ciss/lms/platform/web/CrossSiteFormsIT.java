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
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Another site cannot send this site's forms: a sign-in posted from another site (login CSRF: the visitor would
 * work in the attacker's account) is refused with 403 and signs nobody in, even with a form whose view state is
 * gone (the sign-in page's view is restorable); the same post from our own page signs in.
 */
class CrossSiteFormsIT {

    URL url = SharedApplication.url();

    @Test
    void aSignInPostedFromAnotherSiteIsRefusedAndOurOwnIsNot() {
        TestPeople.Account account = TestPeople.create("Межсайтова", "TRAINEE");
        for (String site : new String[] {"cross-site", "same-site"}) {
            WebClient visitor = new WebClient(url);
            // Any view state makes it a postback; the sign-in page's view is restorable, so an unknown one is rebuilt.
            Map<String, String> form = signIn(account);
            form.put("jakarta.faces.ViewState", "1234567890123456789:-987654321987654321");
            HttpResponse<String> forged = visitor.post("/login.xhtml", form, "Sec-Fetch-Site", site);
            assertEquals(403, forged.statusCode(), () -> site + ": " + forged.body());
            assertFalse(forged.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                    () -> site + ": no session is made: " + forged.headers().map());
            assertEquals(302, visitor.get("/home/trainee.xhtml").statusCode(), "still signed out: sent to sign in");
        }
        WebClient own = new WebClient(url);
        String page = own.get("/login.xhtml").body();
        HttpResponse<String> signedIn = own.postForm("/login.xhtml", page, signIn(account), "Sec-Fetch-Site", "same-origin");
        assertEquals(302, signedIn.statusCode(), signedIn::body);
        assertTrue(own.get("/home/trainee.xhtml").body().contains("Межсайтова"), "our own form signs in");
    }

    private static Map<String, String> signIn(TestPeople.Account account) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:email", account.email());
        form.put("signin:password", account.password());
        form.put("signin:submit", "Войти");
        return form;
    }
}
