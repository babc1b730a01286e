package ru.ciss.lms.outcomes.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;

/**
 * The walk-through in a browser: a graduate reports a resource centre with a scan, on a phone-sized screen;
 * an administrator confirms it in the review queue and finds it on the dashboard, whose charts are drawn by
 * PrimeFaces from the app's own scripts. axe-core checks every page on the way.
 */
class OutcomesBrowserIT {

    URL url = SharedApplication.url();

    @Test
    void aGraduateReportsACentreAndTheAdministratorConfirmsIt() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account graduate = TestPeople.create("Центрова", "TRAINEE");
        TestData.enrolTrainee(cohort, graduate.id());
        TestData.graduate(cohort, graduate.id());
        TestPeople.Account admin = TestPeople.create("Подтверждающая", "ADMINISTRATOR");
        Path scan = Files.createTempFile("prikaz-", ".pdf");
        Files.write(scan, TestFiles.pdf("Приказ об открытии ресурсного центра"));

        try (Browser browser = new Browser(url)) {
            browser.signIn(graduate.email(), graduate.password());
            browser.open("/outcomes/my.xhtml");
            browser.assertAccessible();
            browser.assertFitsWidth(390);
            new Select(browser.find("outcome:kind")).selectByValue("RESOURCE_CENTRE");
            // A date field's typing order follows the browser's locale; the value itself is ISO whatever the locale.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                    browser.find("outcome:date"), LocalDate.now().minusDays(3).toString());
            browser.type("outcome:name", "Ресурсный центр «Крутинская Ёлка»");
            new Select(browser.find("outcome:district")).selectByVisibleText("Крутинский район");
            browser.type("outcome:host", "МБУ «Крутинский дом культуры»");
            new Select(browser.find("outcome:form")).selectByValue("MUNICIPAL_INSTITUTION");
            browser.find("outcome:file").sendKeys(scan.toString());
            browser.clickAndWait("outcome:save");
            assertTrue(browser.text().contains("Результат сохранён"), browser.text());
            assertTrue(browser.text().contains("Крутинская Ёлка") && browser.text().contains("на проверке"));
            browser.assertAccessible();
            browser.signOut();

            browser.signIn(admin.email(), admin.password());
            browser.open("/outcomes/review.xhtml");
            browser.assertAccessible();
            // Oldest first: other tests' reported outcomes may fill the first pages, so page on until it shows.
            By centre = By.xpath("//li[contains(., 'Крутинская Ёлка')]//input[contains(@id, ':confirm')]");
            for (int page = 0; browser.findAll(centre).isEmpty() && page < 100; page++) {
                assertTrue(browser.find("queue:next").isEnabled(), "the outcome is in the queue: " + browser.text());
                browser.clickAndWait("queue:next");
            }
            String id = browser.findAll(centre).getFirst().getAttribute("id");
            browser.clickAndWait(id);
            assertTrue(browser.text().contains("подтверждён"), browser.text());
            assertEquals("CONFIRMED", TestData.value("SELECT state FROM outcome WHERE person_id = ?", graduate.id()));

            browser.open("/outcomes/dashboard.xhtml");
            new Select(browser.find("filter:cohort")).selectByValue(String.valueOf(cohort));
            browser.clickAndWait("filter:apply");
            assertEquals("1", browser.find("centres").getText());
            assertTrue(browser.find("district-table").getText().contains("Крутинский район"));
            // Both charts are drawn on their canvases by the bundled Chart.js: no external script, nothing blank.
            assertEquals(2, browser.findAll(By.cssSelector("#district-chart canvas, #confirmation-chart canvas")).size());
            browser.assertAccessible();
            browser.open("/outcomes/graduate.xhtml?person=" + graduate.id());
            assertTrue(browser.text().contains("подтверждено"), browser.text());
            browser.assertAccessible();
        } finally {
            Files.deleteIfExists(scan);
        }
    }

    /**
     * The outcome form keeps what was typed in this browser: a refused save reloaded (F5 after page.js turned the
     * refused post into a plain address) shows the typed fields again, said on the page; a successful save forgets
     * them, and «Удалить введённое ранее» brings back the form as the page showed it.
     */
    @Test
    void aReloadAfterARefusedSaveKeepsTheTypedOutcome() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account graduate = TestPeople.create("Перезагрузова", "TRAINEE");
        TestData.enrolTrainee(cohort, graduate.id());
        TestData.graduate(cohort, graduate.id());

        try (Browser browser = new Browser(url)) {
            browser.signIn(graduate.email(), graduate.password());
            browser.open("/outcomes/my.xhtml");
            new Select(browser.find("outcome:kind")).selectByValue("RESOURCE_CENTRE");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                    browser.find("outcome:date"), LocalDate.now().minusDays(2).toString());
            browser.type("outcome:name", "Ресурсный центр «Тевризская Ёлочка»");
            new Select(browser.find("outcome:district")).selectByVisibleText("Тевризский район");
            browser.type("outcome:host", "МБУ «Тевризский дом культуры»");
            new Select(browser.find("outcome:form")).selectByValue("MUNICIPAL_INSTITUTION");
            browser.type("outcome:link", "https://tevriz.example.org/prikaz");
            browser.type("outcome:amount", "150 000");
            browser.clickAndWait("outcome:save");
            assertTrue(browser.text().contains("Сумма указывается для результата"), browser.text());
            assertEquals("150 000", browser.find("outcome:amount").getAttribute("value"));

            browser.driver().navigate().refresh();
            browser.find("outcome:name");
            assertEquals("Ресурсный центр «Тевризская Ёлочка»", browser.find("outcome:name").getAttribute("value"));
            assertEquals("RESOURCE_CENTRE", browser.find("outcome:kind").getAttribute("value"));
            assertEquals("150 000", browser.find("outcome:amount").getAttribute("value"));
            assertEquals("https://tevriz.example.org/prikaz", browser.find("outcome:link").getAttribute("value"));
            assertTrue(browser.text().contains("Вернули то, что вы ввели в эту форму"), browser.text());
            browser.assertAccessible();

            browser.type("outcome:amount", "");
            browser.clickAndWait("outcome:save");
            assertTrue(browser.text().contains("Результат сохранён"), browser.text());
            browser.driver().navigate().refresh();
            browser.find("outcome:name");
            assertEquals("", browser.find("outcome:name").getAttribute("value"));
            assertTrue(!browser.text().contains("Вернули то, что вы ввели"), browser.text());

            browser.type("outcome:name", "Начатое и брошенное");
            browser.open("/outcomes/my.xhtml");
            assertEquals("Начатое и брошенное", browser.find("outcome:name").getAttribute("value"));
            browser.findAll(By.xpath("//button[contains(., 'Удалить введённое ранее')]")).getFirst().click();
            assertEquals("", browser.find("outcome:name").getAttribute("value"));
            browser.open("/outcomes/my.xhtml");
            assertEquals("", browser.find("outcome:name").getAttribute("value"));
        }
    }
}
