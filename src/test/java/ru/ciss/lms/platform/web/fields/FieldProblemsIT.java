package ru.ciss.lms.platform.web.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ciss.lms.testing.AssignmentForms.answer;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.FieldMarks;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;
import ru.ciss.lms.testing.WebClient.FilePart;

/**
 * Issue #18 over HTTP: an empty (0-byte) file is refused naming it, next to its field, wherever it is attached
 * (it used to vanish with «Черновик сохранён.»); the new-person form ticks no role, and saving it without one says
 * which to choose, next to the roles.
 */
class FieldProblemsIT {

    URL url = SharedApplication.url();

    @Test
    void anEmptyFileOnAnAnswerIsRefusedNamingItAndNothingIsSaved() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Пустофайлова", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        String page = "/study/assignment.xhtml?module=" + firstModule() + "&cohort=" + cohort;
        WebClient t = signedIn(trainee);

        String body = t.follow(t.postMultipart(page, t.get(page).body(), answer("Мой ответ", "save"),
                new FilePart("answer:files", "Пустой отчёт.pdf", new byte[0]))).body();
        assertTrue(body.contains("Файл «Пустой отчёт.pdf» пустой"), body);
        assertFalse(body.contains("Черновик сохранён."), body);
        assertNull(TestData.value("SELECT f.id FROM submission_file f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.person_id = ?", trainee.id()), "no file row for an empty file");
        FieldMarks.assertInvalidWithMessage(body, "answer:files");

        // A real file goes through as before.
        String saved = t.follow(t.postMultipart(page, t.get(page).body(), answer("Мой ответ", "save"),
                new FilePart("answer:files", "Отчёт.pdf", TestFiles.pdf("отчёт")))).body();
        assertTrue(saved.contains("Черновик сохранён."), saved);
    }

    @Test
    void emptySlidesAreRefusedNamingThemNextToTheSlidesField() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Пустослайдова", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        String page = "/presentations/mine.xhtml?cohort=" + cohort;
        WebClient t = signedIn(trainee);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("plan", "plan");
        fields.put("plan:host", "Библиотека");
        fields.put("plan:save", "save");
        String body = t.follow(t.postMultipart(page, t.get(page).body(), fields,
                new FilePart("plan:slides", "Слайды.pdf", new byte[0]))).body();
        assertTrue(body.contains("Файл «Слайды.pdf» пустой"), body);
        FieldMarks.assertInvalidWithMessage(body, "plan:slides");
        assertNull(TestData.value("SELECT slides_file_id FROM presentation WHERE person_id = ?", trainee.id()));
    }

    @Test
    void theNewPersonFormTicksNoRoleAndSaysWhichToChoose() throws Exception {
        TestPeople.Account admin = TestPeople.create("Ролевая", "ADMINISTRATOR");
        WebClient a = signedIn(admin);
        String page = "/people/edit.xhtml";
        String form = a.get(page).body();
        Matcher roles = Pattern.compile("<input[^>]*name=\"person:roles\"[^>]*>").matcher(form);
        int boxes = 0;
        while (roles.find()) {
            boxes++;
            assertFalse(roles.group().contains("checked"), "nothing ticked by default: " + roles.group());
        }
        assertEquals(3, boxes, form);

        String email = "mentor-" + UUID.randomUUID() + "@example.org";
        String none = a.postForm(page, form, person(email, null)).body();
        assertTrue(none.contains("Выберите хотя бы одну роль: слушатель, наставник или администратор"), none);
        FieldMarks.assertInvalidWithMessage(none, "person:roles");
        assertNull(TestData.value("SELECT id FROM person WHERE email = ?", email), "nothing saved without a role");

        HttpResponse<String> saved = a.postForm(page, a.get(page).body(), person(email, "MENTOR"));
        assertEquals(302, saved.statusCode(), saved::body);
        assertEquals("MENTOR", TestData.value("SELECT GROUP_CONCAT(r.role) FROM person_role r JOIN person p "
                + "ON p.id = r.person_id WHERE p.email = ?", email), "a mentor, and not a trainee as well");
    }

    @Test
    void aRuleRefusedByTheBoundaryIsShownAtEachFieldItConcerns() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account admin = TestPeople.create("Правилова", "ADMINISTRATOR");
        WebClient a = signedIn(admin);
        String page = "/attendance/sessions.xhtml?cohort=" + cohort;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("rule", "rule");
        fields.put("rule:minPercent", "150");
        fields.put("rule:excused", "");
        fields.put("rule:lateAfter", "900");
        fields.put("rule:saveRule", "save");
        String body = a.postForm(page, a.get(page).body(), fields).body();
        assertTrue(body.contains("Процент — число от 0 до 100") && body.contains("Минуты — число от 0 до 600"), body);
        FieldMarks.assertInvalidWithMessage(body, "rule:minPercent");
        FieldMarks.assertInvalidWithMessage(body, "rule:lateAfter");
        assertTrue(body.contains("href=\"#rule:minPercent\"") && body.contains("href=\"#rule:lateAfter\""),
                "the summary links to both fields");
    }

    @Test
    void aDayOutsideTheCohortEndingBeforeItStartsIsRefusedAtBothFields() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestData.sessionDay(cohort, ru.ciss.lms.testing.SchoolToday.forAWhile(), java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(17, 0));
        WebClient a = signedIn(TestPeople.create("Расписанова", "ADMINISTRATOR"));
        String page = "/attendance/sessions.xhtml?cohort=" + cohort;
        String html = a.get(page).body();
        Matcher button = Pattern.compile("name=\"([^\"]*:add-day:add)\"").matcher(html);
        assertTrue(button.find(), html);
        String form = button.group(1).substring(0, button.group(1).length() - ":add".length());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(form + ":day", "01.01.1990");
        fields.put(form + ":starts", "17:00");
        fields.put(form + ":ends", "10:00");
        fields.put(form + ":agenda", "");
        fields.put(button.group(1), "add");
        String body = a.postForm(page, html, fields).body();
        assertTrue(body.contains("Окончание дня должно быть позже начала") && body.contains("День должен быть в сроках "
                + "потока"), "both problems at once: " + body);
        FieldMarks.assertInvalidWithMessage(body, form + ":day");
        FieldMarks.assertInvalidWithMessage(body, form + ":ends");
    }

    private static Map<String, String> person(String email, String role) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person", "person");
        fields.put("person:surname", "Наставникова");
        fields.put("person:givenName", "Мария");
        fields.put("person:patronymic", "Ивановна");
        fields.put("person:email", email);
        fields.put("person:district", "31");
        fields.put("person:organisation", "НКО «Ресурс»");
        fields.put("person:organisationKind", "NGO");
        fields.put("person:position", "Руководитель");
        fields.put("person:language", "RU");
        if (role != null) {
            fields.put("person:roles", role);
        }
        fields.put("person:save", "save");
        return fields;
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }

    private static long firstModule() throws Exception {
        return Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p ON p.id = m.programme_id "
                + "WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1"));
    }
}
