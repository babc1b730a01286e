package ru.ciss.lms.attendance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.SchoolToday;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #20, point 2: sessions and days corrected by an administrator. A day still to come is moved and the cohort
 * is told; a day with marks keeps its date, cannot be deleted, is cancelled with a reason (and leaves the trainee's
 * figure) and restored; a page opened before someone else's change is refused; a session with nothing recorded is
 * deleted, one with marks is not.
 */
class ScheduleCorrectionsIT {

    private final URL url = SharedApplication.url();

    @Test
    void daysAreMovedCancelledRestoredAndDeletedOnlyWhileNothingIsRecorded() throws Exception {
        LocalDate today = SchoolToday.forAWhile();
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Расписанова", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Наставникова", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Переносов", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        long held = TestData.sessionDay(cohort, today.minusDays(2), LocalTime.of(10, 0), LocalTime.of(17, 0));
        long session = Long.parseLong(TestData.value("SELECT session_id FROM session_day WHERE id = ?", held));
        long missed = day(session, today.minusDays(1));
        long coming = day(session, today.plusDays(1));
        TestData.mark(held, trainee.id(), "PRESENT");
        TestData.mark(missed, trainee.id(), "ABSENT");
        WebClient a = signedIn(admin);
        WebClient t = signedIn(trainee);
        String mine = "/attendance/my.xhtml?cohort=" + cohort;
        assertTrue(t.get(mine).body().contains("Посещено 1 из 2"), "both held days count before");

        // A day still to come is moved: the trainee and the mentor are told, each once.
        String comingPage = "/attendance/day.xhtml?day=" + coming;
        String before = a.get(comingPage).body();
        String moved = a.follow(a.postForm(comingPage, before, form("edit", "edit:day", ddMMyyyy(today.plusDays(3)),
                "edit:starts", "11:00", "edit:ends", "16:00", "edit:agenda", "Гранты", "edit:save", "save"))).body();
        assertTrue(moved.contains("День сохранён."), moved);
        assertEquals(today.plusDays(3).toString(), TestData.value("SELECT day FROM session_day WHERE id = ?", coming));
        String told = "SELECT COUNT(*) FROM outbox_message WHERE kind = 'SCHEDULE_CHANGED' AND person_id IN (?, ?) "
                + "AND body LIKE ?";
        assertEquals("2", TestData.value(told, trainee.id(), mentor.id(), "%перенесён: теперь "
                + ddMMyyyy(today.plusDays(3)) + ", 11:00–16:00%"));
        // Signed by the cohort's programme, not by one school for all programmes.
        assertEquals("2", TestData.value(told, trainee.id(), mentor.id(), "%С уважением,\nкоманда программы «%"));

        // The same page, opened before the move, cannot overwrite it.
        String stale = a.postForm(comingPage, before, form("edit", "edit:day", ddMMyyyy(today.plusDays(2)),
                "edit:starts", "10:00", "edit:ends", "17:00", "edit:agenda", "", "edit:save", "save")).body();
        assertTrue(stale.contains("другой администратор"), stale);
        assertEquals(today.plusDays(3).toString(), TestData.value("SELECT day FROM session_day WHERE id = ?", coming));

        // A day with a mark keeps its date and cannot be deleted; it is cancelled with a reason instead.
        String missedPage = "/attendance/day.xhtml?day=" + missed;
        assertTrue(java.util.regex.Pattern.compile("id=\"remove:do-remove\"[^>]*disabled").matcher(a.get(missedPage).body())
                .find(), "the delete button of a day with marks is not offered");
        String refused = a.postForm(missedPage, a.get(missedPage).body(), form("remove", "remove:do-remove", "x")).body();
        assertTrue(refused.contains("поэтому удалить его нельзя") || refused.contains("уже есть отметки"), refused);
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM session_day WHERE id = ?", missed));
        assertTrue(a.get(missedPage).body().contains("Он уже прошёл, поэтому писем участникам не будет"),
                "the dialog of a past day promises no e-mail");
        String noReason = a.postForm(missedPage, a.get(missedPage).body(), form("cancel", "cancel:reason", " ",
                "cancel:do-cancel", "x")).body();
        assertTrue(noReason.contains("Напишите причину отмены."), noReason);
        assertNull(TestData.value("SELECT cancelled_at FROM session_day WHERE id = ?", missed));
        String cancelled = a.follow(a.postForm(missedPage, a.get(missedPage).body(), form("cancel",
                "cancel:reason", "Метель, дороги закрыты", "cancel:do-cancel", "x"))).body();
        assertTrue(cancelled.contains("День отменён.") && cancelled.contains("Метель, дороги закрыты"), cancelled);
        assertEquals("ABSENT", TestData.value("SELECT status FROM attendance_mark WHERE day_id = ?", missed),
                "the mark stays on record");
        String after = t.get(mine).body();
        assertTrue(after.contains("Посещено 1 из 1"), "the cancelled day leaves the figure: " + after);
        assertTrue(t.get("/attendance/calendar.xhtml").body().contains("Метель, дороги закрыты"),
                "the calendar shows the day cancelled with its reason");
        assertEquals("0", TestData.value(told, trainee.id(),
                mentor.id(), "%Метель%"), "a past day's cancellation is a correction: nobody is e-mailed");

        // The cancellation was a mistake: undone, the day counts again.
        String restored = a.follow(a.postForm(missedPage, a.get(missedPage).body(), form("restore",
                "restore:do-restore", "x"))).body();
        assertTrue(restored.contains("День снова в расписании."), restored);
        assertTrue(t.get(mine).body().contains("Посещено 1 из 2"), "counted again");

        // A session with marks cannot be deleted; its coming days are cancelled with one reason, and people told.
        String sessionPage = "/attendance/session.xhtml?session=" + session;
        String notRemoved = a.postForm(sessionPage, a.get(sessionPage).body(), form("remove", "remove:do-remove", "x"))
                .body();
        assertTrue(notRemoved.contains("Сессию нельзя удалить"), notRemoved);
        String cancelledSession = a.follow(a.postForm(sessionPage, a.get(sessionPage).body(), form("cancel",
                "cancel:reason", "Зал закрыт на ремонт", "cancel:do-cancel", "x"))).body();
        assertTrue(cancelledSession.contains("Отменено дней: 1."), cancelledSession);
        assertNull(TestData.value("SELECT cancelled_at FROM session_day WHERE id = ?", held), "a held day stays");
        assertEquals("2", TestData.value(told, trainee.id(), mentor.id(), "%Зал закрыт на ремонт%"));
    }

