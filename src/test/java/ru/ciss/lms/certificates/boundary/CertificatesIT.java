package ru.ciss.lms.certificates.boundary;

import static ru.ciss.lms.testing.TestFiles.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.PdfPages;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;
import ru.ciss.lms.testing.WebClient.FilePart;

/**
 * Certificates over HTTP: the eligibility screen with its reasons, a bulk issue with consecutive numbers, the
 * holder's PDF (and nobody else's), public verification by number, by JSON and by file (an edited copy fails),
 * revocation and reissue with reasons, a refused issue to someone who no longer meets the rules, two
 * administrators issuing at the same moment without a gap or a duplicate, and bad or flooding lookups.
 */
class CertificatesIT {

    URL url = SharedApplication.url();

    @Test
    void eligibleTraineesGetConsecutiveNumbersAndTheirCertificatesVerify() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        List<TestPeople.Account> eligible = new ArrayList<>();
        for (String surname : new String[] {"Выпускникова", "Фёдорова", "Ёлкин"}) {
            TestPeople.Account t = TestPeople.create(surname, "TRAINEE");
            TestData.enrolTrainee(cohort, t.id());
            TestData.passEverything(cohort, t.id(), 80);
            eligible.add(t);
        }
        TestPeople.Account noPlan = TestPeople.create("Безпланова", "TRAINEE");
        TestData.enrolTrainee(cohort, noPlan.id());
        TestPeople.Account belowPass = TestPeople.create("Недобрал", "TRAINEE");
        TestData.enrolTrainee(cohort, belowPass.id());
        TestData.passEverything(cohort, belowPass.id(), 40);
        TestPeople.Account admin = TestPeople.create("Выдающая", "ADMINISTRATOR");
        WebClient a = signedIn(admin);

        String page = "/certificates/cohort.xhtml?cohort=" + cohort;
        String screen = a.get(page).body();
        assertTrue(screen.contains("план не сдан"), "the reason for a missing plan is named");
        assertTrue(screen.contains("40 % — ниже проходного 60 %"), "the reason for a low score is named");
        assertTrue(screen.contains("Можно выдать сейчас: 3"), screen);
        assertTrue(screen.contains("Подписи не настроены"), "the test server prints the placeholder signatures and says so");

        String started = a.postForm(page, screen, Map.of("bulk", "bulk", "bulk:issue-all", "Выдать")).body();
        assertTrue(started.contains("Выдача начата: 3"), started);
        waitFor(() -> count("SELECT COUNT(*) FROM certificate WHERE cohort_id = ?", cohort) == 3);
        String after = a.get(page).body();
        assertTrue(after.contains("Выдано сертификатов: 3"), after);

