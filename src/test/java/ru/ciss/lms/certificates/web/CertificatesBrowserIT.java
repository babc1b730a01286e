package ru.ciss.lms.certificates.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * The walk-through in a browser: an administrator sees who may receive a certificate and why not, issues to
 * all eligible trainees with one click and watches the progress end with consecutive numbers; opens a certificate and
 * the register; a trainee finds the certificate on their home page and opens its public page, also on a phone-sized
 * screen. axe-core checks every page on the way.
 */
class CertificatesBrowserIT {

    URL url = SharedApplication.url();

    @Test
    void aCohortIsIssuedInOneClickAndATraineeVerifiesTheirCertificate() throws Exception {
        java.time.LocalDate today = ru.ciss.lms.testing.SchoolToday.forAWhile();
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account first = null;
        for (String surname : new String[] {"Сертификатова", "Дипломов", "Ёжикова", "Грамотеев"}) {
            TestPeople.Account t = TestPeople.create(surname, "TRAINEE");
            TestData.enrolTrainee(cohort, t.id());
            TestData.passEverything(cohort, t.id(), 85);
            first = first == null ? t : first;
        }
        TestPeople.Account late = TestPeople.create("Опоздалов", "TRAINEE");
        TestData.enrolTrainee(cohort, late.id());
        TestPeople.Account admin = TestPeople.create("Вручающая", "ADMINISTRATOR");

        try (Browser browser = new Browser(url)) {
            browser.signIn(admin.email(), admin.password());
            browser.open("/course/cohort.xhtml?id=" + cohort);
            browser.clickAndWait("to-certificates");
            browser.assertAccessible();
            assertTrue(browser.text().contains("план не сдан"), browser.text());
            // Today in the school's calendar (Omsk), as the issuer dates it.
            assertEquals(today.toString(),
                    browser.find("bulk:issue-date").getAttribute("value"), "the issue date is today unless chosen");
            browser.confirmAndWait("bulk:issue-all", "issue-all-confirm");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d ->
                    d.findElement(By.tagName("body")).getText().contains("Выдано сертификатов: 4"));
            String done = browser.text();
            Matcher range = Pattern.compile("номера с (\\S+)-(\\d+) по (\\S+)-(\\d+)\\.").matcher(done);
            assertTrue(range.find(), done);
            assertEquals(Integer.parseInt(range.group(2)) + 3, Integer.parseInt(range.group(4)), "consecutive numbers");
            assertTrue(browser.find("bulk:summary").getText().contains("Можно выдать сейчас: 0. Уже выдано: 4."),
                    () -> "the summary follows the issue: " + browser.find("bulk:summary").getText());
            browser.assertAccessible();

            browser.find("trainees").findElements(By.cssSelector("a[href*='certificate.xhtml']")).getFirst().click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.path().contains("certificate.xhtml"));
            browser.waitFor(By.id("facts"));
            assertTrue(browser.text().contains("Действителен"), browser.text());
            browser.assertAccessible();
            browser.open("/certificates/register.xhtml");
            browser.assertAccessible();
            // The filter goes into the address; opened again from it (a reload, a bookmark) it shows the same rows.
            String number = range.group(1) + "-" + range.group(2);
            browser.type("filter:text", number);
            browser.find("filter:apply").click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.path().contains("text="));
            String filtered = browser.path();
            browser.open(filtered);
            assertEquals(number, browser.find("filter:text").getDomProperty("value"), filtered);
            assertTrue(browser.find("results").getText().contains(number)
                    && browser.find("results").getText().contains("1–1 / 1"), () -> browser.find("results").getText());
            browser.signOut();

            browser.signIn(first.email(), first.password());
            browser.open("/home/trainee.xhtml");
            assertTrue(browser.text().contains("Мои сертификаты"), browser.text());
            browser.assertAccessible();
            String verify = browser.find("my-certificates").findElement(By.cssSelector("a[href*='/verify/']"))
                    .getAttribute("href");
            browser.signOut();
            browser.driver().get(verify);
            browser.waitFor(By.id("facts"));
            assertTrue(browser.text().contains("Сертификат действителен"), browser.text());
            browser.assertAccessible();
            browser.assertFitsWidth(390);
        }
    }
}
