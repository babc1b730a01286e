package ru.ciss.lms.people.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Activation links over HTTP, as a person who received one uses it: set a password once, give the consents, and
 * every way a link can fail (unknown, replaced, used, expired) answered in words, with nothing saved. Then the
 * personal-data consent gates studying: withdrawn, the study pages send the trainee to the consent page.
 */
class ActivationIT {

    private static final Pattern LINK = Pattern.compile("/activate\\.xhtml\\?token=([A-Za-z0-9_-]{20,})");

    URL url = SharedApplication.url();

    @Test
    void aLinkSetsThePasswordOnceWithTheConsentsAndANewerLinkReplacesAnOlderOne() throws Exception {
        TestPeople.Account admin = TestPeople.create("Админова", "ADMINISTRATOR");
        TestPeople.Account newcomer = TestPeople.create("Новикова", "TRAINEE");
        sql("UPDATE person SET password_hash = NULL WHERE id = ?", newcomer.id());
        sql("DELETE FROM consent WHERE person_id = ?", newcomer.id());
        WebClient curator = new WebClient(url);
        curator.signIn(admin.email(), admin.password());
        String older = makeLink(curator, newcomer.id());
        String token = makeLink(curator, newcomer.id());

        WebClient stranger = new WebClient(url);
        assertTrue(stranger.get("/activate.xhtml?token=" + older).body().contains("заменена более новой"),
                "the older link stops working once a newer one is made");
        assertTrue(stranger.get("/activate.xhtml?token=nonsense-nonsense-nonsense").body().contains("недействительна"));
        String page = stranger.get("/activate.xhtml?token=" + token).body();
        assertTrue(page.contains("Новикова Пётр Тестович") && page.contains(newcomer.email()), "whose account it is");
        assertTrue(page.contains("152-ФЗ"), "the consent text is there to read");

        String refused = activate(stranger, token, page, "Долгий-пароль-2026", "Другой-пароль-2026", true, false);
        assertTrue(refused.contains("Пароли не совпадают"), refused);
        refused = activate(stranger, token, page, "Долгий-пароль-2026", "Долгий-пароль-2026", false, false);
        assertTrue(refused.contains("Без согласия на обработку персональных данных обучение невозможно"), refused);
        refused = activate(stranger, token, page, "кратко", "кратко", true, true);
        assertTrue(refused.contains("не менее 8 символов"), refused);
        assertNull(string("SELECT password_hash FROM person WHERE id = ?", newcomer.id()), "nothing saved yet");
        assertEquals("0", string("SELECT COUNT(*) FROM consent WHERE person_id = ?", newcomer.id()));

        HttpResponse<String> done = stranger.postForm("/activate.xhtml?token=" + token, page,
                fields("Долгий-пароль-2026", "Долгий-пароль-2026", true, true));
        assertEquals(302, done.statusCode(), done.body());
        assertTrue(done.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertTrue(stranger.get("/login.xhtml").body().contains("пароль сохранён"), "told what to do next");
        assertNotNull(string("SELECT password_hash FROM person WHERE id = ?", newcomer.id()));
        assertEquals("2026-11", string("SELECT text_version FROM consent WHERE person_id = ? AND kind = 'PERSONAL_DATA' "
                + "AND withdrawn_at IS NULL", newcomer.id()), "the consent is kept with the version of its text");
        assertEquals("1", string("SELECT COUNT(*) FROM consent WHERE person_id = ? AND kind = 'PUBLISH_NAME'", newcomer.id()));
        assertEquals("USED", string("SELECT closed_how FROM activation_link WHERE token_hash = SHA2(?, 256)", token));

        assertEquals(302, new WebClient(url).signIn(newcomer.email(), "Долгий-пароль-2026").statusCode(),
                "the new password signs in");
        assertTrue(new WebClient(url).get("/activate.xhtml?token=" + token).body().contains("уже задан пароль"),
                "a link works once");
    }

    @Test
    void anExpiredLinkIsRefusedAndChangesNothing() throws Exception {
        TestPeople.Account admin = TestPeople.create("Админов", "ADMINISTRATOR");
        TestPeople.Account late = TestPeople.create("Опоздавший", "TRAINEE");
        sql("UPDATE person SET password_hash = NULL WHERE id = ?", late.id());
        WebClient curator = new WebClient(url);
        curator.signIn(admin.email(), admin.password());
        String token = makeLink(curator, late.id());
        WebClient person = new WebClient(url);
        String page = person.get("/activate.xhtml?token=" + token).body();
        sql("UPDATE activation_link SET expires_at = NOW(3) - INTERVAL 1 MINUTE WHERE person_id = ?", late.id());
        assertTrue(person.get("/activate.xhtml?token=" + token).body().contains("Срок действия ссылки истёк"));
        String refused = activate(person, token, page, "Долгий-пароль-2026", "Долгий-пароль-2026", true, false);
        assertTrue(refused.contains("Срок действия ссылки истёк"), "even from a form opened before it expired");
        assertNull(string("SELECT password_hash FROM person WHERE id = ?", late.id()));
    }

    @Test
    void withoutThePersonalDataConsentATraineeCannotStudyUntilGivingItAgain() throws Exception {
        TestPeople.Account trainee = TestPeople.create("Осторожная", "TRAINEE");
        long module = firstModuleOfANewCohortOf(trainee.id());
        WebClient client = new WebClient(url);
        client.signIn(trainee.email(), trainee.password());
        assertEquals(200, client.get("/study/module.xhtml?id=" + module).statusCode());

        String consents = client.get("/account/consents.xhtml").body();
        Matcher withdraw = Pattern.compile("name=\"([^\"]*consent-form:withdraw)\"").matcher(consents);
        assertTrue(withdraw.find(), consents);
        String form = withdraw.group(1).replace(":withdraw", "");
        HttpResponse<String> withdrawn = client.postForm("/account/consents.xhtml", consents,
                Map.of(form, form, withdraw.group(1), "Отозвать"));
        assertEquals(302, withdrawn.statusCode());
        assertNotNull(string("SELECT withdrawn_at FROM consent WHERE person_id = ? AND kind = 'PERSONAL_DATA'", trainee.id()));

        HttpResponse<String> module404 = client.get("/study/module.xhtml?id=" + module);
        assertEquals(302, module404.statusCode(), "no study without the consent");
        assertTrue(module404.headers().firstValue("Location").orElse("").contains("/account/consents.xhtml"));
        assertEquals(302, client.get("/study/download?module=" + module).statusCode());
        assertTrue(client.get("/home/trainee.xhtml").body().contains("Нужно ваше согласие"));

        consents = client.get("/account/consents.xhtml?required=true").body();
        Matcher give = Pattern.compile("name=\"([^\"]*consent-form:give)\"").matcher(consents);
        assertTrue(give.find(), consents);
        String giveForm = give.group(1).replace(":give", "");
        assertEquals(302, client.postForm("/account/consents.xhtml", consents,
                Map.of(giveForm, giveForm, give.group(1), "Дать согласие")).statusCode());
        assertEquals(200, client.get("/study/module.xhtml?id=" + module).statusCode(), "studying again");
        assertEquals("2", string("SELECT COUNT(*) FROM consent WHERE person_id = ? AND kind = 'PERSONAL_DATA'", trainee.id()),
                "the withdrawn consent stays on record beside the new one");
    }

    private String makeLink(WebClient curator, long personId) {
        String path = "/people/edit.xhtml?id=" + personId;
        String page = curator.get(path).body();
        String answer = curator.postForm(path, page, Map.of("activation", "activation",
                "activation:makeLink", "Создать ссылку")).body();
        Matcher link = LINK.matcher(answer);
        assertTrue(link.find(), answer);
        return link.group(1);
    }

    private static String activate(WebClient client, String token, String page, String password, String repeat,
                                   boolean personalData, boolean publishName) {
        return client.postForm("/activate.xhtml?token=" + token, page,
                fields(password, repeat, personalData, publishName)).body();
    }

    private static Map<String, String> fields(String password, String repeat, boolean personalData, boolean publishName) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("activation", "activation");
        form.put("activation:password", password);
        form.put("activation:repeat", repeat);
        if (personalData) {
            form.put("activation:personalData", "on");
        }
        if (publishName) {
            form.put("activation:publishName", "on");
        }
        form.put("activation:submit", "Сохранить");
        return form;
    }

    private static long firstModuleOfANewCohortOf(long personId) throws SQLException {
        TestData.enrolTrainee(TestData.cohort("social-innovations", null), personId);
        return Long.parseLong(string("SELECT m.id FROM course_module m JOIN programme p ON p.id = m.programme_id "
                + "WHERE p.code = ? ORDER BY m.position LIMIT 1", "social-innovations"));
    }

    private static void sql(String statement, Object parameter) throws SQLException {
        TestData.update(statement, parameter);
    }

    private static String string(String query, Object parameter) throws SQLException {
        return TestData.value(query, parameter);
    }
}
