package ru.ciss.lms.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #25, points 3 and 5: a repeat visit of an unchanged module page is answered 304 Not Modified, and only for the
 * same person in the same session while nothing the page shows them has changed. Another trainee, another session, a
 * visitor signed out, a lesson marked, another language: each gets the page built anew.
 */
class ConditionalModulePageIT {

    URL url = SharedApplication.url();

    @Test
    void anUnchangedPageIsNotSentAgainAndAChangedOneIs() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account anna = TestPeople.create("Кэшева", "TRAINEE");
        TestPeople.Account boris = TestPeople.create("Соседов", "TRAINEE");
        TestData.enrolTrainee(cohort, anna.id());
        TestData.enrolTrainee(cohort, boris.id());
        String module = TestData.firstModule("rc-leaders");
        String lesson = TestData.firstLesson(module);
        String page = "/study/module.xhtml?id=" + module + "&cohort=" + cohort;

        WebClient a = signedIn(anna);
        HttpResponse<String> first = a.get(page);
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains(anna.surname()), "Anna's page names her");
        String tag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(first.headers()));
        assertTrue(tag.startsWith("W/\""), tag);
        assertEquals("private, no-cache", first.headers().firstValue("Cache-Control").orElse(""),
                "kept by her browser only, and asked about every time");

        HttpResponse<String> again = a.get(page, "If-None-Match", tag);
        assertEquals(304, again.statusCode(), "nothing changed: not sent again");
        assertEquals("", again.body());
        assertEquals(tag, again.headers().firstValue("ETag").orElse(""));
        assertTrue(again.headers().firstValue("Content-Security-Policy").isEmpty(),
                () -> "a 304 must not replace the policy whose nonce the kept copy's scripts carry: " + again.headers());

        // Another trainee of the same cohort, sending Anna's tag (a shared computer): his own page, never a 304.
        WebClient b = signedIn(boris);
        HttpResponse<String> his = b.get(page, "If-None-Match", tag);
        assertEquals(200, his.statusCode());
        assertTrue(his.body().contains(boris.surname()) && !his.body().contains(anna.surname()), his::body);
        assertNotEquals(tag, his.headers().firstValue("ETag").orElse(""));

        // Nobody signed in: the sign-in page, not a 304.
        HttpResponse<String> anonymous = new WebClient(url).get(page, "If-None-Match", tag);
        assertNotEquals(304, anonymous.statusCode());
        assertFalse(anonymous.body().contains(anna.surname()));

        // Anna signed in again (a new session): built anew.
        assertEquals(200, signedIn(anna).get(page, "If-None-Match", tag).statusCode());

        // She marks the first lesson studied: the list of lessons changed.
        String lessonPage = "/study/lesson.xhtml?id=" + lesson + "&cohort=" + cohort;
        String lessonBody = a.get(lessonPage).body();
        a.postForm(lessonPage, lessonBody, Map.of("progress", "progress", "progress:studied", "x"));
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM lesson_progress WHERE person_id = ?", anna.id()));
        HttpResponse<String> marked = a.get(page, "If-None-Match", tag);
        assertEquals(200, marked.statusCode(), "a lesson marked changes the page");
        assertTrue(marked.body().contains("<strong>1</strong>"), marked::body);
        String markedTag = marked.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, a.get(page, "If-None-Match", markedTag).statusCode());

        // The school renames her cohort (through JPA the row's version goes up).
        TestData.update("UPDATE cohort SET name = CONCAT(name, ' (переименована)'), version = version + 1 WHERE id = ?",
                cohort);
        HttpResponse<String> renamed = a.get(page, "If-None-Match", markedTag);
        assertEquals(200, renamed.statusCode());
        assertTrue(renamed.body().contains("(переименована)"), renamed::body);
        String renamedTag = renamed.headers().firstValue("ETag").orElseThrow();

        // Another language: the same data, another page.
        a.follow(a.postForm(page, renamed.body(), Map.of("lang", "lang", "lang:en", "English")));
        HttpResponse<String> english = a.get(page, "If-None-Match", renamedTag);
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("lang=\"en\""), english::body);

        // Sign-out asks the browser to forget what it kept of this site.
        String englishBody = english.body();
        HttpResponse<String> out = a.postForm(page, englishBody, Map.of("signout", "signout", "signout:submit", "Sign out"));
        assertEquals("\"cache\"", out.headers().firstValue("Clear-Site-Data").orElse(""), () -> out.headers().toString());
    }

    @Test
    void aModuleNotOfTheTraineesCohortsGetsNoTag() throws Exception {
        TestPeople.Account stranger = TestPeople.create("Безгруппова", "TRAINEE");
        String module = TestData.firstModule("rc-leaders");
        HttpResponse<String> answer = signedIn(stranger).get("/study/module.xhtml?id=" + module);
        assertEquals(404, answer.statusCode());
        assertTrue(answer.headers().firstValue("ETag").isEmpty(), () -> answer.headers().toString());
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }
}
