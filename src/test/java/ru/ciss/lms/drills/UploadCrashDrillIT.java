package ru.ciss.lms.drills;

import static ru.ciss.lms.testing.TestFiles.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.launch.Folders;
import ru.ciss.lms.launch.PayaraProcess;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;
import ru.ciss.lms.testing.WebClient.FilePart;

/**
 * The crash drill of the file store: the app is killed with SIGKILL while trainees' uploads are on their way, then
 * started again. Every submission the app acknowledged must be complete, with its file hash-correct on disk and on
 * download; every other one must be absent or equally complete (committed just before the kill); no temporary
 * file, no file without a row and no row without a reference may remain; and the e-mail to the mentor is queued
 * exactly once per submission and, after the restart, delivered to the drill's own SMTP server exactly once.
 *
 * <p>It starts Payara Micro itself (as the README's run command does), on the test database and a folder of its own,
 * because Arquillian's container cannot be killed and restarted. {@code -Dlms.drill.uploads=50} runs it with more
 * trainees.
 */
class UploadCrashDrillIT {

    private static final int UPLOADS = Integer.getInteger("lms.drill.uploads", 20);
    private static final int FILE_BYTES = 4 * 1024 * 1024;
    private static final String SENT = "Ответ отправлен на проверку (версия 1)";

