package ru.ciss.lms.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * A curator corrects a cohort (issue #20, point 1): its name and dates (a second curator's older page is refused),
 * its status (finished: the study pages are read-only, the lessons readable; archived: it leaves the lists), its members (removed with
 * their records kept, «выбыл(а)», or moved to another cohort) and its imports (undone, or refused naming what stands
 * in the way); and its members table is searched and ordered.
 */
class CohortLifecycleIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    URL url = SharedApplication.url();

    @Test
    void aCuratorEditsTheCohortAndItsStatusDecidesWhatTraineesMayDoAndSee() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account trainee = TestPeople.create("Статусова-" + run, "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        String module = TestData.value("SELECT m.id FROM course_module m JOIN cohort c ON c.programme_id = m.programme_id "
                + "WHERE c.id = ? AND m.archived = FALSE ORDER BY m.position LIMIT 1", cohort);
        WebClient a = WebClient.signedIn(url, TestPeople.create("Первая", "ADMINISTRATOR"));
        WebClient b = WebClient.signedIn(url, TestPeople.create("Вторая", "ADMINISTRATOR"));
        String path = "/course/cohort.xhtml?id=" + cohort;
        String pageA = a.get(path).body();
        String pageB = b.get(path).body();
        String name = "Весна " + run;
        LocalDate starts = LocalDate.now().minusDays(10);
        LocalDate ends = LocalDate.now().plusDays(50);

        String both = a.postForm(path, pageA, cohortForm("", DATE.format(ends), DATE.format(starts))).body();
        assertTrue(both.contains("Укажите название потока") && both.contains("Окончание не может быть раньше начала"),
                () -> "an empty name and reversed dates, both at once: " + both);
        String refused = a.postForm(path, both, cohortForm(name, DATE.format(ends), DATE.format(starts))).body();
        assertTrue(refused.contains("Окончание не может быть раньше начала"), refused);
        HttpResponse<String> saved = a.postForm(path, refused, cohortForm(name, DATE.format(starts), DATE.format(ends)));
        assertEquals(302, saved.statusCode(), saved::body);
        assertTrue(a.follow(saved).body().contains("Поток «" + name + "» сохранён"));
        assertEquals(name + "|" + starts + "|" + ends, TestData.value(
                "SELECT CONCAT(name, '|', starts_on, '|', ends_on) FROM cohort WHERE id = ?", cohort));

        String late = b.postForm(path, pageB, statusForm("FINISHED")).body();
        assertTrue(late.contains("Этот поток только что изменил кто-то другой"), late);
        assertEquals("ACTIVE", TestData.value("SELECT status FROM cohort WHERE id = ?", cohort));

        WebClient t = WebClient.signedIn(url, trainee);
        String assignment = "/study/assignment.xhtml?cohort=" + cohort + "&module=" + module;
        assertFalse(t.get(assignment).body().contains("приём ответов закрыт"), "an active cohort takes answers");
        assertTrue(t.get("/home/trainee.xhtml").body().contains(name));
        String lesson = TestData.value("SELECT id FROM lesson WHERE module_id = ? AND archived = FALSE "
                + "ORDER BY position LIMIT 1", module);
        String lessonPath = "/study/lesson.xhtml?id=" + lesson + "&cohort=" + cohort;
        String openedBefore = t.get(lessonPath).body(); // a tab left open while the curator finishes the cohort
        assertTrue(openedBefore.contains("progress:studied") && !openedBefore.contains("finished-note"), openedBefore);

        HttpResponse<String> finished = a.postForm(path, a.get(path).body(), statusForm("FINISHED"));
        assertEquals(302, finished.statusCode(), finished::body);
        assertTrue(a.follow(finished).body().contains("Состояние потока: Завершён"));
        String readOnly = t.get(assignment).body();
        assertTrue(readOnly.contains("приём ответов закрыт"), "a finished cohort's study page is read-only: " + readOnly);
        assertAGraduateReadsOnButMarksNothing(t, trainee.id(), cohort, module, lessonPath, openedBefore);

        assertTrue(a.get("/course/cohorts.xhtml").body().contains(name), "a finished cohort is still listed");
        HttpResponse<String> archived = a.postForm(path, a.get(path).body(), statusForm("ARCHIVED"));
        assertEquals(302, archived.statusCode(), archived::body);
        assertFalse(a.get("/course/cohorts.xhtml").body().contains(name), "an archived cohort leaves the list");
        assertTrue(a.get("/course/cohorts.xhtml?archived=true").body().contains(name), "it is among the archived");
        assertFalse(t.get("/home/trainee.xhtml").body().contains(name), "and leaves the trainee's home page");
        assertEquals(404, t.get("/study/module.xhtml?id=" + module + "&cohort=" + cohort).statusCode(),
                "an archived cohort's lessons are no longer the trainee's");
        assertEquals(404, t.get(lessonPath).statusCode());
        HttpResponse<String> byAddress = a.get(path);
        assertEquals(200, byAddress.statusCode());
        assertTrue(byAddress.body().contains("Поток в архиве"), byAddress.body());
    }

    /**
     * A finished cohort's graduate comes back to the lessons: the home, the module, a lesson and the module's download
     * open; nothing offers or records «изучено», not even the page opened before the cohort finished.
     */
    private void assertAGraduateReadsOnButMarksNothing(WebClient t, long person, long cohort, String module,
                                                      String lessonPath, String openedBefore) throws Exception {
        String note = "Обучение в этом потоке завершено";
        String home = t.get("/home/trainee.xhtml").body();
        assertTrue(home.contains(note) && home.contains("/study/module.xhtml?id=" + module + "&amp;cohort=" + cohort)
                && !home.contains("next-lesson"), () -> "the home says so and keeps the modules: " + home);
        HttpResponse<String> modulePage = t.get("/study/module.xhtml?id=" + module + "&cohort=" + cohort);
        assertEquals(200, modulePage.statusCode(), modulePage::body);
        assertTrue(modulePage.body().contains(note) && !modulePage.body().contains("id=\"continue\""), modulePage::body);
        HttpResponse<String> lessonPage = t.get(lessonPath);
        assertEquals(200, lessonPage.statusCode(), lessonPage::body);
        assertTrue(lessonPage.body().contains("finished-note") && !lessonPage.body().contains("progress:studied"),
                lessonPage::body);
        assertEquals(200, t.get("/study/download?module=" + module).statusCode(), "the module's offline copy");
        HttpResponse<String> late = t.postForm(lessonPath, openedBefore,
                Map.of("progress", "progress", "progress:studied", "Изучено, дальше"));
        assertEquals(200, late.statusCode(), late::body);
        assertTrue(late.body().contains("finished-note") && !late.body().contains("progress:studied"), late::body);
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM lesson_progress WHERE person_id = ?", person),
                "nothing recorded");
    }

    @Test
    void aTraineeIsRemovedWithTheirRecordsKeptOrMovedToAnotherCohort() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        long other = TestData.cohort("social-innovations", null);
        TestPeople.Account leaving = TestPeople.create("Уходящая", "TRAINEE");
        TestPeople.Account moving = TestPeople.create("Переводимый", "TRAINEE");
        TestData.enrolTrainee(cohort, leaving.id());
        TestData.enrolTrainee(cohort, moving.id());
        long day = TestData.sessionDay(cohort, LocalDate.now().minusDays(2), LocalTime.of(10, 0), LocalTime.of(17, 0));
        TestData.mark(day, leaving.id(), "PRESENT");
        WebClient admin = WebClient.signedIn(url, TestPeople.create("Куратор", "ADMINISTRATOR"));

        String today = DATE.format(ru.ciss.lms.testing.SchoolToday.forAWhile()); // the day the removal is dated
        String member = member(cohort, leaving.id());
        String memberPath = "/course/member.xhtml?member=" + member;
        // Her patronymic says she is a woman: the words agree («Её отметки», «выбыла»).
        TestData.update("UPDATE person SET patronymic = 'Тестовна' WHERE id = ?", leaving.id());
        String memberPage = admin.get(memberPath).body();
        assertTrue(memberPage.contains("Её отметки, ответы и сертификаты сохранятся"), memberPage);
        HttpResponse<String> removed = admin.postForm(memberPath, memberPage,
                Map.of("remove", "remove", "remove:remove", "Исключить из потока"));
        assertEquals(302, removed.statusCode(), removed::body);
        String list = admin.follow(removed).body();
        assertTrue(list.contains("Тестовна выбыла из потока") && list.contains("выбыла " + today), list);
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM attendance_mark WHERE day_id = ? AND person_id = ?",
                day, leaving.id()), "the records are kept");
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM membership_change WHERE member_id = ? AND left_after IS NOT NULL", member));

        String moved = member(cohort, moving.id());
        String movePath = "/course/member.xhtml?member=" + moved;
        String movePage = admin.get(movePath).body();
        assertTrue(movePage.contains("move:target"), movePage);
        // the browser asks for a cohort before the confirmation opens (page.js checks the form's validity first)
        assertTrue(java.util.regex.Pattern.compile("<select id=\"move:target\"[^>]*required").matcher(movePage).find(),
                movePage);
        HttpResponse<String> done = admin.postForm(movePath, movePage,
                Map.of("move", "move", "move:target", String.valueOf(other), "move:move", "Перевести"));
        assertEquals(302, done.statusCode(), done::body);
        assertTrue(admin.follow(done).body().contains("переведён в поток"));
        assertEquals(today, TestData.value("SELECT DATE_FORMAT(left_on, '%d.%m.%Y') FROM cohort_member WHERE id = ?", moved));
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ? AND person_id = ? "
                + "AND role = 'TRAINEE' AND left_on IS NULL", other, moving.id()), "enrolled in the other cohort");

        String again = admin.postForm(memberPath, admin.get(memberPath).body(),
                Map.of("remove", "remove", "remove:remove", "Исключить из потока")).body();
        assertFalse(again.contains("remove:remove"), "a trainee who left is not offered removal again");
    }

    @Test
    void anImportIsUndoneWhenNothingWasRecordedForItsTraineesElseTheRefusalSaysWhatStandsInTheWay() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account admin = TestPeople.create("Импортёр", "ADMINISTRATOR");
        TestPeople.Account clean1 = TestPeople.create("Чистый", "TRAINEE");
        TestPeople.Account clean2 = TestPeople.create("Чистая", "TRAINEE");
        TestPeople.Account marked = TestPeople.create("Отмеченная", "TRAINEE");
        // Listed but never signed up: one only here, one also in another cohort; each with a link and its e-mail waiting
        TestPeople.Account invited = TestPeople.create("Приглашённая", "TRAINEE");
        TestPeople.Account elsewhere = TestPeople.create("Занятая", "TRAINEE");
        TestData.enrolTrainee(TestData.cohort("social-innovations", null), elsewhere.id());
        for (TestPeople.Account waiting : List.of(invited, elsewhere)) {
            TestData.update("UPDATE person SET password_hash = NULL WHERE id = ?", waiting.id());
            TestData.update("INSERT INTO activation_link (person_id, token_hash, created_at, expires_at) "
                    + "VALUES (?, SHA2(UUID(), 256), NOW(3), NOW(3) + INTERVAL 14 DAY)", waiting.id());
            TestData.update("INSERT INTO outbox_message (kind, person_id, recipient, recipient_name, subject, body, "
                    + "state, next_attempt_at, created_at) VALUES ('ACTIVATION_LINK', ?, ?, 'x', 'Вход', 'Ссылка', "
                    + "'PENDING', NOW(3) + INTERVAL 1 DAY, NOW(3))", waiting.id(), waiting.email());
        }
        long marking = imported(cohort, admin.id(), marked.id());
        // the newer one: the list's first
        long clean = imported(cohort, admin.id(), clean1.id(), clean2.id(), invited.id(), elsewhere.id());
        long day = TestData.sessionDay(cohort, LocalDate.now().minusDays(1), LocalTime.of(10, 0), LocalTime.of(17, 0));
        TestData.mark(day, marked.id(), "PRESENT");
        WebClient client = WebClient.signedIn(url, admin);
        String path = "/course/cohort.xhtml?id=" + cohort;

        String page = client.get(path).body();
        assertTrue(page.contains("undo:list:1:undo-import") && page.contains("data-confirm=\"undo-confirm\""), page);
        String refused = client.postForm(path, page, undoForm(1)).body();
        assertTrue(refused.contains("Импорт не отменён: у слушателей из него уже есть записи в потоке — "
                + "отметки посещаемости (слушателей: 1); всего таких слушателей: 1"), refused);
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM cohort_member WHERE import_id = ?", marking));

        HttpResponse<String> undone = client.postForm(path, refused, undoForm(0));
        assertEquals(302, undone.statusCode(), undone::body);
        assertTrue(client.follow(undone).body().contains("Импорт отменён: удалено зачислений — 4"));
        String waiting = "SELECT CONCAT((SELECT COUNT(*) FROM activation_link WHERE person_id = ? AND closed_at IS NULL), "
                + "'/', (SELECT COUNT(*) FROM outbox_message WHERE person_id = ? AND kind = 'ACTIVATION_LINK'))";
        assertEquals("0/0", TestData.value(waiting, invited.id(), invited.id()),
                "listed by mistake and never signed up: the link closed and its e-mail not sent");
        assertEquals("1/1", TestData.value(waiting, elsewhere.id(), elsewhere.id()), "still invited to the other cohort");
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM cohort_member WHERE import_id = ?", clean));
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM enrolment_import WHERE id = ? AND undone_by = ?",
                clean, admin.id()), "the import stays listed, as undone");
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM person WHERE id = ?", clean1.id()), "people stay");
    }

    @Test
    void theMembersTableIsSearchedAndOrdered() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account anna = TestPeople.create("Абрикосова-" + run, "TRAINEE");
        TestPeople.Account yana = TestPeople.create("Яблокова-" + run, "TRAINEE");
        TestData.enrolTrainee(cohort, anna.id());
        TestData.enrolTrainee(cohort, yana.id());
        WebClient admin = WebClient.signedIn(url, TestPeople.create("Искательница", "ADMINISTRATOR"));

        String found = admin.get("/course/cohort.xhtml?id=" + cohort + "&q=" + "%D1%8F%D0%B1%D0%BB%D0%BE%D0%BA").body();
        assertTrue(found.contains(yana.surname()) && !found.contains(anna.surname()), found); // «яблок», any case
        assertTrue(found.contains("Страница 1 из 1"), found);
        String ascending = admin.get("/course/cohort.xhtml?id=" + cohort + "&sort=name").body();
        assertTrue(ascending.indexOf(anna.surname()) < ascending.indexOf(yana.surname()));
        String descending = admin.get("/course/cohort.xhtml?id=" + cohort + "&sort=name&desc=true").body();
        assertTrue(descending.indexOf(yana.surname()) < descending.indexOf(anna.surname()));
        String odd = admin.get("/course/cohort.xhtml?id=" + cohort + "&q=%25_%27&sort=nonsense&page=99").body();
        assertTrue(odd.contains("Никого не нашлось") && odd.contains("Страница 1 из 1"), "no error for odd input: " + odd);
    }

    /** An import as the enrolment page records it: its row, and memberships pointing to it. */
    private static long imported(long cohort, long by, long... people) throws Exception {
        TestData.update("INSERT INTO enrolment_import (cohort_id, file_name, imported_by, imported_at, enrolled) "
                + "VALUES (?, 'список.csv', ?, NOW(3), ?)", cohort, by, people.length);
        long id = Long.parseLong(TestData.value("SELECT MAX(id) FROM enrolment_import WHERE cohort_id = ?", cohort));
        for (long person : people) {
            TestData.update("INSERT INTO cohort_member (cohort_id, person_id, role, enrolled_at, import_id) "
                    + "VALUES (?, ?, 'TRAINEE', NOW(3) - INTERVAL 5 DAY, ?)", cohort, person, id);
        }
        return id;
    }

    private static String member(long cohort, long person) throws Exception {
        return TestData.value("SELECT id FROM cohort_member WHERE cohort_id = ? AND person_id = ?", cohort, person);
    }

    private static Map<String, String> cohortForm(String name, String starts, String ends) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cohort", "cohort");
        form.put("cohort:name", name);
        form.put("cohort:startsOn", starts);
        form.put("cohort:endsOn", ends);
        form.put("cohort:save", "Сохранить поток");
        return form;
    }

    private static Map<String, String> statusForm(String status) {
        return Map.of("state", "state", "state:status", status, "state:change", "Сменить состояние");
    }

    private static Map<String, String> undoForm(int row) {
        return Map.of("undo", "undo", "undo:list:" + row + ":undo-import", "Отменить импорт");
    }

}
