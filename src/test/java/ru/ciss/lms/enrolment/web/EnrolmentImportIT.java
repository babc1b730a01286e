package ru.ciss.lms.enrolment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #20, points 3 and 4, over HTTP: a file with bad rows enrols its good ones and gives the rest back; a typo's
 * suggestion accepted; the same file imported again sends nobody a second link; the links downloaded and mailed.
 */
class EnrolmentImportIT {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Pattern TOKEN = Pattern.compile("activate\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    URL url = SharedApplication.url();

    @Test
    void goodRowsGoInTheRejectedComeBackInTheFilesEncodingAndASuggestionIsAccepted() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        String u = unique();
        String csv = "Фамилия;Имя;Отчество;E-mail;Район;Тип организации\r\n"
                + "Ёлкина;Алёна;Петровна;a-" + u + "@example.org;Тарский район;НКО\r\n"
                + "Берёзов;Пётр;;b-" + u + "@example.org;Черлакскийй;НКО\r\n"
                + "Иванов;Иван;;c-" + u + "@example;Тарский;НКО\r\n"
                + "Смирнова;Ольга;;d-" + u + "@example.org;Марс;НКО\r\n"
                + "Ёлкина;Алёна;Петровна;a-" + u + "@example.org;Тарский район;НКО\r\n";
        WebClient admin = WebClient.signedIn(url, TestPeople.create("Куратор", "ADMINISTRATOR"));
        String path = "/course/enrol.xhtml?cohort=" + cohort;
        String page = upload(admin, path, csv.getBytes(CP1251));
        assertTrue(page.contains("«Черлакскийй» → «Черлакский»?"), page);
        assertEquals("4", count(page, "problem-count"));

        String rejected = new String(download(admin, path, page, "rejected", "rejected:download-rejected"), CP1251);
        List<String> lines = List.of(rejected.split("\r\n"));
        assertEquals("Фамилия;Имя;Отчество;E-mail;Район;Тип организации;Проблемы", lines.get(0));
        assertEquals(5, lines.size(), rejected);
        assertTrue(lines.get(1).startsWith("Берёзов;Пётр;;b-" + u + "@example.org;Черлакскийй;НКО;")
                && lines.get(1).contains("Район «Черлакскийй» не найден"), lines.get(1));
        assertTrue(lines.get(2).contains("не похоже на адрес электронной почты"), lines.get(2));
        // the line it names is not in this file: it says which file it counts in
        assertTrue(lines.get(4).endsWith("уже указан в строке 2 исходного файла"), lines.get(4));

        page = admin.postForm(path, page, Map.of("suggest", "suggest", "suggest:list:0:accept", "Принять")).body();
        assertEquals("3", count(page, "problem-count"), page);
        rejected = new String(download(admin, path, page, "rejected", "rejected:download-rejected"), CP1251);
        assertEquals(4, rejected.split("\r\n").length, rejected);

        page = admin.postForm(path, page, Map.of("commit", "commit", "commit:enrol", "Зачислить")).body();
        assertTrue(page.contains("Зачислено: 2."), page);
        assertEquals("2", TestData.value("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ?", cohort));
        assertEquals("31", TestData.value("SELECT district_id FROM person WHERE email = ?", "b-" + u + "@example.org"),
                "the accepted correction");
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM person WHERE email IN (?, ?)",
                "c-" + u + "@example", "d-" + u + "@example.org"), "rejected rows change nothing");

        // The import's links as XLSX, for a mail merge: each one opens the person's own open link.
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download(admin, path, page, "import-links", "import-links:xlsx")))) {
            List<String> names = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(0).getStringCellValue());
                    assertEquals(row.getCell(1).getStringCellValue(), ownerOf(token(row.getCell(4).getStringCellValue())));
                }
            }
            assertEquals(List.of("Берёзов Пётр", "Ёлкина Алёна Петровна").stream().sorted().toList(),
                    names.stream().sorted().toList());
        }
    }

    /**
     * The rejected rows of an import uploaded again as they are: a line refused because its address was the line
     * above's must not rename the person that line created. The counts add up to the rows.
     */
    @Test
    void aLineWithSomeoneElsesAddressIsRefusedAndRenamesNobody() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        String u = unique();
        String email = "p-" + u + "@example.org";
        String csv = "Фамилия;Имя;Отчество;E-mail;Район\r\n"
                + "Петрова;Анна;Сергеевна;" + email + ";Тарский район\r\n"
                + "Орлова;Елена;Павловна;" + email + ";г. Омск\r\n"
                + "Сидоров;Илья;;s-" + u + "@example\r\n";
        WebClient admin = WebClient.signedIn(url, TestPeople.create("Куратор", "ADMINISTRATOR"));
        String path = "/course/enrol.xhtml?cohort=" + cohort;
        String page = upload(admin, path, csv.getBytes(CP1251));
        assertEquals("2", count(page, "problem-count"), page);
        assertEquals("1", count(page, "count-new"), "only the good row makes a new person: " + page);
        page = admin.postForm(path, page, Map.of("commit", "commit", "commit:enrol", "Зачислить")).body();
        assertTrue(page.contains("Зачислено: 1."), page);

        String again = "Фамилия;Имя;Отчество;E-mail;Район\r\n"
                + "Орлова;Елена;Павловна;" + email + ";г. Омск\r\n"
                + "Кузнецов;Иван;;k-" + u + "@example.org;г. Омск\r\n";
        page = upload(admin, path, again.getBytes(CP1251));
        assertEquals("1", count(page, "problem-count"), page);
        assertTrue(page.contains("уже есть у человека «Петрова Анна Сергеевна», а имя в файле другое"), page);
        assertEquals("1", count(page, "count-new"), page);
        admin.postForm(path, page, Map.of("commit", "commit", "commit:enrol", "Зачислить"));
        assertEquals("Петрова Анна Сергеевна|27", TestData.value("SELECT CONCAT(CONCAT_WS(' ', surname, given_name, "
                + "patronymic), '|', district_id) FROM person WHERE email = ?", email), "nobody renamed or moved");
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM person WHERE email = ?", email));

        // Her own name as people type it (capitals, no patronymic, е for ё) is hers: the line updates her.
        page = upload(admin, path, ("Фамилия;Имя;E-mail;Район\r\nПЕТРОВА;анна;" + email + ";г. Омск\r\n").getBytes(CP1251));
        assertEquals("0", count(page, "problem-count"), page);
        admin.postForm(path, page, Map.of("commit", "commit", "commit:enrol", "Зачислить"));
        assertEquals("Петрова Анна Сергеевна", TestData.value("SELECT CONCAT_WS(' ', surname, given_name, patronymic) "
                + "FROM person WHERE email = ?", email), "the name kept as it was");
    }

    @Test
    void importingTheSameFileAgainGivesNoNewLinkOrEmailUnlessAsked() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account active = TestPeople.create("Активная", "TRAINEE");
        String u = unique();
        String csv = "Фамилия,Имя,E-mail,Район\n"
                + "Новикова,Анна,n1-" + u + "@example.org,Тарский\n"
                + "Новиков,Олег,n2-" + u + "@example.org,г. Омск\n"
                + "Активная,Пётр," + active.email() + ",Тарский\n";
        WebClient admin = WebClient.signedIn(url, TestPeople.create("Куратор", "ADMINISTRATOR"));
        String path = "/course/enrol.xhtml?cohort=" + cohort;
        String page = upload(admin, path, csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("2", count(page, "count-links"));
        assertEquals("1", count(page, "count-active"));
        admin.postForm(path, page, Map.of("commit", "commit", "commit:enrol", "Зачислить"));
        String people = "(SELECT id FROM person WHERE email LIKE '%-" + u + "@example.org' OR id = " + active.id() + ")";
        assertEquals("2", TestData.value("SELECT COUNT(*) FROM activation_link WHERE person_id IN " + people));
        assertEquals("2", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'ACTIVATION_LINK' "
                + "AND person_id IN " + people));

        page = upload(admin, path, csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("0", count(page, "count-links"), page);
        assertEquals("2", count(page, "count-keep"));
        assertEquals("3", count(page, "count-updated"));
        page = admin.postForm(path, page, Map.of("commit", "commit", "commit:enrol", "Зачислить")).body();
        assertTrue(page.contains("Зачислено: 0."), page);
        assertEquals("2", TestData.value("SELECT COUNT(*) FROM activation_link WHERE person_id IN " + people),
                "no new link");
        assertEquals("2", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'ACTIVATION_LINK' "
                + "AND person_id IN " + people), "no new e-mail");

        // Asked for (the box ticked): new links replace the old ones; the active account still gets none.
        page = upload(admin, path, csv.getBytes(StandardCharsets.UTF_8));
        admin.postForm(path, page, Map.of("commit", "commit", "commit:reissue", "on", "commit:enrol", "Зачислить"));
        assertEquals("4|2", TestData.value("SELECT CONCAT(COUNT(*), '|', SUM(closed_at IS NULL)) FROM activation_link "
                + "WHERE person_id IN " + people));
        assertEquals("4", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'ACTIVATION_LINK' "
                + "AND person_id IN " + people));
    }

    @Test
    void newLinksForEveryoneNotActivatedGoThroughTheOutboxOnceAndCanBeDownloaded() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account active = TestPeople.create("Активный", "TRAINEE");
        TestData.enrolTrainee(cohort, active.id());
        String u = unique();
        String csv = "Фамилия;Имя;E-mail;Район\r\nПочтова;Анна;m1-" + u + "@example.org;Тарский\r\n"
                + "Почтов;Олег;m2-" + u + "@example.org;Тарский\r\n";
        WebClient admin = WebClient.signedIn(url, TestPeople.create("Куратор", "ADMINISTRATOR"));
        String path = "/course/enrol.xhtml?cohort=" + cohort;
        admin.postForm(path, upload(admin, path, csv.getBytes(StandardCharsets.UTF_8)),
                Map.of("commit", "commit", "commit:enrol", "Зачислить"));
        String people = "(SELECT id FROM person WHERE email LIKE 'm_-" + u + "@example.org')";

        String page = admin.get(path).body();
        assertEquals("1", count(page, "activated-count"), page);
        String started = admin.postForm(path, page, Map.of("mailing", "mailing", "mailing:mail-all", "x")).body();
        assertTrue(started.contains("Рассылка началась"), started);
        // A double click: the second post finds the button disabled (or the job running) and starts nothing.
        String again = admin.postForm(path, page, Map.of("mailing", "mailing", "mailing:mail-all", "x")).body();
        assertTrue(!again.contains("Рассылка началась"), again);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!"4".equals(TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'ACTIVATION_LINK' "
                + "AND person_id IN " + people))) {
            assertTrue(Instant.now().isBefore(deadline), "the mailing did not queue its e-mails");
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L); // a poll's pause, not a fixed wait
        }
        String reopened = admin.get(path).body();
        for (Instant until = Instant.now().plusSeconds(30); !reopened.contains("Рассылка завершена");
                reopened = admin.get(path).body()) {
            assertTrue(Instant.now().isBefore(until), reopened);
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
        }
        assertTrue(reopened.contains("писем поставлено в очередь отправки — 2"), reopened);
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE person_id = ?", active.id()),
                "the activated trainee gets nothing");

        // The page that started it downloads the new links; each is the person's open link, and its e-mail holds it.
        String download = new String(download(admin, path, started, "mailing", "mailing:cohort-csv"),
                StandardCharsets.UTF_8);
        Matcher links = TOKEN.matcher(download);
        int found = 0;
        while (links.find()) {
            found++;
            String owner = ownerOf(links.group(1));
            assertTrue(owner.startsWith("m"), owner);
            assertEquals("1", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE body LIKE ?",
                    "%" + links.group(1) + "%"));
        }
        assertEquals(2, found, download);
        assertTrue(download.contains("учётная запись активирована"), download);
        assertEquals("4", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'ACTIVATION_LINK' "
                + "AND person_id IN " + people), "one mailing only");
        String later = admin.postForm(path, started, Map.of("mailing", "mailing", "mailing:mail-all", "x")).body();
        assertTrue(later.contains("Рассылка с этой страницы уже запущена"), later);
    }

    /** Checks the file on the page; answers the preview page. */
    private static String upload(WebClient client, String path, byte[] file) {
        String page = client.get(path).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("upload:check", "Проверить файл");
        HttpResponse<String> preview = client.postMultipart(path, page, fields,
                new WebClient.FilePart("upload:file", "spisok.csv", file));
        assertEquals(200, preview.statusCode(), preview::body);
        return preview.body();
    }

    private static byte[] download(WebClient client, String path, String page, String form, String button) {
        HttpResponse<byte[]> file = client.postFormBytes(path, page, Map.of(form, form, button, "x"));
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                () -> new String(file.body(), StandardCharsets.UTF_8));
        return file.body();
    }

    /** The e-mail of the person whose open, unexpired link this token is. */
    private static String ownerOf(String token) throws Exception {
        return TestData.value("SELECT p.email FROM activation_link a JOIN person p ON p.id = a.person_id "
                + "WHERE a.token_hash = ? AND a.closed_at IS NULL AND a.expires_at > NOW()", SecretTokens.hash(token));
    }

    private static String token(String link) {
        Matcher m = TOKEN.matcher(link);
        assertTrue(m.find(), link);
        return m.group(1);
    }

    private static String count(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([0-9]+)<").matcher(page);
        assertTrue(m.find(), () -> id + " not on the page: " + page);
        return m.group(1);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
