package ru.ciss.lms.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #25: the caller's card (the header's name, the home page's details) is read with the session's validity, in
 * the one statement every signed-in request runs anyway, and kept for that request only. So it must always be the
 * caller's own, never another person's signed in at the same time, and show a change of one's own details in the
 * very answer that saved it.
 */
class CallerCardIT {

    private static final Pattern WHO = Pattern.compile("<span id=\"signout:who\" class=\"who\">([^<]*)</span>");
    private static final Pattern MY_NAME = Pattern.compile("<dd id=\"my-name\">([^<]*)</dd>");

    URL url = SharedApplication.url();

    @Test
    void twoPeopleSignedInAtOnceEachSeeTheirOwnCardOnEveryPage() {
        TestPeople.Account first = TestPeople.create("Карточкина", "TRAINEE");
        TestPeople.Account second = TestPeople.create("Визиткин", "TRAINEE");
        WebClient a = WebClient.signedIn(url, first);
        WebClient b = WebClient.signedIn(url, second);
        for (int round = 0; round < 3; round++) {
            for (String page : new String[] {"/home/trainee.xhtml", "/attendance/calendar.xhtml"}) {
                assertOwnCard(a.get(page), "Карточкина Пётр Тестович", page);
                assertOwnCard(b.get(page), "Визиткин Пётр Тестович", page);
            }
        }
        String home = a.get("/home/trainee.xhtml").body();
        assertEquals("Карточкина Пётр Тестович", first(MY_NAME, home), "the home page's details");
        assertTrue(home.contains("Черлакский район"), "the district, named from the districts read once per start");
    }

    @Test
    void savingOnesOwnDetailsShowsTheNewNameInTheAnswerThatSavedThem() {
        TestPeople.Account trainee = TestPeople.create("Прежнева", "TRAINEE");
        WebClient client = WebClient.signedIn(url, trainee);
        String form = client.get("/account/profile.xhtml").body();
        assertEquals("Прежнева Пётр Тестович", first(WHO, form));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("profile", "profile");
        fields.put("profile:surname", "Новикова-Ёлкина");
        fields.put("profile:givenName", "Пётр");
        fields.put("profile:patronymic", "Тестович");
        fields.put("profile:phone", "");
        fields.put("profile:district", "31");
        fields.put("profile:organisation", "");
        fields.put("profile:organisationKind", "");
        fields.put("profile:position", "");
        fields.put("profile:language", "RU");
        fields.put("profile:save", "save");
        HttpResponse<String> saved = client.postForm("/account/profile.xhtml", form, fields);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("msg-info"), () -> "saved: " + saved.body());
        assertEquals("Новикова-Ёлкина Пётр Тестович", first(WHO, saved.body()), "the header of the answer that saved it");
        assertEquals("Новикова-Ёлкина Пётр Тестович", first(MY_NAME, client.get("/home/trainee.xhtml").body()));
    }

    @Test
    void thePagesAskNothingMoreForTheCard() {
        // A trainee in no cohort: the home page's own reads are the consent and the empty lists; the card comes with
        // the session's validity (not counted: it runs before the statement counter's filter), so at most 5.
        TestPeople.Account trainee = TestPeople.create("Бесследная", "TRAINEE");
        WebClient client = WebClient.signedIn(url, trainee);
        client.get("/home/trainee.xhtml");
        HttpResponse<String> home = client.get("/home/trainee.xhtml");
        int statements = Integer.parseInt(home.headers().firstValue("X-SQL-Statements").orElseThrow());
        assertTrue(statements <= 5, () -> statements + " statements for the trainee home");
    }

    private static void assertOwnCard(HttpResponse<String> answer, String name, String page) {
        assertEquals(200, answer.statusCode(), page);
        String body = answer.body();
        assertEquals(name, first(WHO, body), () -> page + " shows another name in its header");
        assertFalse(body.contains(name.equals("Карточкина Пётр Тестович") ? "Визиткин" : "Карточкина"),
                () -> page + " shows the other person");
    }

    private static String first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : "(none in: " + body + ")";
    }

}
