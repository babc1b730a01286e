package ru.ciss.lms.enrolment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * The issue's walk-through: an administrator uploads a 200-row list in Windows-1251 with three bad rows, sees exactly
 * those three, fixes the file and enrols it whole; a new trainee opens their activation link, sets a password, gives
 * the consent and studies. Bad files (empty, binary) change nothing.
 */
class EnrolmentBrowserIT {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static final String[] DISTRICTS = {"Крутинский район", "Тарский", "Большереченский район", "Исилькульский район",
            "Калачинский р-н", "Муромцевский район", "Называевский район", "Нижнеомский район", "Одесский район",
            "Оконешниковский район", "Седельниковский район", "Знаменский район"};

    private static final String[] SURNAMES = {"Фёдорова", "Алексеев", "Ёлкина", "Журавлёв", "Кузнецова", "Лебедев"};
    private static final String[] GIVEN = {"Алёна", "Пётр", "Наталья", "Семён", "Ольга", "Артём"};

    URL url = SharedApplication.url();

    @TempDir
    Path folder;

    @Test
    void anAdministratorSeesExactlyTheBadRowsThenEnrolsTheFixedFileWholeAndANewcomerActivates() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long cohort = newCohort();
        TestPeople.Account admin = TestPeople.create("Зачисляющая", "ADMINISTRATOR");
        TestPeople.Account known = TestPeople.create("Известная", "MENTOR");

        List<String> rows = rows(run, known.email());
        // rows.get(n) is file line n + 1 (the header is line 1), and holds email(run, n - 1).
        rows.set(18, rows.get(18).replace("@" + run, "@@" + run));                   // line 19: bad e-mail
        rows.set(77, withDistrict(rows.get(77), "Черлакскийй"));                     // line 78: a typo in a district
        rows.set(150, rows.get(150).replace(email(run, 149), email(run, 4)));         // line 151: duplicate of line 6
        Path bad = write("список-с-ошибками.csv", rows);

