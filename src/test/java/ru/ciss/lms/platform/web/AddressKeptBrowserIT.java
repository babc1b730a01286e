package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * Issue #18: a page keeps its address after an action and after a validation error (a reload shows the same page),
 * and a person sent to sign in or to give consent comes back where they were going.
 */
class AddressKeptBrowserIT {

    URL url = SharedApplication.url();

    @Test
    void theSessionsPageKeepsItsCohortAfterARefusalAndAfterASave() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account admin = TestPeople.create("Адресова", "ADMINISTRATOR");
        try (Browser browser = new Browser(url)) {
            browser.signIn(admin.email(), admin.password());
            browser.open("/attendance/sessions.xhtml?cohort=" + cohort);
            String heading = browser.driver().findElement(By.tagName("h1")).getText();
            browser.type("session:title", "Сессия " + UUID.randomUUID().toString().substring(0, 6));
            browser.type("session:link", "javascript:alert(1)");
            browser.clickAndWait("session:create");
            assertTrue(browser.path().contains("cohort=" + cohort), browser::path);
            assertEquals("javascript:alert(1)", browser.find("session:link").getAttribute("value"), "what was typed stays");
            browser.assertAccessible();

            browser.type("session:link", "https://meet.example.org/x");
            browser.clickAndWait("session:create");
            assertTrue(browser.text().contains("добавлена"), browser::text);
            assertTrue(browser.path().contains("cohort=" + cohort), browser::path);
            browser.driver().navigate().refresh();
            assertTrue(browser.path().contains("cohort=" + cohort), browser::path);
            assertEquals(heading, browser.driver().findElement(By.tagName("h1")).getText());
            assertFalse(browser.text().contains("Страница не найдена"), browser::text);
            browser.assertAccessible();
        }
    }

    @Test
    void aQrLinkOpenedSignedOutLeadsToTheCheckInPageAfterSigningIn() throws Exception {
        TestPeople.Account trainee = TestPeople.create("Возвратова", "TRAINEE");
        try (Browser browser = new Browser(url)) {
            browser.open("/attendance/checkin.xhtml?t=code-from-the-screen");
            assertTrue(browser.path().startsWith("/login.xhtml?next="), browser::path);
            browser.assertAccessible();
            browser.type("signin:email", trainee.email());
            browser.type("signin:password", trainee.password());
            browser.clickAndWait("signin:submit");
            assertTrue(browser.path().startsWith("/attendance/checkin.xhtml?t=code-from-the-screen"), browser::path);
            assertFalse(browser.text().contains("Страница не найдена"), browser::text);
        }
    }

    @Test
    void aForeignNextIsIgnoredAtSignIn() throws Exception {
        TestPeople.Account trainee = TestPeople.create("Незаходова", "TRAINEE");
        try (Browser browser = new Browser(url)) {
            browser.open("/login.xhtml?next=//evil.example.org/x");
            browser.type("signin:email", trainee.email());
            browser.type("signin:password", trainee.password());
            browser.clickAndWait("signin:submit");
            assertTrue(browser.path().startsWith("/home/"), browser::path);
        }
    }

    @Test
    void givingTheConsentReturnsToTheLesson() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Согласова", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.update("UPDATE consent SET withdrawn_at = NOW(3) WHERE person_id = ?", trainee.id());
        String lesson = TestData.value("SELECT l.id FROM lesson l JOIN programme p ON l.programme_id = p.id "
                + "WHERE p.code = 'rc-leaders' ORDER BY l.id LIMIT 1");
        try (Browser browser = new Browser(url)) {
            browser.signIn(trainee.email(), trainee.password());
            browser.open("/study/lesson.xhtml?id=" + lesson);
            assertTrue(browser.path().startsWith("/account/consents.xhtml"), browser::path);
            browser.assertAccessible();
            browser.clickAndWait(browser.driver().findElement(By.cssSelector("input[id$=':give']")).getAttribute("id"));
            assertEquals("/study/lesson.xhtml?id=" + lesson, browser.path());
            browser.driver().navigate().refresh();
            assertEquals("/study/lesson.xhtml?id=" + lesson, browser.path());
            assertFalse(browser.text().contains("Страница не найдена"), browser::text);
            browser.assertAccessible();
        }
    }
}