    private final Path projectDir = Path.of(System.getProperty("lms.project.dir", ".")).toAbsolutePath();
    private final Path buildDir = Path.of(System.getProperty("lms.build.dir", "target")).toAbsolutePath();
    /** One folder per run, so that a rerun keeps the logs of the run before. */
    private final Path drillDir = buildDir.resolve("crash-drill").resolve(String.valueOf(System.currentTimeMillis()));
    private final Path filesDir = drillDir.resolve("files");
    private PayaraProcess app;
    /** An SMTP server of the drill's own, so that what the outbox sends after the restart can be counted. */
    private com.icegreen.greenmail.util.GreenMail smtp;

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void acknowledgedUploadsSurviveAKillAndNothingStrayRemains() throws Exception {
        // The other tests' shared server works on the same database: its outbox would take this drill's notices
        // while the drill's own server is down, and the count of messages delivered here would not add up.
        ru.ciss.lms.testing.SharedApplication.stop();
        // Earlier runs' files go (they are large); their logs stay for whoever looks into a failure.
        if (Files.isDirectory(drillDir.getParent())) {
            try (Stream<Path> runs = Files.list(drillDir.getParent())) {
                for (Path run : runs.toList()) {
                    Folders.deleteTree(run.resolve("files"));
                }
            }
        }
        Files.createDirectories(filesDir);
        smtp = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(
                PayaraProcess.freePort(), "127.0.0.1", "smtp"));
        smtp.start();
        // The app first: on a new test database its migrations create the tables the data goes into.
        app = start(1);
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account mentor = TestPeople.create("Наставникова", "MENTOR");
        TestData.enrolMentor(cohort, mentor.id());
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p ON "
                + "p.id = m.programme_id WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1"));
        String page = "/study/assignment.xhtml?module=" + module + "&cohort=" + cohort;
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            TestPeople.Account trainee = TestPeople.create("Загрузкина-" + i, "TRAINEE");
            TestData.enrolTrainee(cohort, trainee.id());
            uploads.add(new Upload(i, trainee, largePdf(i)));
        }

        for (Upload upload : uploads) {
            upload.client = new WebClient(app.baseUrl());
            upload.client.signIn(upload.trainee.email(), upload.trainee.password());
            upload.form = upload.client.get(page).body();
            assertTrue(upload.form.contains("answer:files"), "the trainee sees the assignment form");
        }

        // Every trainee uploads at once, on connections of different speeds (about 2 to 12 seconds an upload), so
        // that when a quarter are acknowledged the others are still arriving, being hashed, or being committed.
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
        List<Future<?>> running = new ArrayList<>();
        for (Upload upload : uploads) {
            long seconds = 2 + (10L * upload.index) / Math.max(1, UPLOADS - 1);
            running.add(pool.submit(() -> {
                try {
                    HttpResponse<String> answer = upload.client.follow(upload.client.postMultipart(page, upload.form, submitFields(),
                            FILE_BYTES / seconds, new FilePart("answer:files", "План центра " + upload.index + ".pdf",
                                    upload.content)));
                    upload.answer = answer.statusCode() + " " + answer.body();
                    upload.acknowledged = answer.statusCode() == 200 && answer.body().contains(SENT);
                    if (upload.acknowledged) {
                        acknowledged.incrementAndGet();
                    }
                } catch (RuntimeException cutOff) {
                    upload.acknowledged = false; // the kill cut the connection: the trainee saw no confirmation
                }
            }));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (acknowledged.get() < Math.max(1, UPLOADS / 4) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        app.kill();
        for (Future<?> upload : running) {
            upload.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        for (Upload upload : uploads) {
            assertTrue(upload.answer == null || upload.acknowledged,
                    "an answer that arrived confirms the submission: " + upload.answer);
        }
        int acked = (int) uploads.stream().filter(u -> u.acknowledged).count();
        assertTrue(acked >= 1, "some uploads were acknowledged before the kill");
        assertTrue(acked < UPLOADS, "some uploads were still in flight at the kill (else the drill proves nothing)");

        // What a crash may leave beside that, planted so the start-up sweep must find it.
        Path strayTemp = filesDir.resolve("tmp").resolve("left-by-a-crash.part");
        Files.createDirectories(strayTemp.getParent());
        Files.write(strayTemp, new byte[1024]);
        String orphanSha = sha256("a file renamed into place whose transaction never committed"
                .getBytes(StandardCharsets.UTF_8));
        Path orphan = filesDir.resolve("blobs").resolve(orphanSha.substring(0, 2)).resolve(orphanSha.substring(2, 4))
                .resolve(orphanSha);
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "a file renamed into place whose transaction never committed");

        // Another port: the killed server's port may still be held by its connections for a while.
        app = start(2);

        int committed = 0;
        for (Upload upload : uploads) {
            String state = TestData.value("SELECT CONCAT(state, '/', versions) FROM submission WHERE person_id = ?",
                    upload.trainee.id());
            String sha = sha256(upload.content);
            if (upload.acknowledged) {
                assertEquals("SUBMITTED/1", state, "acknowledged upload " + upload.index + " is a submitted answer");
            }
            if (state == null) {
                assertNull(TestData.value("SELECT sha256 FROM stored_file WHERE sha256 = ?", sha),
                        "an upload that never committed leaves no row (" + upload.index + ")");
                continue;
            }
            committed++;
            assertEquals("SUBMITTED/1", state, "a committed upload is whole, never half (" + upload.index + ")");
            String fileId = TestData.value("SELECT f.id FROM submission_file f JOIN submission s ON s.id = "
                    + "f.submission_id JOIN stored_file sf ON sf.id = f.stored_file_id WHERE s.person_id = ? "
                    + "AND f.version_id IS NOT NULL AND sf.sha256 = ?", upload.trainee.id(), sha);
            assertTrue(fileId != null, "the submitted version holds the file with the uploaded hash (" + upload.index + ")");
            Path blob = filesDir.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            assertEquals(sha, sha256(Files.readAllBytes(blob)), "the file on disk is intact (" + upload.index + ")");
            WebClient again = new WebClient(app.baseUrl());
            again.signIn(upload.trainee.email(), upload.trainee.password());
            HttpResponse<byte[]> download = again.getBytes("/files/submission?id=" + fileId);
            assertEquals(200, download.statusCode(), "the trainee downloads the file after the restart");
            assertArrayEquals(upload.content, download.body(), "the download is exactly what was uploaded");
        }
        assertTrue(committed >= acked);
        System.out.printf("[crash drill] %d uploads, %d acknowledged before the kill, %d committed in all; "
                + "each intact after the restart%n", UPLOADS, acked, committed);

        try (Stream<Path> temps = Files.list(filesDir.resolve("tmp"))) {
            assertEquals(List.of(), temps.toList(), "no temporary file remains after the restart");
        }
        // The start-up sweep reads the stored files right after the start, beside it (FileSweep): soon, not at once.
        for (Instant deadline = Instant.now().plusSeconds(60); Files.exists(orphan); ) {
            assertTrue(Instant.now().isBefore(deadline), "a file without a row is removed by the start-up sweep");
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L); // a poll's pause, not a fixed wait
        }
        try (Stream<Path> blobs = Files.walk(filesDir.resolve("blobs"))) {
            for (Path blob : blobs.filter(Files::isRegularFile).toList()) {
                String name = blob.getFileName().toString();
                // Any reference counts: on a fresh database the demo's certificates are stored here too.
                String references = TestData.value("SELECT COUNT(*) FROM stored_file sf WHERE sf.sha256 = ? AND ("
                        + "EXISTS (SELECT 1 FROM submission_file f WHERE f.stored_file_id = sf.id) "
                        + "OR EXISTS (SELECT 1 FROM certificate c WHERE c.pdf_file_id = sf.id) "
                        + "OR EXISTS (SELECT 1 FROM presentation p WHERE p.slides_file_id = sf.id) "
                        + "OR EXISTS (SELECT 1 FROM outcome o WHERE o.evidence_file_id = sf.id))", name);
                assertFalse("0".equals(references), "every file on disk has a referenced row: " + name);
            }
        }
        for (Upload upload : uploads) {
            assertEquals("0", TestData.value("SELECT COUNT(*) FROM stored_file sf WHERE sf.sha256 = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM submission_file f WHERE f.stored_file_id = sf.id)", sha256(upload.content)),
                    "no row without a reference remains (" + upload.index + ")");
        }
        assertEquals(String.valueOf(committed), TestData.value("SELECT COUNT(*) FROM outbox_message WHERE "
                + "kind = 'SUBMISSION_RECEIVED' AND person_id = ?", mentor.id()),
                "the mentor's notice is queued once for every committed submission, none lost, none twice");

        // The outbox sends what was pending at the kill after the restart, and nothing twice.
        // A notice claimed at the moment of the kill waits out its claim (LMS_MAIL_CLAIM_SECONDS above).
        long sentBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!"0".equals(TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'SUBMISSION_RECEIVED' "
                + "AND person_id = ? AND state <> 'SENT'", mentor.id()))) {
            assertTrue(System.nanoTime() < sentBy, "every notice is sent once its claim has run out");
            Thread.sleep(500);
        }
        List<String> received = new ArrayList<>();
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(mentor.email()))) {
                received.add(message.getMessageID());
            }
        }
        // Every notice arrives, each with its own Message-ID. Exactly once is impossible at one instant: when the kill
        // falls after the SMTP server accepted a message and before the outbox recorded it as sent, nobody can know
        // it went, and it is sent again after the claim. The outbox sends one message at a time, so at most one can be
        // caught so; its copy carries the same Message-ID, by which mail servers and readers drop duplicates.
        java.util.Set<String> distinct = new java.util.HashSet<>(received);
        assertEquals(committed, distinct.size(), "each notice reached the mentor, none lost: " + received);
        assertTrue(received.size() <= committed + 1, "nothing sent twice but the one message in flight at the kill: "
                + received);
        System.out.printf("[crash drill] %d notices reached the mentor, %s (those pending at the kill after the restart)%n",
                distinct.size(), received.size() == distinct.size() ? "each once"
                        : "one twice with the same Message-ID: the kill fell between the SMTP server's acceptance and the outbox's record");
    }

    private PayaraProcess start(int run) throws Exception {
        // The rest of the environment (database, SMTP, content) is the one failsafe gives every integration test.
        PayaraProcess started = PayaraProcess.start(projectDir, buildDir, PayaraProcess.freePort(),
                Map.of("LMS_FILES_DIR", filesDir.toString(), "LMS_SMTP_HOST", "127.0.0.1",
                        "LMS_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                        // A claim cut off by the kill runs out in 20 s here (two minutes by default).
                        "LMS_MAIL_CLAIM_SECONDS", "20"),
                drillDir.resolve("payara-" + run + ".log"));
        started.awaitReady(Duration.ofMinutes(3));
        return started;
    }

    private static Map<String, String> submitFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("answer", "answer");
        fields.put("answer:text", "План ресурсного центра во вложении.");
        fields.put("answer:submit", "submit");
        return fields;
    }

    /** A PDF of about 4 MB, different for every trainee (so every upload is its own file in the store). */
    private static byte[] largePdf(int seed) {
        Random random = new Random(seed * 7919L + System.nanoTime());
        StringBuilder pdf = new StringBuilder(FILE_BYTES + 200).append("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n");
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        while (pdf.length() < FILE_BYTES) {
            pdf.append("% ");
            for (int i = 0; i < 100; i++) {
                pdf.append(letters.charAt(random.nextInt(letters.length())));
            }
            pdf.append('\n');
        }
        return pdf.append("trailer << /Root 1 0 R >>\n%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII);
    }


    private static final class Upload {
        final int index;
        final TestPeople.Account trainee;
        final byte[] content;
        WebClient client;
        String form;
        volatile boolean acknowledged;
        volatile String answer;

        Upload(int index, TestPeople.Account trainee, byte[] content) {
            this.index = index;
            this.trainee = trainee;
            this.content = content;
        }
    }
}