        try (Browser browser = new Browser(url)) {
            browser.signIn(admin.email(), admin.password());
            browser.open("/course/cohort.xhtml?id=" + cohort);
            browser.driver().findElement(By.id("to-enrol")).click();
            browser.waitFor(By.id("upload:file"));
            browser.assertAccessible();

            upload(browser, folder.resolve("пусто.csv"), new byte[0]);
            assertTrue(browser.text().contains("Файл «пусто.csv» пустой"), browser.text());
            byte[] binary = new byte[4096];
            new Random(7).nextBytes(binary);
            binary[10] = 0;
            upload(browser, folder.resolve("photo.csv"), binary);
            assertTrue(browser.find("file-problems").getText().contains("не"), browser.find("file-problems").getText());
            assertEquals(0, members(cohort), "a bad file enrols no one");

            browser.find("upload:file").sendKeys(bad.toString());
            browser.clickAndWait("upload:check");
            assertTrue(browser.find("summary").getText().contains("windows-1251"), browser.find("summary").getText());
            assertEquals("3", browser.find("problem-count").getText());
            List<String> lines = browser.findAll(By.cssSelector("#problems .line")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("19", "78", "151"), lines, "exactly the three bad rows, by their line in the file");
            String problems = browser.find("problems").getText();
            assertTrue(problems.contains("Черлакскийй"), problems);
            assertTrue(browser.text().contains("«Черлакскийй» → «Черлакский»?"), "the typo's suggestion is offered");
            assertTrue(problems.contains("уже указан в строке 6"), "the duplicate names its first line: " + problems);
            // The good rows could go in now and the three come back as a file (issue #20); here the file is fixed instead.
            assertTrue(browser.find("commit:enrol").getText().contains("без ошибок (197)"),
                    browser.find("commit:enrol").getText());
            assertTrue(browser.find("rejected:download-rejected").isDisplayed());
            browser.assertAccessible();
            assertEquals(0, members(cohort), "the preview saves nothing");

            Path fixed = write("список.csv", rows(run, known.email()));
            browser.find("upload:file").sendKeys(fixed.toString());
            browser.clickAndWait("upload:check");
            assertEquals("0", browser.find("problem-count").getText(), browser.text());
            browser.assertAccessible();
            browser.clickAndWaitForUpdate("commit:enrol", "outcome");
            browser.waitFor(By.id("result"));
            assertTrue(browser.find("result-counts").getText().contains("Зачислено в поток: 200"), browser.find("result-counts").getText());
            assertEquals(200, members(cohort));
            assertEquals(1, count("SELECT COUNT(*) FROM person WHERE email = ?", known.email()), "the known e-mail is not duplicated");
            assertEquals("+7 (913) 000-00-01", string("SELECT phone FROM person WHERE email = ?", known.email()),
                    "the known person's details are updated from the file");
            assertEquals("Фёдорова", string("SELECT surname FROM person WHERE email = ?", email(run, 0)), "ё is kept");
            assertTrue(browser.find("result-links").getText().contains("Выдано ссылок: 199"),
                    "a link for each new person; the known person already has a password: "
                    + browser.find("result-links").getText());
            List<WebElement> links = browser.findAll(By.cssSelector("input.activation-link"));
            assertEquals(50, links.size(), "the first 50 on the page, all of them in the download");
            assertTrue(browser.find("import-links:xlsx").isDisplayed());
            browser.assertAccessible();
            String link = links.get(0).getAttribute("value");

            browser.open("/course/cohort.xhtml?id=" + cohort);
            assertTrue(browser.find("without-consent").getText().endsWith(": 199"), // all but the known person, who had consented
                    browser.find("without-consent").getText());
            // The import is recorded with the memberships it created (so it can be undone); the 200 are paged.
            assertEquals(200, count("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ? AND import_id IS NOT NULL", cohort));
            assertEquals("Страница 1 из 4", browser.find("page-of").getText());
            assertTrue(browser.find("imports").getText().contains("список.csv"), browser.find("imports").getText());
            browser.assertAccessible();
            browser.assertFitsWidth(360);
            browser.signOut();

            // The link's address is LMS_PUBLIC_URL's (http://localhost:<port> here); the browser keeps to the test's.
            browser.open(link.substring(link.indexOf("/activate.xhtml")));
            browser.waitFor(By.id("activation:password"));
            assertTrue(browser.find("who").getText().startsWith("Фёдорова Алёна"), browser.find("who").getText());
            browser.assertAccessible();
            browser.assertFitsWidth(360);
            browser.type("activation:password", "Весенний-поток-2026");
            browser.type("activation:repeat", "Весенний-поток-2026");
            browser.find("activation:personalData").click();
            browser.clickAndWait("activation:submit");
            assertEquals("/login.xhtml", browser.path());
            assertTrue(browser.text().contains("пароль сохранён"), browser.text());
            browser.signIn(email(run, 0), "Весенний-поток-2026");
            assertEquals("/home/trainee.xhtml", browser.path());
            assertTrue(browser.text().contains("Школа социальных инноваций"), "the cohort's programme is there to study");
            browser.open("/account/consents.xhtml");
            assertTrue(browser.text().contains("редакция 2026-11"), browser.text());
            browser.assertAccessible();
        }
    }

    private static void upload(Browser browser, Path file, byte[] content) throws Exception {
        Files.write(file, content);
        browser.find("upload:file").sendKeys(file.toString());
        browser.clickAndWait("upload:check");
    }

    /** A header and 200 rows as Russian Excel saves them; row 100 is someone already in the system. */
    private static List<String> rows(String run, String knownEmail) {
        List<String> lines = new ArrayList<>();
        lines.add("Фамилия;Имя;Отчество;E-mail;Телефон;Район;Организация;Тип организации;Должность");
        for (int i = 0; i < 200; i++) {
            String mail = i == 100 ? knownEmail : email(run, i);
            String phone = i == 100 ? "+7 (913) 000-00-01" : "";
            // The known person under their own name (a line naming someone else at their address is refused).
            String name = i == 100 ? "Известная;Пётр;Тестович" : SURNAMES[i % SURNAMES.length] + ";" + GIVEN[i % GIVEN.length]
                    + ";Ивановна";
            lines.add(name + ";" + mail + ";" + phone
                    + ";" + DISTRICTS[i % DISTRICTS.length]
                    + ";\"АНО \"\"Ресурсный центр; " + (i % 7) + "\"\"\";НКО;специалист");
        }
        return lines;
    }

    private static String withDistrict(String row, String district) {
        String[] cells = row.split(";", 7);
        cells[5] = district;
        return String.join(";", cells);
    }

    private static String email(String run, int i) {
        return "list-" + i + "@" + run + ".example.org";
    }

    private Path write(String name, List<String> lines) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, String.join("\r\n", lines).concat("\r\n").getBytes(WINDOWS_1251));
        return file;
    }

    private static long newCohort() throws SQLException {
        return TestData.cohort("social-innovations", null);
    }

    private static int members(long cohort) throws SQLException {
        return count("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ?", cohort);
    }

    private static int count(String query, Object parameter) throws SQLException {
        return Integer.parseInt(string(query, parameter));
    }

    private static String string(String query, Object parameter) throws SQLException {
        return TestData.value(query, parameter);
    }
}
