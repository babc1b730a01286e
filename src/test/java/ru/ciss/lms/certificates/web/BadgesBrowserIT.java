package ru.ciss.lms.certificates.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * The Open Badges pages as people use them: the graduate finds the badge on the home page, a stranger on a phone
 * drops the PNG on /verify and reads that it is the school's and valid; the administrator's keys page. axe-core
 * checks each.
 */
class BadgesBrowserIT {

    @Test
    void theGraduateFindsTheBadgeAndAStrangerChecksItOnAPhone() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account graduate = TestPeople.create("Значкова", "TRAINEE");
        TestData.enrolTrainee(cohort, graduate.id());
        TestData.graduate(cohort, graduate.id());
        String id = TestData.value("SELECT id FROM certificate WHERE person_id = ?", graduate.id());
        TestPeople.Account admin = TestPeople.create("Ключникова", "ADMINISTRATOR");

        WebClient holder = new WebClient(SharedApplication.url());
        holder.signIn(graduate.email(), graduate.password());
        HttpResponse<byte[]> png = holder.getBytes("/files/badge?id=" + id);
        assertEquals(200, png.statusCode());
        Path file = Files.createTempFile("badge", ".png");
        try (Browser browser = new Browser(SharedApplication.url())) {
            Files.write(file, png.body());
            browser.signIn(graduate.email(), graduate.password());
            browser.open("/home/trainee.xhtml");
            assertTrue(browser.findAll(By.cssSelector("#my-certificates a.badge-png")).size() == 1, browser::text);
            assertTrue(browser.text().contains("Бейдж Open Badges (PNG)"), browser::text);
            browser.assertAccessible();
        }
        try (Browser browser = new Browser(SharedApplication.url())) {
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.open("/verify.xhtml");
            browser.find("upload:file").sendKeys(file.toString());
            browser.clickAndWait("upload:check");
            String said = browser.find("upload:file-verdict").getText();
            assertTrue(said.contains("Бейдж подписан школой") && said.contains("Сертификат действителен"), said);
            browser.assertAccessible();
            browser.assertFitsWidth(360);
        } finally {
            Files.deleteIfExists(file);
        }
        try (Browser browser = new Browser(SharedApplication.url())) {
            browser.signIn(admin.email(), admin.password());
            browser.open("/home/admin.xhtml");
            browser.clickAndWait("to-badge-keys");
            assertTrue(browser.path().startsWith("/admin/badge-keys"), browser::path);
            assertTrue(browser.text().contains("Подписывает новые бейджи"), browser::text);
            browser.assertAccessible();
        }
    }
}
