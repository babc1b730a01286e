package ru.ciss.lms.attendance.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.attendance.control.CheckInCodes;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.SchoolToday;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Attendance over HTTP: two markers at once never overwrite each other, every change is in the audit trail; check-in
 * with the typed code, with a scanned code captured offline an hour earlier, and every refusal; the iCalendar feed
 * and its revocation; a mentor of another cohort and a trainee cannot mark.
 */
class AttendanceIT {

    private static final ZoneId OMSK = ZoneId.of("Asia/Omsk");

    URL url = SharedApplication.url();

    @Test
    void twoMarkersAtOnceNeitherOverwritesTheOtherAndEveryChangeIsAudited() throws Exception {
        long cohort = cohort(null);
        TestPeople.Account first = trainee(cohort, "Аальтова");
        TestPeople.Account second = trainee(cohort, "Бэттова");
        TestData.update("UPDATE person SET patronymic = 'Тестовна' WHERE id = ?", second.id());
        TestPeople.Account third = trainee(cohort, "Цэттова");
        TestData.update("UPDATE person SET patronymic = NULL, gender = NULL WHERE id = ?", third.id());
        long day = day(cohort, SchoolToday.forAWhile(), LocalTime.of(0, 0), LocalTime.of(23, 59));
        WebClient a = admin();
        WebClient b = admin();
        String path = "/attendance/mark.xhtml?day=" + day;
        String pageA = a.get(path).body();
        String pageB = b.get(path).body();
        assertTrue(pageA.contains("Аальтова") && pageA.contains("Бэттова"), pageA);
        // Every row offers the statuses by their Russian names, agreeing with the trainee as the patronymic (or a
        // gender set on the person) tells: «присутствовал», «присутствовала», or «присутствовал(а)» when neither does.
        String[][] words = {{"присутствовал", "опоздал", "уважительная причина", "отсутствовал"},
                {"присутствовала", "опоздала", "уважительная причина", "отсутствовала"},
                {"присутствовал(а)", "опоздал(а)", "уважительная причина", "отсутствовал(а)"}};
        String[] statuses = {"PRESENT", "LATE", "EXCUSED", "ABSENT"};
        for (int r = 0; r < 3; r++) {
            Matcher select = Pattern.compile("<select id=\"grid:row:" + r + ":status\".*?</select>", Pattern.DOTALL)
                    .matcher(pageA);
            assertTrue(select.find(), () -> pageA);
            for (int s = 0; s < statuses.length; s++) {
                String option = "<option value=\"" + statuses[s] + "\">" + words[r][s] + "</option>";
                assertTrue(select.group().contains(option), () -> option + " in " + select.group());
            }
        }

        String saved = a.follow(a.postForm(path, pageA, row(0, "PRESENT", ""))).body(); // post → redirect → get
        assertTrue(saved.contains("Сохранено отметок: 1"), saved);
        assertTrue(saved.contains("<option value=\"PRESENT\" selected=\"selected\">присутствовал</option>"),
                "the saved mark is the row's chosen option");
        String refused = b.postForm(path, pageB, row(0, "ABSENT", "")).body();
        assertTrue(refused.contains("изменил кто-то другой") && refused.contains("Аальтова"), refused);
        assertEquals("PRESENT", value("SELECT status FROM attendance_mark WHERE day_id = ? AND person_id = " + first.id(), day));

        String fresh = b.get(path).body();
        String noReason = b.postForm(path, fresh, row(0, "EXCUSED", "")).body();
        assertTrue(noReason.contains("укажите причину"), "an excused absence needs its reason");
        assertTrue(noReason.contains("<option value=\"EXCUSED\" selected=\"selected\">"),
                () -> "the chosen status stays chosen: " + noReason);
        // A status no option offers (a forged post): refused at the field, which says so, with the typed reason kept.
        String forged = b.postForm(path, fresh, row(0, "FORGED", "напечатанная причина")).body();
        Matcher select = Pattern.compile("<select id=\"grid:row:0:status\"[^>]*>").matcher(forged);
        assertTrue(select.find(), () -> forged);
        assertTrue(select.group().contains("aria-invalid=\"true\"")
                && select.group().contains("aria-describedby=\"grid:row:0:status-error\""), select::group);
        assertTrue(forged.contains("id=\"grid:row:0:status-error\"") && forged.contains("напечатанная причина"),
                () -> forged);
        assertFalse(forged.contains("selected=\"selected\">уважительная"), () -> forged);
        assertFalse(Pattern.compile("<option[^>]*aria-").matcher(forged).find(), "the mark is the select's, not its options'");
        assertEquals("PRESENT", value("SELECT status FROM attendance_mark WHERE day_id = ? AND person_id = "
                + first.id(), day), "nothing saved from the forged post");
        b.postForm(path, fresh, row(0, "EXCUSED", "болезнь"));
        assertEquals("2", value("SELECT COUNT(*) FROM attendance_change WHERE day_id = ? AND person_id = " + first.id(), day));
        String warnings = "SELECT COUNT(*) FROM outbox_message WHERE kind = 'ATTENDANCE_BELOW_RULE' AND person_id = ? "
                + "AND ? > 0";
        assertEquals("0", TestData.value(warnings, first.id(), day), "an excused day counts in this programme: no warning");
        b.postForm(path, b.get(path).body(), row(1, "ABSENT", ""));
        assertEquals("1", TestData.value(warnings, second.id(), day), "an absence below the rule queues an e-mail to the trainee");
        b.postForm(path, b.get(path).body(), row(1, "PRESENT", ""));
        b.postForm(path, b.get(path).body(), row(1, "ABSENT", ""));
        assertEquals("1", TestData.value(warnings, second.id(), day), "and only once");
        assertEquals("PRESENT>EXCUSED:болезнь", value("SELECT CONCAT(from_status, '>', to_status, ':', reason) "
                + "FROM attendance_change WHERE day_id = ? AND from_status IS NOT NULL", day), "who changed what is kept");

        String trail = b.get(path).body();
        assertTrue(trail.contains("присутствовал(а) → уважительная причина (болезнь)"), "the trail is shown on the day");
        String register = b.get("/attendance/register.xhtml?cohort=" + cohort).body();
        assertTrue(register.contains("По районам") && register.contains(
                TestData.value("SELECT name_ru FROM district WHERE id = 31")), "the summary by district");

        String export = "/attendance/register-export?cohort=" + cohort + "&format=";
        var xlsxAnswer = b.getBytes(export + "xlsx");
        assertEquals("no-store", xlsxAnswer.headers().firstValue("Cache-Control").orElse(""), "a register is personal data");
        byte[] xlsx = xlsxAnswer.body();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            String cells = sheetText(book);
            assertTrue(cells.contains("Аальтова Пётр Тестович") && cells.contains("У"), cells);
        }
        byte[] csv = b.getBytes(export + "csv").body();
        assertTrue(csv[0] == (byte) 0xEF && csv[1] == (byte) 0xBB && csv[2] == (byte) 0xBF, "UTF-8 with BOM for Excel");
        String csvText = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csvText.contains("Аальтова Пётр Тестович;") && csvText.contains("\r\n"), csvText);
        String dayWithYear = value("SELECT DATE_FORMAT(day, '%d.%m.%Y') FROM session_day WHERE id = ?", day);
        assertTrue(csvText.lines().anyMatch(l -> l.contains(";" + dayWithYear + ";")),
                () -> "the day's column says its year: " + dayWithYear + " in " + csvText);
        byte[] pdf = b.getBytes(export + "pdf").body();
        String pdfText = new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertTrue(pdfText.contains("Аальтова") && pdfText.contains("Подпись"), "Cyrillic intact in the PDF: " + pdfText);

        TestPeople.Account otherMentor = TestPeople.create("Чужаков", "MENTOR");
        WebClient mentor = new WebClient(url);
        mentor.signIn(otherMentor.email(), otherMentor.password());
        assertEquals(404, mentor.get(path).statusCode(), "a mentor of another cohort does not see this day");
        WebClient trainee = new WebClient(url);
        trainee.signIn(first.email(), first.password());
        assertEquals(403, trainee.get(path).statusCode());
        assertEquals(403, trainee.get(export + "csv").statusCode(), "a trainee downloads no register");
        assertEquals(404, mentor.getBytes(export + "xlsx").statusCode(), "nor a mentor of another cohort");
        String mine = trainee.get("/attendance/my.xhtml").body();
        assertTrue(mine.contains("уважительная причина (болезнь)"), "the trainee sees their own record");
        assertTrue(!mine.contains("Бэттова"), "and nobody else's");
    }

    /** A mentor's home lists the next days of their cohorts with the links to mark them; another cohort's are not there. */
    /**
     * The grid's rows are one component since issue #25: a post refused at one row takes nothing from any row, and
     * shows every row as posted (the other row's choice and reason too, not the stored marks), with the refused row
     * named at its field and in the summary.
     */
    @Test
    void aPostRefusedAtOneRowKeepsWhatEveryRowPostedAndSavesNothing() throws Exception {
        long cohort = cohort(null);
        TestPeople.Account first = trainee(cohort, "Аверина");
        TestPeople.Account second = trainee(cohort, "Букина");
        long day = day(cohort, SchoolToday.forAWhile(), LocalTime.of(0, 0), LocalTime.of(23, 59));
        WebClient marker = admin();
        String path = "/attendance/mark.xhtml?day=" + day;
        String page = marker.get(path).body();
        Map<String, String> form = row(0, "NOT_A_STATUS", "");
        form.put("grid:row:1:status", "EXCUSED");
        form.put("grid:row:1:reason", "болезнь <справка>");
        String refused = marker.postForm(path, page, form).body();
        assertTrue(refused.contains("id=\"grid:row:0:status-error\"") && refused.contains("Аверина")
                && refused.contains("такой отметки нет"), () -> refused);
        assertTrue(refused.contains("id=\"problem-summary\"") && refused.contains("href=\"#grid:row:0:status\""),
                () -> "the summary links the refused row: " + refused);
        Matcher secondSelect = Pattern.compile("<select id=\"grid:row:1:status\".*?</select>", Pattern.DOTALL)
                .matcher(refused);
        assertTrue(secondSelect.find() && secondSelect.group().contains("<option value=\"EXCUSED\" selected=\"selected\">"),
                () -> refused);
        assertTrue(refused.contains("value=\"болезнь &lt;справка&gt;\""),
                () -> "the other row's reason as typed, escaped: " + refused);
        assertEquals("0", value("SELECT COUNT(*) FROM attendance_mark WHERE day_id = ? AND person_id IN ("
                + first.id() + ", " + second.id() + ")", day), "nothing taken from the refused post");

        String fixed = marker.follow(marker.postForm(path, refused, Map.of("grid", "grid", "grid:row:0:status", "",
                "grid:row:1:status", "EXCUSED", "grid:row:1:reason", "болезнь", "grid:save", "Сохранить"))).body();
        assertTrue(fixed.contains("Сохранено отметок: 1"), () -> fixed);
        assertEquals("EXCUSED:болезнь", value("SELECT CONCAT(status, ':', reason) FROM attendance_mark WHERE day_id = ? "
                + "AND person_id = " + second.id(), day));
    }

    @Test
    void aMentorsHomeListsTheirNextSessionDays() throws Exception {
        LocalDate today = SchoolToday.forAWhile();
        long cohort = cohort(null);
        long other = cohort(null);
        TestPeople.Account mentor = TestPeople.create("Ведущая", "MENTOR");
        TestData.enrolMentor(cohort, mentor.id());
        long past = day(cohort, today.minusDays(3), LocalTime.of(10, 0), LocalTime.of(17, 0));
        long next = day(cohort, today.plusDays(2), LocalTime.of(10, 0), LocalTime.of(17, 0));
        long foreign = day(other, today.plusDays(1), LocalTime.of(10, 0), LocalTime.of(17, 0));
        WebClient m = WebClient.signedIn(url, mentor);

        String home = m.get("/home/mentor.xhtml").body();
        int section = home.indexOf("id=\"next-days\"");
        assertTrue(section > 0, () -> "the section of days: " + home);
        String days = home.substring(section, home.indexOf("</ol>", section));
        assertTrue(days.contains("/attendance/mark.xhtml?day=" + next) && days.contains("/attendance/screen.xhtml?day=" + next)
                && days.contains(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(today.plusDays(2))),
                () -> "the next day with its links: " + days);
        assertFalse(days.contains("day=" + past + "\"") || days.contains("day=" + foreign + "\""),
                () -> "neither a past day nor another cohort's: " + days);
    }

    /**
     * A trainee in two cohorts, neither with a session day: the running one says days are still to be planned, not
     * that the certificate's attendance condition has failed; the finished one says it has (no day, no certificate).
     */
    @Test
    void aRunningCohortWithoutDaysYetIsNotReportedAsAFailedCondition() throws Exception {
        long running = cohort(null);
        long finished = cohort(null);
        TestData.update("UPDATE cohort SET status = 'FINISHED' WHERE id = ?", finished);
        TestPeople.Account both = trainee(running, "Двухпоточная");
        TestData.enrolTrainee(finished, both.id());
        WebClient trainee = WebClient.signedIn(url, both);

        String mine = trainee.get("/attendance/my.xhtml").body();
        Matcher verdicts = Pattern.compile("<p(?: class=\"([^\"]*)\")? id=\"verdict-(\\d+)\">(.*?)</p>", Pattern.DOTALL)
                .matcher(mine);
        java.util.Map<String, String> verdict = new java.util.HashMap<>();
        java.util.Map<String, String> style = new java.util.HashMap<>();
        while (verdicts.find()) {
            verdict.put(verdicts.group(2), verdicts.group(3).strip());
            style.put(verdicts.group(2), verdicts.group(1) == null ? "" : verdicts.group(1)); // no class: none written
        }
        String now = verdict.get(String.valueOf(running));
        assertTrue(now != null && now.startsWith("Пока нет ни одного дня сессий") && !now.contains("не выполнено")
                && !style.get(String.valueOf(running)).contains("flag"), () -> "still to come: " + mine);
        String over = verdict.get(String.valueOf(finished));
        assertTrue(over != null && over.contains("условие сертификата по посещаемости не выполнено")
                && style.get(String.valueOf(finished)).contains("flag"), () -> "over, not met: " + mine);
        assertTrue(!mine.contains("<table"), "no empty tables of days");
    }

    @Test
    void aTraineeChecksInWithTheTypedCodeOrWithACodeScannedOfflineEarlierAndForgeriesAreRefused() throws Exception {
        LocalDate today = SchoolToday.forAWhile();
        long cohort = cohort(0); // late from the first minute: a check-in now is "late"
        TestPeople.Account typing = trainee(cohort, "Печатаева");
        TestPeople.Account offline = trainee(cohort, "Безсетева");
        TestPeople.Account friend = trainee(cohort, "Другова");
        long day = day(cohort, today, LocalTime.of(0, 0), LocalTime.of(23, 59));
        long yesterday = day(cohort, today.minusDays(1), LocalTime.of(0, 0), LocalTime.of(23, 59));

        String screen = admin().get("/attendance/screen.xhtml?day=" + day).body();
        Matcher shown = Pattern.compile("id=\"code\"[^>]*>(\\d{3}) (\\d{3})<").matcher(screen);
        assertTrue(shown.find(), screen);
        assertTrue(screen.contains("<svg") && screen.contains("<path"), "the QR code is drawn inline");

        WebClient t = WebClient.signedIn(url, typing);
        String page = t.get("/attendance/checkin.xhtml").body();
        assertTrue(t.follow(t.postForm("/attendance/checkin.xhtml", page, typed("000000".equals(shown.group(1) + shown.group(2))
                ? "111111" : "000000"))).body().contains("Код не подошёл"));
        page = t.get("/attendance/checkin.xhtml").body();
        String done = t.follow(t.postForm("/attendance/checkin.xhtml", page, typed(shown.group(1) + " " + shown.group(2)))).body();
        assertTrue(done.contains("Вы отмечены с опозданием"), done);
        assertEquals("LATE/CHECK_IN", value("SELECT CONCAT(status, '/', source) FROM attendance_mark WHERE day_id = ? "
                + "AND person_id = " + typing.id(), day));
        String again = t.get("/attendance/checkin.xhtml").body();
        assertTrue(again.contains("Сегодня вы уже отмечены") && !again.contains("id=\"typed\""),
                () -> "opened again, the page says so and offers no code form: " + again);
        assertTrue(t.follow(t.postForm("/attendance/checkin.xhtml", page, typed(shown.group(1) + shown.group(2)))).body()
                .contains("Вы уже отмечены"), "a code submitted twice (the form sent again from before) changes nothing");
        // in a second cohort with a day today too: the form stays for that day
        long second = cohort(null);
        day(second, today, LocalTime.of(0, 0), LocalTime.of(23, 59));
        TestData.enrolTrainee(second, typing.id());
        String both = t.get("/attendance/checkin.xhtml").body();
        assertTrue(both.contains("Сегодня вы уже отмечены") && both.contains("id=\"typed\""),
                () -> "a day of another cohort still waits: " + both);

        TestPeople.Account guesser = trainee(cohort, "Угадаев");
        WebClient g = WebClient.signedIn(url, guesser);
        String wrong = "000000".equals(shown.group(1) + shown.group(2)) ? "111111" : "000000";
        for (int i = 0; i < 10; i++) {
            g.follow(g.postForm("/attendance/checkin.xhtml", g.get("/attendance/checkin.xhtml").body(), typed(wrong)));
        }
        String closed = g.follow(g.postForm("/attendance/checkin.xhtml", g.get("/attendance/checkin.xhtml").body(),
                typed(shown.group(1) + shown.group(2)))).body();
        assertTrue(closed.contains("ввод кода закрыт до завтра"), "ten wrong codes a day and guessing stops: " + closed);

        CheckInCodes codes = new CheckInCodes(secret());
        Instant now = Instant.now();
        Duration back = now.atZone(OMSK).toLocalTime().isAfter(LocalTime.of(1, 5)) ? Duration.ofHours(1) : Duration.ofMinutes(3);
        Instant scannedAt = now.minus(back);
        String token = codes.scanToken(day, codes.slotOf(scannedAt));
        WebClient o = WebClient.signedIn(url, offline);
        assertTrue(scan(o, token.substring(0, token.length() - 2) + "xx").contains("Этот код недействителен"), "forged");
        assertTrue(scan(o, codes.scanToken(yesterday, codes.slotOf(now.minus(Duration.ofDays(1))))).contains("в другой день"),
                "a code of another day");
        assertTrue(scan(o, token).contains("Вы отмечены"), "the offline capture is accepted later the same day");
        Timestamp noted = Timestamp.valueOf(value("SELECT noted_at FROM attendance_mark WHERE day_id = ? AND person_id = "
                + offline.id(), day));
        long drift = Math.abs(Duration.between(scannedAt, noted.toInstant()).toSeconds());
        assertTrue(drift <= 31, "marked for the time of the scan, not of the sending: " + drift + " s off");
        assertTrue(scan(WebClient.signedIn(url, friend), token).contains("уже отметился другой человек"),
                "the same offline code forwarded to someone else is refused");
        assertEquals("0", value("SELECT COUNT(*) FROM attendance_mark WHERE day_id = ? AND person_id = " + friend.id(), day));
    }

    @Test
    void thePersonalCalendarFeedListsTheDaysAndStopsWhenRevoked() throws Exception {
        long cohort = cohort(null);
        TestPeople.Account person = trainee(cohort, "Календарёва");
        day(cohort, LocalDate.now(OMSK).plusDays(3), LocalTime.of(10, 0), LocalTime.of(17, 30));
        WebClient client = WebClient.signedIn(url, person);
        String page = client.get("/attendance/calendar.xhtml").body();
        assertTrue(page.contains("Весенняя сессия"), page);
        String made = client.postForm("/attendance/calendar.xhtml", page, Map.of("feed", "feed", "feed:renew", "Создать")).body();
        Matcher feed = Pattern.compile("(/calendar/[A-Za-z0-9_-]+\\.ics)").matcher(made);
        assertTrue(feed.find(), made);
        HttpResponse<String> ics = new WebClient(url).get(feed.group(1));
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String body = ics.body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\n") && body.contains("BEGIN:VEVENT") && body.contains("\r\nEND:VCALENDAR"), body);
        assertTrue(body.replace("\r\n ", "").contains("Весенняя сессия"), "the session, in Russian, unfolded");
        page = client.get("/attendance/calendar.xhtml").body();
        client.postForm("/attendance/calendar.xhtml", page, Map.of("feed", "feed", "feed:revoke", "Отозвать"));
        assertEquals(404, new WebClient(url).get(feed.group(1)).statusCode(), "a revoked feed is gone");
    }

    // ---- helpers ----

    private static String sheetText(org.apache.poi.ss.usermodel.Workbook book) {
        StringBuilder text = new StringBuilder();
        book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
        return text.toString();
    }

    private static Map<String, String> row(int index, String status, String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grid", "grid");
        form.put("grid:row:" + index + ":status", status);
        form.put("grid:row:" + index + ":reason", reason);
        form.put("grid:save", "Сохранить");
        return form;
    }

    private static Map<String, String> typed(String code) {
        return Map.of("typed", "typed", "typed:code", code, "typed:submit", "Отметиться");
    }

    private static String scan(WebClient client, String token) {
        String path = "/attendance/checkin.xhtml?t=" + token;
        String page = client.get(path).body();
        return client.follow(client.postForm(path, page, Map.of("scanned", "scanned", "scanned:confirm", "Отметиться"))).body();
    }

    /**
     * The day's history (native SQL since issue #25): newest change first, who was marked and by whom, by which way,
     * and «entered after the day» only for a change made after the session day (a paper register typed in later).
     */
    @Test
    void theDaysHistoryShowsEachChangeNewestFirstAndWhatWasEnteredLater() throws Exception {
        PastDay past = pastDay("Историева", "Журналов");
        LocalDate held = past.held();
        long day = past.day();
        past.change(null, "PRESENT", null, held.atTime(11, 0), "GRID");
        past.change("PRESENT", "EXCUSED", "справка", held.plusDays(2).atTime(9, 30), "API");

        WebClient marker = WebClient.signedIn(url, past.mentor());
        marker.get("/attendance/mark.xhtml?day=" + day); // the first visit warms caches every later one shares
        var answer = marker.get("/attendance/mark.xhtml?day=" + day);
        int statements = Integer.parseInt(answer.headers().firstValue("X-SQL-Statements").orElseThrow());
        // The day and the caller's right to mark it are read once for the grid and its history (issue #25): two calls
        // that each checked them made it 8.
        assertTrue(statements <= 6, "statements on the grid: " + statements);
        String page = answer.body();
        int history = page.indexOf("История изменений отметок");
        assertTrue(history > 0, page);
        String trail = page.substring(history);
        int newest = trail.indexOf("присутствовал(а) → уважительная причина (справка)");
        int oldest = trail.indexOf("— не отмечено — → присутствовал(а)");
        assertTrue(newest > 0 && oldest > newest, () -> "both changes, the newest first: " + trail);
        assertTrue(trail.contains("Историева Пётр Тестович"), () -> "the name in full: " + trail);
        assertTrue(trail.contains("Журналов Пётр Тестович") && trail.contains("через API") && trail.contains("в журнале"),
                trail);
        assertEquals(1, trail.split("внесено позже дня сессии", -1).length - 1,
                () -> "only the change made after the day is marked so: " + trail);
        assertTrue(trail.contains(held.plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
                () -> "when, as Russians write a date: " + trail);
    }

    /**
     * Under the grid the newest 20 changes of the day, with how many there are in all and a link to the whole history
     * (?history=all): a day's first marks alone are a change per trainee, a hundred rows on a mentor's phone.
     */
    @Test
    void theGridShowsTheNewestChangesAndLinksToTheWholeHistory() throws Exception {
        PastDay past = pastDay("Длинноисториева", "Листающий");
        for (int i = 1; i <= 25; i++) {
            past.change("PRESENT", "EXCUSED", String.format("правка %02d", i), past.held().atTime(11, i), "GRID");
        }
        WebClient marker = WebClient.signedIn(url, past.mentor());
        String page = marker.get("/attendance/mark.xhtml?day=" + past.day()).body();
        assertTrue(page.contains("правка 25") && page.contains("правка 06") && !page.contains("правка 05"),
                () -> "the newest twenty changes: " + page);
        assertTrue(page.contains("Показаны последние 20 изменений из 25."), () -> "how many in all: " + page);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"history-all\"[^>]*href=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(link.find(), () -> "the link to the whole history: " + page);
        String whole = marker.get(link.group(1).replace("&amp;", "&").replaceFirst("#.*", "")).body();
        assertTrue(whole.contains("правка 25") && whole.contains("правка 01"), () -> "every change: " + whole);
        assertFalse(whole.contains("id=\"history-more\""), () -> "nothing more to show: " + whole);
    }

    private WebClient admin() {
        TestPeople.Account admin = TestPeople.create("Отмечающая", "ADMINISTRATOR");
        return WebClient.signedIn(url, admin);
    }

    /** The server's check-in key, made on first use (the screen page above uses it first). */
    private static byte[] secret() throws SQLException {
        try (Connection c = TestPeople.connection();
             PreparedStatement q = c.prepareStatement("SELECT secret FROM server_secret WHERE name = 'check-in'");
             ResultSet r = q.executeQuery()) {
            assertTrue(r.next(), "the check-in key exists once a code was shown");
            return r.getBytes(1);
        }
    }

    /** A cohort with one trainee and one mentor, and its session day three days ago, whose history a test writes. */
    private record PastDay(TestPeople.Account trainee, TestPeople.Account mentor, LocalDate held, long day) {

        /** A change of the trainee's mark on this day, made by the mentor at that time in Omsk. */
        void change(String from, String to, String reason, java.time.LocalDateTime at, String source)
                throws SQLException {
            TestData.update("INSERT INTO attendance_change (day_id, person_id, from_status, to_status, reason, "
                    + "changed_by, changed_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", day, trainee.id(), from, to,
                    reason, mentor.id(), java.sql.Timestamp.from(at.atZone(OMSK).toInstant()), source);
        }
    }

    private static PastDay pastDay(String traineeSurname, String mentorSurname) throws SQLException {
        long cohort = cohort(null);
        TestPeople.Account trainee = trainee(cohort, traineeSurname);
        TestPeople.Account mentor = TestPeople.create(mentorSurname, "MENTOR");
        TestData.enrolMentor(cohort, mentor.id());
        LocalDate held = LocalDate.now(OMSK).minusDays(3);
        return new PastDay(trainee, mentor, held, day(cohort, held, LocalTime.of(10, 0), LocalTime.of(17, 0)));
    }

    private static long cohort(Integer lateAfterMinutes) throws SQLException {
        return TestData.cohort("social-innovations", lateAfterMinutes);
    }

    private static TestPeople.Account trainee(long cohort, String surname) throws SQLException {
        TestPeople.Account account = TestPeople.create(surname, "TRAINEE");
        TestData.enrolTrainee(cohort, account.id());
        return account;
    }

    private static long day(long cohort, LocalDate date, LocalTime start, LocalTime end) throws SQLException {
        return TestData.sessionDay(cohort, date, start, end);
    }

    private static String value(String query, Object parameter) throws SQLException {
        return TestData.value(query, parameter);
    }
}