        List<Long> sequences = new ArrayList<>();
        for (TestPeople.Account t : eligible) {
            sequences.add(Long.parseLong(TestData.value("SELECT sequence FROM certificate WHERE person_id = ?", t.id())));
        }
        sequences.sort(null);
        assertEquals(sequences.get(0) + 2, sequences.get(2), "one bulk action, consecutive numbers: " + sequences);
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM certificate WHERE person_id IN (?, ?)",
                noPlan.id(), belowPass.id()), "nobody who misses a rule gets one");
        assertEquals("3", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'CERTIFICATE_ISSUED' "
                + "AND person_id IN (?, ?, ?)", eligible.get(0).id(), eligible.get(1).id(), eligible.get(2).id()));

        // The holder downloads their own PDF; it is the very file whose hash the register keeps.
        TestPeople.Account holder = eligible.get(1);
        String id = TestData.value("SELECT id FROM certificate WHERE person_id = ?", holder.id());
        String number = TestData.value("SELECT number FROM certificate WHERE id = ?", id);
        assertTrue(number.matches("РЦ-\\d{4}-\\d{4,}"), number);
        WebClient h = signedIn(holder);
        assertTrue(h.get("/home/trainee.xhtml").body().contains(number), "the home page lists the certificate");
        HttpResponse<byte[]> pdf = h.getBytes("/files/certificate?id=" + id);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals(TestData.value("SELECT pdf_sha256 FROM certificate WHERE id = ?", id), sha256(pdf.body()));
        // What it says is text, not a picture of text (the name with ё); its QR code opens this certificate's page.
        String printed = PdfPages.text(pdf.body()).replaceAll("\\s+", " ");
        assertTrue(printed.contains("Фёдорова Пётр Тестович") && printed.contains(number), printed);
        // The form of an organisation without an education licence, signed twice, with the seal's place and the
        // result; nobody configured the signatories here, so the visible placeholder stands in, not a real name.
        for (String line : List.of("обучение по программе", "Итоговая аттестация: зачтено", "М. П.",
                "Руководитель программы", "И. О. Фамилия", "Фондом президентских грантов",
                "Омск, " + TestData.value("SELECT YEAR(issued_on) FROM certificate WHERE id = ?", id))) {
            assertTrue(printed.contains(line), line + " in: " + printed);
        }
        assertFalse(printed.contains("образовательной программе"), printed);
        String qr = PdfPages.qrCode(pdf.body());
        assertTrue(qr.endsWith("/verify/" + URLEncoder.encode(number, StandardCharsets.UTF_8)), qr);
        String qrPath = java.net.URI.create(qr).getRawPath();
        assertTrue(new WebClient(url).get(qrPath).body().contains("Сертификат действителен"), qrPath);
        assertEquals(404, signedIn(eligible.get(0)).getBytes("/files/certificate?id=" + id).statusCode(),
                "another trainee never gets someone else's certificate");

        // Anyone verifies it: without consent to publish the name, only initials.
        WebClient anyone = new WebClient(url);
        String path = "/verify/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
        String verified = anyone.get(path).body();
        assertTrue(verified.contains("Сертификат действителен"), verified);
        assertTrue(verified.contains("Ф. П. Т.") && !verified.contains("Фёдорова"), verified);
        String json = anyone.get("/api/certificates/" + URLEncoder.encode(number, StandardCharsets.UTF_8)).body();
        assertTrue(json.contains("\"status\":\"VALID\"") && json.contains("\"holder\":\"Ф. П. Т.\"")
                && json.contains("\"academicHours\":72"), json);
        TestData.update("INSERT INTO consent (person_id, kind, text_version, given_at) "
                + "VALUES (?, 'PUBLISH_NAME', '2026-11', NOW(3))", holder.id());
        assertTrue(anyone.get(path).body().contains("Фёдорова Пётр Тестович"), "with consent, the full name, ё kept");

        // The exact file verifies; a copy changed after issue does not.
        String verifyPage = anyone.get(path).body();
        String exact = anyone.postMultipart("/verify.xhtml", verifyPage, Map.of("upload", "upload",
                "upload:check", "check"), new FilePart("upload:file", "certificate.pdf", pdf.body())).body();
        assertTrue(exact.contains("Файл в точности совпадает с выданным сертификатом № " + number), exact);
        byte[] edited = pdf.body().clone();
        edited[edited.length / 2] ^= 1;
        String changed = anyone.postMultipart("/verify.xhtml", anyone.get(path).body(), Map.of("upload", "upload",
                "upload:check", "check"), new FilePart("upload:file", "certificate.pdf", edited)).body();
        assertTrue(changed.contains("не совпадает ни с одним выданным сертификатом"), changed);
        String notPdf = anyone.postMultipart("/verify.xhtml", anyone.get(path).body(), Map.of("upload", "upload",
                "upload:check", "check"), new FilePart("upload:file", "photo.jpg", new byte[] {1, 2, 3, 4, 5, 6})).body();
        assertTrue(notPdf.contains("В файле нет ни сертификата PDF, ни бейджа Open Badges"), notPdf);

        // Revocation needs a reason; then the number verifies as revoked, with the date and the reason.
        String certificatePage = "/certificates/certificate.xhtml?id=" + id;
        String noReason = a.postForm(certificatePage, a.get(certificatePage).body(), Map.of("revoke", "revoke",
                "revoke:reason", "  ", "revoke:do-revoke", "x")).body();
        assertTrue(noReason.contains("Укажите причину"), noReason);
        assertEquals("VALID", TestData.value("SELECT status FROM certificate WHERE id = ?", id));
        // As if its announcing mail were still waiting (the test server sends at once): revoked, it must not go.
        TestData.update("UPDATE outbox_message SET state = 'PENDING', claimed_until = NULL, "
                + "next_attempt_at = NOW(3) + INTERVAL 1 DAY WHERE dedupe_key = ?", "certificate-issued:" + id);
        a.postForm(certificatePage, a.get(certificatePage).body(), Map.of("revoke", "revoke",
                "revoke:reason", "Выдан по ошибке: защита не состоялась", "revoke:do-revoke", "x"));
        assertEquals("REVOKED", TestData.value("SELECT status FROM certificate WHERE id = ?", id));
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?",
                "certificate-issued:" + id), "the waiting mail announcing it does not go");
        String toldRevoked = TestData.value("SELECT body FROM outbox_message WHERE person_id = ? "
                + "AND kind = 'CERTIFICATE_REVOKED'", holder.id());
        assertTrue(toldRevoked != null && toldRevoked.contains(number) && toldRevoked.contains("защита не состоялась"),
                () -> "the holder hears of it, with the reason: " + toldRevoked);
        String trail = a.get(certificatePage).body();
        trail = trail.substring(trail.indexOf("id=\"trail\""));
        assertTrue(trail.contains("Выдающая Пётр Тестович"), "who did it, in full: " + trail);
        String revoked = anyone.get(path).body();
        assertTrue(revoked.contains("Сертификат отозван") && revoked.contains("Выдан по ошибке"), revoked);
        assertTrue(anyone.get("/api/certificates/" + URLEncoder.encode(number, StandardCharsets.UTF_8)).body()
                .contains("\"status\":\"REVOKED\""));
        assertEquals(404, h.getBytes("/files/certificate?id=" + id).statusCode(), "a revoked PDF is not handed out");
        assertEquals("REVOKED", TestData.value("SELECT kind FROM certificate_event WHERE certificate_id = ? "
                + "ORDER BY id DESC LIMIT 1", id));

        // Reissue after a change of name: a new number, the old one replaced and pointing at it.
        TestPeople.Account renamed = eligible.get(2);
        String oldId = TestData.value("SELECT id FROM certificate WHERE person_id = ?", renamed.id());
        String oldNumber = TestData.value("SELECT number FROM certificate WHERE id = ?", oldId);
        TestData.update("UPDATE person SET surname = 'Ёлкина-Новосёлова' WHERE id = ?", renamed.id());
        String oldPage = "/certificates/certificate.xhtml?id=" + oldId;
        a.postForm(oldPage, a.get(oldPage).body(), Map.of("reissue", "reissue",
                "reissue:reason", "Смена фамилии (свидетельство о браке)", "reissue:do-reissue", "x"));
        assertEquals("REPLACED", TestData.value("SELECT status FROM certificate WHERE id = ?", oldId));
        String newNumber = TestData.value("SELECT number FROM certificate WHERE replaces_id = ?", oldId);
        assertNotNull(newNumber);
        assertFalse(newNumber.equals(oldNumber));
        assertEquals("Ёлкина-Новосёлова Пётр Тестович",
                TestData.value("SELECT holder_name FROM certificate WHERE number = ?", newNumber));
        String replaced = anyone.get("/verify/" + URLEncoder.encode(oldNumber, StandardCharsets.UTF_8)).body();
        assertTrue(replaced.contains("Сертификат заменён") && replaced.contains(newNumber), replaced);
        assertTrue(replaced.contains("Действующий сертификат:"), replaced);
        // The replacement revoked in turn: the old number no longer calls it «действующий».
        String newId = TestData.value("SELECT id FROM certificate WHERE number = ?", newNumber);
        String newPage = "/certificates/certificate.xhtml?id=" + newId;
        a.postForm(newPage, a.get(newPage).body(), Map.of("revoke", "revoke",
                "revoke:reason", "Выдан по ошибке", "revoke:do-revoke", "x"));
        assertEquals("REVOKED", TestData.value("SELECT status FROM certificate WHERE id = ?", newId));
        // From an address of their own: public checks are limited per address, and the other tests check from this one.
        String checker = "192.0.2." + (int) (Math.random() * 250 + 1);
        String replacedThenRevoked = anyone.get("/verify/" + URLEncoder.encode(oldNumber, StandardCharsets.UTF_8),
                "X-Forwarded-For", checker).body();
        assertTrue(replacedThenRevoked.contains("Заменён сертификатом") && replacedThenRevoked.contains(newNumber)
                && replacedThenRevoked.contains("он тоже недействителен")
                && !replacedThenRevoked.contains("Действующий сертификат"), replacedThenRevoked);
        assertTrue(anyone.get("/api/certificates/" + URLEncoder.encode(oldNumber, StandardCharsets.UTF_8),
                "X-Forwarded-For", checker).body().contains("\"replacementValid\":false"));

        // The register lists all of them and exports them.
        HttpResponse<byte[]> xlsx = a.getBytes("/certificates/register.xlsx?text="
                + URLEncoder.encode(newNumber, StandardCharsets.UTF_8));
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0], "an XLSX (a ZIP) came back");
        String note = null;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                if (newNumber.equals(row.getCell(0).getStringCellValue())) {
                    note = row.getCell(8).getStringCellValue();
                }
            }
        }
        String revokedOn = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Omsk"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertEquals("Отозван " + revokedOn + ": Выдан по ошибке", note, "the register says when and why");
        HttpResponse<byte[]> zip = a.getBytes("/certificates/cohort.zip?cohort=" + cohort);
        assertEquals(200, zip.statusCode());
        assertEquals(1, zipEntries(zip.body()), "the one valid certificate (two revoked, one replaced)");
    }

    @Test
    void theCohortsOwnRuleCountsAndTheServerRefusesAnIssueToSomeoneWhoNoLongerMeetsThem() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Передумова", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.passEverything(cohort, trainee.id(), 75);
        WebClient a = signedIn(TestPeople.create("Бдительная", "ADMINISTRATOR"));
        String page = "/certificates/cohort.xhtml?cohort=" + cohort;
        // The cohort's own pass mark: above the trainee's 75 % they are not eligible; out of range is refused.
        String strict = a.follow(a.postForm(page, a.get(page).body(), Map.of("rules-form", "rules-form",
                "rules-form:assignments", "", "rules-form:min-score", "80", "rules-form:save-rules", "x"))).body();
        assertTrue(strict.contains("75 % — ниже проходного 80 %") && strict.contains("Можно выдать сейчас: 0"), strict);
        String absurd = a.postForm(page, a.get(page).body(), Map.of("rules-form", "rules-form",
                "rules-form:assignments", "", "rules-form:min-score", "150", "rules-form:save-rules", "x")).body();
        assertTrue(absurd.contains("целое число от 0 до 100"), absurd);
        assertEquals("80", TestData.value("SELECT cert_min_score_percent FROM cohort WHERE id = ?", cohort));
        a.postForm(page, a.get(page).body(), Map.of("rules-form", "rules-form", "rules-form:assignments", "",
                "rules-form:min-score", "", "rules-form:save-rules", "x"));
        assertNull(TestData.value("SELECT cert_min_score_percent FROM cohort WHERE id = ?", cohort),
                "empty brings the programme's rule back");
        String stale = a.get(page).body();
        String alsoStale = a.get(page).body();
        String button = group(stale, "name=\"(trainees:[^\"]*:issue)\"");
        assertNotNull(button, stale);
        // The page was opened while the trainee was eligible; then an assignment is sent back.
        TestData.update("UPDATE submission SET state = 'RETURNED' WHERE person_id = ? LIMIT 1", trainee.id());
        String refused = a.postForm(page, stale, Map.of("trainees", "trainees", button, "Выдать")).body();
        assertTrue(refused.contains("пока не выполнил(а) правила"), refused);
        assertNull(TestData.value("SELECT id FROM certificate WHERE person_id = ?", trainee.id()));

        TestData.update("UPDATE submission SET state = 'ACCEPTED' WHERE person_id = ?", trainee.id());
        String issued = a.follow(a.postForm(page, a.get(page).body(), Map.of("trainees", "trainees", button, "Выдать"))).body();
        assertTrue(issued.contains("выдан"), issued);
        String twice = a.postForm(page, alsoStale, Map.of("trainees", "trainees", button, "Выдать")).body();
        assertTrue(twice.contains("уже получил(а) сертификат"), twice);
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM certificate WHERE person_id = ?", trainee.id()));
    }

    @Test
    void twoAdministratorsIssuingAtOnceLeaveNoGapAndNoDuplicate() throws Exception {
        long first = TestData.cohort("rc-leaders", null);
        long second = TestData.cohort("rc-leaders", null);
        for (long cohort : new long[] {first, second}) {
            for (int i = 0; i < 30; i++) {
                TestPeople.Account t = TestPeople.create("Одновременный" + i, "TRAINEE");
                TestData.enrolTrainee(cohort, t.id());
                TestData.passEverything(cohort, t.id(), 90);
            }
        }
        WebClient one = signedIn(TestPeople.create("Первая", "ADMINISTRATOR"));
        WebClient two = signedIn(TestPeople.create("Вторая", "ADMINISTRATOR"));
        String[] pages = {"/certificates/cohort.xhtml?cohort=" + first, "/certificates/cohort.xhtml?cohort=" + second,
                "/certificates/cohort.xhtml?cohort=" + first};
        WebClient[] who = {one, two, two};
        String[] loaded = {one.get(pages[0]).body(), two.get(pages[1]).body(), two.get(pages[2]).body()};
        // Administrator one issues to the first cohort; two, at the same moment, to the second and also to the first.
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                go.await();
                return who[n].postForm(pages[n], loaded[n], Map.of("bulk", "bulk", "bulk:issue-all", "x")).body();
            }));
        }
        go.countDown();
        for (Future<String> answer : answers) {
            String body = answer.get();
            assertTrue(body.contains("Выдача начата") || body.contains("уже идёт"), body);
        }
        pool.shutdown();
        waitFor(() -> count("SELECT COUNT(*) FROM certificate WHERE cohort_id IN (?, ?)", first, second) == 60
                && !anyRunning(one, pages[0]) && !anyRunning(two, pages[1]));
        assertEquals("60", TestData.value("SELECT COUNT(DISTINCT person_id) FROM certificate WHERE cohort_id IN (?, ?) "
                + "AND status = 'VALID'", first, second), "each trainee exactly one certificate");
        // Across the whole series and year (other tests' certificates included): numbers 1..last, each once.
        String year = TestData.value("SELECT year FROM certificate WHERE cohort_id = ? LIMIT 1", first);
        assertEquals(TestData.value("SELECT last_number FROM certificate_counter WHERE series = 'РЦ' AND year = ?", year),
                TestData.value("SELECT COUNT(DISTINCT sequence) FROM certificate WHERE series = 'РЦ' AND year = ?", year));
        assertEquals(TestData.value("SELECT COUNT(*) FROM certificate WHERE series = 'РЦ' AND year = ?", year),
                TestData.value("SELECT MAX(sequence) FROM certificate WHERE series = 'РЦ' AND year = ?", year),
                "no gap");
        assertEquals("1", TestData.value("SELECT MIN(sequence) FROM certificate WHERE series = 'РЦ' AND year = ?", year));
    }

    @Test
    void badNumbersAndFloodsGetTheRightAnswerAndChangeNothing() throws Exception {
        WebClient anyone = new WebClient(url);
        String before = TestData.value("SELECT COUNT(*) FROM certificate");
        HttpResponse<String> malformed = anyone.get("/api/certificates/%27%3B%20DROP%20TABLE%20certificate");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("malformed_number"));
        HttpResponse<String> unknown = anyone.get("/api/certificates/%D0%A0%D0%A6-1901-0001");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("not_found"));
        HttpResponse<String> page = anyone.get("/verify/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("Номер записан неверно") && !page.body().contains("<script>alert"));
        assertTrue(anyone.get("/verify/%D0%A0%D0%A6-1901-0001").body().contains("В реестре нет сертификата"));
        String typed = anyone.postForm("/verify.xhtml", anyone.get("/verify.xhtml").body(), Map.of("lookup", "lookup",
                "lookup:typed", "РЦ 2026 / 1", "lookup:find", "x")).body();
        assertTrue(typed.contains("Номер записан неверно"), typed);

        // One address asking a hundred times as fast as it can: refused with 429 after its allowance, never an error;
        // another address is not affected.
        String flooder = "203.0.113." + (int) (Math.random() * 250 + 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            statuses.add(pool.submit(() -> anyone.get("/api/certificates/%D0%A0%D0%A6-1901-0001",
                    "X-Forwarded-For", flooder).statusCode()));
        }
        int refused = 0;
        for (Future<Integer> status : statuses) {
            int code = status.get();
            assertTrue(code == 404 || code == 429, "answer " + code);
            refused += code == 429 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(refused >= 70, "most of a flood is refused: " + refused);
        HttpResponse<String> limited = anyone.get("/api/certificates/x", "X-Forwarded-For", flooder);
        assertEquals(429, limited.statusCode());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        assertEquals(404, anyone.get("/api/certificates/%D0%A0%D0%A6-1901-0001", "X-Forwarded-For", "198.51.100.7")
                .statusCode());
        assertEquals(before, TestData.value("SELECT COUNT(*) FROM certificate"));
    }

    private static boolean anyRunning(WebClient client, String page) {
        return client.get(page).body().contains("Идёт выдача сертификатов");
    }

    private static long count(String query, Object... parameters) throws Exception {
        return Long.parseLong(TestData.value(query, parameters));
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not done within a minute");
            }
            Thread.sleep(250);
        }
    }

    private static int zipEntries(byte[] zip) throws Exception {
        int n = 0;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                n++;
            }
        }
        return n;
    }


    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