    @Test
    void aSessionIsRenamedAndOneWithNothingRecordedIsDeleted() throws Exception {
        LocalDate today = SchoolToday.forAWhile();
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Удалённова", "TRAINEE");
        TestPeople.Account admin = TestPeople.create("Удалятор", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        long coming = TestData.sessionDay(cohort, today.plusDays(5), LocalTime.of(10, 0), LocalTime.of(17, 0));
        long session = Long.parseLong(TestData.value("SELECT session_id FROM session_day WHERE id = ?", coming));
        WebClient a = signedIn(admin);
        String page = "/attendance/session.xhtml?session=" + session;

        String bad = a.postForm(page, a.get(page).body(), form("details", "details:title", " ", "details:format",
                "ONLINE", "details:place", "", "details:link", "ftp://x", "details:save", "x")).body();
        assertTrue(bad.contains("Укажите название") && bad.contains("http:// или https://"), "both problems at once: " + bad);
        String saved = a.follow(a.postForm(page, a.get(page).body(), form("details", "details:title", "Летняя сессия",
                "details:format", "MIXED", "details:place", "Тара, ДК", "details:link", "https://meet.example/rc",
                "details:save", "x"))).body();
        assertTrue(saved.contains("Изменения сохранены."), saved);
        assertEquals("Летняя сессия", TestData.value("SELECT title FROM training_session WHERE id = ?", session));
        assertTrue(TestData.value("SELECT body FROM outbox_message WHERE kind = 'SCHEDULE_CHANGED' AND person_id = ?",
                trainee.id()).contains("Тара, ДК"));

        var removed = a.follow(a.postForm(page, a.get(page).body(), form("remove", "remove:do-remove", "x")));
        assertTrue(removed.uri().getPath().endsWith("/attendance/sessions.xhtml"), removed.uri().toString());
        assertTrue(removed.body().contains("Сессия «Летняя сессия» удалена."), removed.body());
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM training_session WHERE id = ?", session));
        assertEquals(404, a.get(page).statusCode(), "the deleted session's page is gone");
    }

    private static long day(long session, LocalDate date) throws Exception {
        TestData.update("INSERT INTO session_day (session_id, day, starts_at, ends_at) VALUES (?, ?, '10:00', '17:00')",
                session, date);
        return Long.parseLong(TestData.value("SELECT id FROM session_day WHERE session_id = ? AND day = ?", session, date));
    }

    private static String ddMMyyyy(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }

    private static Map<String, String> form(String id, String... pairs) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(id, id);
        for (int i = 0; i < pairs.length; i += 2) {
            f.put(pairs[i], pairs[i + 1]);
        }
        return f;
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }
}
