package ru.ciss.lms.assignments.boundary;

import static ru.ciss.lms.testing.AssignmentForms.answer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;
import ru.ciss.lms.testing.WebClient.FilePart;

/**
 * Assignments over HTTP with a real SMTP server (GreenMail, in this JVM, on the port the app was configured with):
 * a trainee submits a Russian-named .docx and a PDF, a mentor returns it with a comment and a feedback file, the
 * trainee resubmits, the mentor accepts, and both receive the right e-mails. Every kind of bad file is refused with
 * nothing stored; other people's files and stale decisions are refused.
 */
class AssignmentsIT {

    private static GreenMail smtp;

    URL url = SharedApplication.url();

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("lms.test.smtp.port"), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void submitReturnResubmitAcceptWithTheRightEmailsToBoth() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Сдаева", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Проверкин", "MENTOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        long module = firstModule();
        String page = "/study/assignment.xhtml?module=" + module + "&cohort=" + cohort;

        WebClient t = signedIn(trainee);
        String form = t.get(page).body();
        assertTrue(form.contains("не начато"), form);
        byte[] docx = TestFiles.docx("План ресурсного центра");
        byte[] pdf = TestFiles.pdf("budget");
        String sent = t.follow(t.postMultipart(page, form, answer("Мой ответ: анализ проблем села.", "submit"),
                new FilePart("answer:files", "Отчёт по проекту.docx", docx),
                new FilePart("answer:files", "Бюджет.pdf", pdf))).body();
        assertTrue(sent.contains("Ответ отправлен на проверку (версия 1)"), sent);
        long submission = Long.parseLong(TestData.value("SELECT id FROM submission WHERE person_id = ?", trainee.id()));
        assertEquals("SUBMITTED/1", TestData.value("SELECT CONCAT(state, '/', versions) FROM submission WHERE id = ?",
                submission));

        MimeMessage toMentor = awaitMail(mentor.email(), "Сдаева");
        assertTrue(body(toMentor).contains("/review/submission.xhtml?id=" + submission), body(toMentor));

        WebClient m = signedIn(mentor);
        String review = m.get("/review/submission.xhtml?id=" + submission).body();
        assertTrue(review.contains("Отчёт по проекту.docx") && review.contains("Мой ответ"), review);
        long docxId = fileId(submission, "Отчёт по проекту.docx");
        HttpResponse<byte[]> download = m.getBytes("/files/submission?id=" + docxId);
        assertEquals(200, download.statusCode());
        assertArrayEquals(docx, download.body(), "the bytes uploaded are the bytes downloaded");
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment") && disposition.contains("filename*=UTF-8''"
                + "%D0%9E%D1%82%D1%87%D1%91%D1%82"), "a download, with its Russian name (ё kept): " + disposition);
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-store", download.headers().firstValue("Cache-Control").orElseThrow(),
                "a trainee's file stays in no cache, not even the browser's on a shared computer");
        HttpResponse<byte[]> inline = m.getBytes("/files/submission?id=" + fileId(submission, "Бюджет.pdf") + "&inline=1");
        assertTrue(inline.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"));
        assertTrue(inline.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        assertEquals(304, m.getBytes("/files/submission?id=" + docxId, "If-None-Match",
                download.headers().firstValue("ETag").orElseThrow()).statusCode(), "a repeat download costs nothing");

        String returned = m.follow(m.postMultipart("/review/submission.xhtml?id=" + submission, review,
                decision("RETURNED", "Добавьте, пожалуйста, данные опроса жителей.", ""),
                new FilePart("decision:feedback", "Замечания.pdf", TestFiles.pdf("remarks")))).body();
        assertTrue(returned.contains("Ответ возвращён на доработку"), returned);
        MimeMessage toTrainee = awaitMail(trainee.email(), "доработк");
        assertTrue(body(toTrainee).contains("Добавьте, пожалуйста, данные опроса жителей."), body(toTrainee));

        String again = t.get(page).body();
        assertTrue(again.contains("Возвращено на доработку") && again.contains("Замечания.pdf")
                && again.contains("Добавьте, пожалуйста"), "the trainee sees the decision, comment and file: " + again);
        assertTrue(again.contains("draft-files") && again.contains("Отчёт по проекту.docx"),
                "the new draft starts from the returned answer");
        String resent = t.follow(t.postMultipart(page, again, answer("Мой ответ: анализ проблем села и опрос 120 жителей.",
                "submit"))).body();
        assertTrue(resent.contains("(версия 2)"), resent);

        String second = m.get("/review/submission.xhtml?id=" + submission).body();
        String accepted = m.follow(m.postMultipart("/review/submission.xhtml?id=" + submission, second,
                decision("ACCEPTED", "Хорошая работа.", "90"))).body();
        assertTrue(accepted.contains("Ответ принят"), accepted);
        assertEquals("ACCEPTED/2/90", TestData.value("SELECT CONCAT(state, '/', versions, '/', score) FROM submission "
                + "WHERE id = ?", submission));
        MimeMessage feedback = awaitMail(trainee.email(), "Хорошая работа.");
        assertNotNull(feedback);
        String history = t.get(page).body();
        assertTrue(history.contains("version-1") && history.contains("version-2") && history.contains("Принято"),
                "every version stays visible: " + history);
        String home = t.get("/home/trainee.xhtml").body();
        assertTrue(home.contains("class=\"assignments\"") && home.contains("принято"), home);
    }

    /**
     * A decision taken by mistake is taken back: the work waits for review again, the decision stays in the history
     * and the trainee is told. Only its reviewer or an administrator may; not once the cohort is finished; a return
     * not once the trainee has started revising (a page opened before is refused, nothing of the draft lost).
     */
    @Test
    void aDecisionTakenBackWaitsForReviewAgainAndTheTraineeIsTold() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Отменова", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Поспешный", "MENTOR");
        TestPeople.Account colleague = TestPeople.create("Коллегина", "MENTOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        TestData.enrolMentor(cohort, colleague.id());
        String page = "/study/assignment.xhtml?module=" + firstModule() + "&cohort=" + cohort;
        WebClient t = signedIn(trainee);
        t.follow(t.postMultipart(page, t.get(page).body(), answer("Ответ для отмены решения.", "submit")));
        long submission = Long.parseLong(TestData.value("SELECT id FROM submission WHERE person_id = ?", trainee.id()));
        String review = "/review/submission.xhtml?id=" + submission;
        WebClient c = signedIn(colleague);
        String openedBefore = c.get(review).body(); // the colleague's tab, opened before anyone decided
        WebClient m = signedIn(mentor);
        m.follow(m.postMultipart(review, m.get(review).body(), decision("ACCEPTED", "Принято по ошибке.", "95")));
        assertEquals("ACCEPTED/95", TestData.value("SELECT CONCAT(state, '/', score) FROM submission WHERE id = ?",
                submission));

        assertFalse(signedIn(colleague).get(review).body().contains("withdraw:do-withdraw"),
                "another mentor cannot take a colleague's decision back");
        String decided = m.get(review).body();
        assertTrue(decided.contains("withdraw:do-withdraw") && decided.contains("withdraw-confirm"), decided);
        String taken = m.follow(m.postForm(review, decided, withdraw())).body();
        assertTrue(taken.contains("Решение отменено") && taken.contains("Отменённые решения")
                && taken.contains("decision:send"), "waits for a decision again, the old one listed: " + taken);
        assertEquals("SUBMITTED/null", TestData.value("SELECT CONCAT(state, '/', COALESCE(score, 'null')) FROM submission "
                + "WHERE id = ?", submission));
        assertEquals("ACCEPTED/" + mentor.id() + "/" + mentor.id() + "/Принято по ошибке.", TestData.value(
                "SELECT CONCAT(w.decision, '/', w.decided_by, '/', w.withdrawn_by, '/', w.comment) FROM decision_withdrawal w "
                        + "JOIN submission_version v ON v.id = w.version_id WHERE v.submission_id = ?", submission));
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM submission_version WHERE submission_id = ? "
                + "AND decision IS NOT NULL", submission));
        MimeMessage told = awaitMail(trainee.email(), "отменено");
        assertTrue(body(told).contains("Принято") && body(told).contains("/study/assignment.xhtml?cohort=" + cohort), body(told));
        assertTrue(t.get(page).body().contains("на проверке"), "the trainee's page says it is in review again");
        String stale = c.postMultipart(review, openedBefore, decision("RETURNED", "Со старой страницы.", "")).body();
        assertTrue(stale.contains("приняли решение и отменили его"), () -> "says what happened meanwhile: " + stale);
        assertEquals("SUBMITTED", TestData.value("SELECT state FROM submission WHERE id = ?", submission),
                "the stale page decided nothing");

        // Accepted again; once the cohort is finished the decision stands, even from a page opened before.
        m.follow(m.postMultipart(review, m.get(review).body(), decision("ACCEPTED", "Теперь принято.", "")));
        String before = m.get(review).body();
        TestData.update("UPDATE cohort SET status = 'FINISHED' WHERE id = ?", cohort);
        try {
            assertFalse(m.get(review).body().contains("withdraw:do-withdraw"));
            String refused = m.postForm(review, before, withdraw()).body();
            assertTrue(refused.contains("Поток завершён"), refused);
            assertEquals("ACCEPTED", TestData.value("SELECT state FROM submission WHERE id = ?", submission));
        } finally {
            TestData.update("UPDATE cohort SET status = 'ACTIVE' WHERE id = ?", cohort);
        }
        // A certificate issued on the accepted work keeps the acceptance too, until it is revoked.
        TestData.graduate(cohort, trainee.id());
        assertFalse(m.get(review).body().contains("withdraw:do-withdraw"));
        assertTrue(m.postForm(review, before, withdraw()).body().contains("уже выдан сертификат"));
        TestData.update("UPDATE certificate SET status = 'REVOKED' WHERE person_id = ?", trainee.id());

        // An administrator may take it back; then a return the trainee has started revising stays.
        WebClient a = signedIn(TestPeople.create("Отменяющая", "ADMINISTRATOR"));
        a.follow(a.postForm(review, a.get(review).body(), withdraw()));
        assertEquals("SUBMITTED", TestData.value("SELECT state FROM submission WHERE id = ?", submission));
        m.follow(m.postMultipart(review, m.get(review).body(), decision("RETURNED", "Добавьте опрос жителей.", "")));
        String returned = m.get(review).body();
        assertTrue(returned.contains("withdraw:do-withdraw"), "a return nobody has acted on yet can be taken back");
        // The trainee types a revision: kept as a draft while typed, not saved yet. The return stays.
        String version = TestData.value("SELECT version FROM submission WHERE id = ?", submission);
        assertEquals(200, t.post("/drafts", Map.of("key", "assignment:cohort=" + cohort + ":module=" + firstModule()
                + ":version=" + version, "text", "Опрос: 40 жителей."), "X-Draft", "1").statusCode());
        assertFalse(m.get(review).body().contains("withdraw:do-withdraw"), "typing a revision ends the taking back");
        assertTrue(m.postForm(review, returned, withdraw()).body().contains("начал исправлять"));
        assertEquals("RETURNED", TestData.value("SELECT state FROM submission WHERE id = ?", submission));
        // Then saves it: still refused, nothing of the draft lost.
        String revising = t.get(page).body();
        t.follow(t.postMultipart(page, revising, answer("Ответ для отмены решения. Опрос: 40 жителей.", "save")));
        String late = m.postForm(review, returned, withdraw()).body();
        assertTrue(late.contains("начал исправлять"), late);
        assertEquals("RETURNED/Ответ для отмены решения. Опрос: 40 жителей.", TestData.value(
                "SELECT CONCAT(state, '/', draft_text) FROM submission WHERE id = ?", submission));
        assertEquals("2", TestData.value("SELECT COUNT(*) FROM decision_withdrawal w JOIN submission_version v "
                + "ON v.id = w.version_id WHERE v.submission_id = ?", submission));
    }

    private static Map<String, String> withdraw() {
        return Map.of("withdraw", "withdraw", "withdraw:do-withdraw", "x");
    }

    /** Answers closed after the due time: the unsent draft is still there to read and copy, not editable. */
    @Test
    void aDraftLeftWhenAnswersCloseCanStillBeRead() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Опоздалова", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        long module = firstModule();
        String page = "/study/assignment.xhtml?module=" + module + "&cohort=" + cohort;
        WebClient t = signedIn(trainee);
        assertTrue(t.follow(t.postMultipart(page, t.get(page).body(), answer("Два часа работы: анализ села", "save")))
                .body().contains("Черновик сохранён"));
        TestData.update("INSERT INTO assignment_due (cohort_id, module_id, due_at, late_rule, cutoff_at) "
                + "VALUES (?, ?, NOW() - INTERVAL 1 DAY, 'CLOSE', NULL)", cohort, module);
        String closed = t.get(page).body();
        assertTrue(closed.contains("приём ответов закрыт") && closed.contains("Ваш черновик (не отправлен)")
                && closed.contains("Два часа работы: анализ села"), closed);
        assertFalse(closed.contains("answer:save"), "nothing to send any more");
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Файлова", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        String page = "/study/assignment.xhtml?module=" + firstModule() + "&cohort=" + cohort;
        WebClient t = signedIn(trainee);
        String files = TestData.value("SELECT COUNT(*) FROM stored_file");

        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRefused(t, page, new FilePart("answer:files", "Отчёт.pdf", exe), "программа, а не документ");
        assertRefused(t, page, new FilePart("answer:files", "страница.pdf",
                "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes()), "веб-страница");
        assertRefused(t, page, new FilePart("answer:files", "рисунок.png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes()), "веб-страница");
        assertRefused(t, page, new FilePart("answer:files", "вирус.exe", exe), "такого типа принять нельзя");
        assertRefused(t, page, new FilePart("answer:files", "бомба.docx", TestFiles.zipBombDocx()),
                "слишком большой объём");
        assertRefused(t, page, new FilePart("answer:files", "большой.pdf", new byte[60 * 1024 * 1024]), "больше 25 МБ");
        // One bad file refuses the whole request: the good one sent with it is not kept either.
        String mixed = t.follow(t.postMultipart(page, t.get(page).body(), answer("текст", "save"),
                new FilePart("answer:files", "хороший.pdf", TestFiles.pdf("good")),
                new FilePart("answer:files", "плохой.pdf", exe))).body();
        assertTrue(mixed.contains("программа, а не документ"), mixed);
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM submission_file f JOIN submission s ON s.id = "
                + "f.submission_id WHERE s.person_id = ?", trainee.id()), "nothing of a refused request is kept");

        String traversal = t.follow(t.postMultipart(page, t.get(page).body(), answer("", "save"),
                new FilePart("answer:files", "../../etc/\u0007пароли.pdf", TestFiles.pdf("name")))).body();
        assertTrue(traversal.contains("Черновик сохранён."), traversal);
        assertEquals("пароли.pdf", TestData.value("SELECT f.name FROM submission_file f JOIN submission s ON s.id = "
                + "f.submission_id WHERE s.person_id = ?", trainee.id()), "only the name is kept, without path or control");
        assertEquals(Long.parseLong(files) + 1, Long.parseLong(TestData.value("SELECT COUNT(*) FROM stored_file")),
                "no refused file got a row");
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("lms.build.dir"), "test-files", "tmp"))) {
            assertEquals(List.of(), temp.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void othersCannotFetchFilesTwoTabsSubmitOnceAndAStaleDecisionIsRefused() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account owner = TestPeople.create("Владелова", "TRAINEE");
        TestPeople.Account other = TestPeople.create("Соседова", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Кураторов", "MENTOR");
        TestPeople.Account stranger = TestPeople.create("Посторонний", "MENTOR");
        TestData.enrolTrainee(cohort, owner.id());
        TestData.enrolTrainee(cohort, other.id());
        TestData.enrolMentor(cohort, mentor.id());
        String page = "/study/assignment.xhtml?module=" + firstModule() + "&cohort=" + cohort;

        WebClient t = signedIn(owner);
        t.follow(t.postMultipart(page, t.get(page).body(), answer("черновик", "save"),
                new FilePart("answer:files", "Мой план.pdf", TestFiles.pdf("mine"))));
        String tab1 = t.get(page).body();
        String tab2 = t.get(page).body();
        assertTrue(t.follow(t.postMultipart(page, tab1, answer("черновик", "submit"))).body().contains("(версия 1)"));
        String second = t.follow(t.postMultipart(page, tab2, answer("черновик", "submit"))).body();
        assertTrue(second.contains("уже отправлен"), second);
        assertEquals("1", TestData.value("SELECT versions FROM submission WHERE person_id = ?", owner.id()));

        long submission = Long.parseLong(TestData.value("SELECT id FROM submission WHERE person_id = ?", owner.id()));
        long file = fileId(submission, "Мой план.pdf");
        assertEquals(404, signedIn(other).getBytes("/files/submission?id=" + file).statusCode(),
                "another trainee guessing the id gets nothing");
        String sha = TestData.value("SELECT sf.sha256 FROM stored_file sf JOIN submission_file f ON f.stored_file_id = "
                + "sf.id WHERE f.id = ?", file);
        assertEquals(404, signedIn(other).getBytes("/files/submission?id=" + sha).statusCode(), "nor by its hash");
        WebClient outsider = signedIn(stranger);
        assertEquals(404, outsider.getBytes("/files/submission?id=" + file).statusCode(), "nor a mentor of another cohort");
        assertEquals(404, outsider.get("/review/submission.xhtml?id=" + submission).statusCode());
        assertEquals(403, signedIn(other).get("/review/queue.xhtml").statusCode(), "trainees have no review queue");

        WebClient slow = signedIn(mentor);
        String stale = slow.get("/review/submission.xhtml?id=" + submission).body();
        WebClient quick = signedIn(TestPeople.create("Быстров", "ADMINISTRATOR"));
        quick.follow(quick.postMultipart("/review/submission.xhtml?id=" + submission,
                quick.get("/review/submission.xhtml?id=" + submission).body(), decision("RETURNED", "Доработайте.", "")));
        t.follow(t.postMultipart(page, t.get(page).body(), answer("исправлено", "submit")));
        String refused = slow.follow(slow.postMultipart("/review/submission.xhtml?id=" + submission, stale,
                decision("ACCEPTED", "Отлично", ""))).body();
        assertTrue(refused.contains("прислал новую версию (2)"), refused);
        assertEquals("SUBMITTED/2", TestData.value("SELECT CONCAT(state, '/', versions) FROM submission WHERE id = ?",
                submission), "the decision on the replaced version changed nothing");
        assertTrue(slow.get("/review/queue.xhtml").body().contains("Владелова"), "the new version waits in the queue");
    }

    @Test
    void anAdministratorSetsADueDateTheReminderGoesOnceAndTheOutboxShowsIt() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Напоминаева", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        WebClient admin = signedIn(TestPeople.create("Сроков", "ADMINISTRATOR"));
        String plan = admin.get("/course/assignments.xhtml?cohort=" + cohort).body();
        LocalDateTime due = LocalDateTime.now(ZoneId.of("Asia/Omsk")).plusHours(30).withSecond(0).withNano(0);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("plan", "plan");
        fields.put("plan:lines:0:due", due.toString());
        fields.put("plan:lines:0:rule", "ACCEPT");
        fields.put("plan:lines:0:cutoff", "");
        fields.put("plan:lines:1:due", "не дата");
        fields.put("plan:lines:1:rule", "ACCEPT");
        fields.put("plan:lines:1:cutoff", "");
        fields.put("plan:save", "Сохранить сроки");
        String saved = admin.postForm("/course/assignments.xhtml?cohort=" + cohort, plan, fields).body();
        assertTrue(saved.contains("Сохранено сроков: 1") && saved.contains("Модуль 2: дата и время не распознаны"), saved);
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'DUE_SOON' AND person_id = ?",
                trainee.id()));
        admin.postForm("/course/assignments.xhtml?cohort=" + cohort, plan, fields);
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'DUE_SOON' AND person_id = ?",
                trainee.id()), "the reminder goes once");
        MimeMessage reminder = awaitMail(trainee.email(), "Срок сдачи");
        assertNotNull(reminder);
        String home = signedIn(trainee).get("/home/trainee.xhtml").body();
        assertTrue(home.contains("due-soon"), "the home page warns before the due date: " + home);
        String outbox = admin.get("/admin/outbox.xhtml").body();
        assertTrue(outbox.contains(trainee.email()), "administrators read every message in the app");
        String byName = admin.postForm("/admin/outbox.xhtml", outbox, Map.of("filter", "filter",
                "filter:recipient", "НАПОМИНАЕВА", "filter:state", "", "filter:apply", "x")).body();
        assertTrue(byName.contains(trainee.email()), () -> "found by the name the list shows, too: " + byName);
        String bookmarked = admin.get("/admin/outbox.xhtml?to=" + java.net.URLEncoder.encode("напоминаева",
                java.nio.charset.StandardCharsets.UTF_8) + "&state=NOPE").body();
        assertTrue(bookmarked.contains(trainee.email()) && bookmarked.contains("value=\"напоминаева\""),
                () -> "the filter read from the address: " + bookmarked);
    }

    private void assertRefused(WebClient client, String page, FilePart file, String message) throws Exception {
        String answer = client.follow(client.postMultipart(page, client.get(page).body(), answer("", "save"), file)).body();
        assertTrue(answer.contains(message), file.fileName() + ": " + answer);
        assertTrue(answer.contains("Ничего не сохранено"), answer);
    }

    private static Map<String, String> decision(String choice, String comment, String score) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("decision", "decision");
        fields.put("decision:choice", choice);
        fields.put("decision:comment", comment);
        fields.put("decision:score", score);
        fields.put("decision:send", "send");
        return fields;
    }

    private static long firstModule() throws Exception {
        return Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p ON p.id = m.programme_id "
                + "WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1"));
    }

    private static long fileId(long submission, String name) throws Exception {
        return Long.parseLong(TestData.value("SELECT MIN(id) FROM submission_file WHERE submission_id = ? AND name = ?",
                submission, name));
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }

    /** Waits for a message to this address whose subject or body contains the text. */
    private static MimeMessage awaitMail(String to, String containing) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(40));
        List<String> seen = new ArrayList<>();
        while (Instant.now().isBefore(until)) {
            seen.clear();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                String recipients = String.join(",", Stream.of(message.getAllRecipients()).map(Object::toString).toList());
                if (recipients.contains(to)) {
                    seen.add(message.getSubject());
                    if (message.getSubject().contains(containing) || body(message).contains(containing)) {
                        return message;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + to + " containing '" + containing + "'; seen: " + seen);
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    @SuppressWarnings("unused")
    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
