package ru.ciss.lms.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestPeople;

/** Signing in and out as a person would, in headless Chromium, with axe-core on every page visited. */
class SignInBrowserIT {

    URL url = SharedApplication.url();

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(url);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    @Test
    void theSignInPageIsRussianAndSwitchesToEnglishAndBack() {
        browser.open("/");
        assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
        assertEquals("Вход", heading());
        assertEquals("ru", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        browser.assertAccessible();
        browser.assertFitsWidth(360);
        browser.clickAndWait("lang:en");
        assertEquals("Sign in", heading());
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        browser.assertAccessible();
        browser.clickAndWait("lang:ru");
        assertEquals("Вход", heading());
    }

    @Test
    void eachRoleLandsOnItsOwnHomePage() {
        String[][] roles = {{"TRAINEE", "/home/trainee.xhtml", "Моё обучение"},
                {"MENTOR", "/home/mentor.xhtml", "Кабинет наставника"},
                {"ADMINISTRATOR", "/home/admin.xhtml", "Кабинет администратора"}};
        for (String[] role : roles) {
            TestPeople.Account account = TestPeople.create("Домашнев", role[0]);
            browser.signIn(account.email(), account.password());
            assertEquals(role[1], browser.path(), role[0]);
            assertEquals(role[2], heading());
            assertTrue(browser.find("signout:who").getText().startsWith("Домашнев Пётр"), "the header names the person");
            browser.assertAccessible();
            browser.assertFitsWidth(360);
            browser.signOut();
            assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
            assertTrue(browser.text().contains("Вы вышли из системы"));
            browser.open(role[1]);
            assertTrue(browser.path().startsWith("/login.xhtml"), "signed out means signed out: " + browser.path());
        }
    }

    @Test
    void theDemoAccountsListedInTheReadmeLandOnTheirHomePages() {
        String[][] demo = {{"admin@example.org", "Admin-2026", "/home/admin.xhtml"},
                {"mentor@example.org", "Mentor-2026", "/home/mentor.xhtml"},
                {"trainee@example.org", "Trainee-2026", "/home/trainee.xhtml"}};
        for (String[] account : demo) {
            browser.signIn(account[0], account[1]);
            assertEquals(account[2], browser.path(), account[0]);
            browser.signOut();
        }
    }

    @Test
    void aTraineeOpeningAnAdministratorsPageGetsTheForbiddenPage() {
        TestPeople.Account trainee = TestPeople.create("Любопытнова", "TRAINEE");
        browser.signIn(trainee.email(), trainee.password());
        browser.open("/people/list.xhtml");
        assertEquals("Доступ запрещён", heading());
        assertTrue(browser.text().contains("нет прав"));
        browser.assertAccessible();
    }

    @Test
    void wrongPasswordsGetOneMessageAndTheSixthAttemptIsThrottled() {
        TestPeople.Account account = TestPeople.create("Забывчивая", "TRAINEE");
        for (int i = 1; i <= 5; i++) {
            browser.signIn(account.email(), "wrong-password-" + i);
            assertTrue(browser.text().contains("Неверная электронная почта или пароль"), "attempt " + i);
        }
        browser.assertAccessible();
        browser.signIn(account.email(), account.password());
        assertTrue(browser.text().contains("Слишком много неудачных попыток входа"), browser.text());
        assertTrue(browser.path().startsWith("/login.xhtml"), "even the right password waits out the lock");
        browser.signIn("nobody-" + account.email(), "anything-at-all");
        assertTrue(browser.text().contains("Неверная электронная почта или пароль"),
                "an unknown e-mail gets the same message as a wrong password");
    }

    @Test
    void theChosenLanguageIsRememberedInTheProfile() {
        TestPeople.Account account = TestPeople.create("Полиглотова", "MENTOR");
        browser.signIn(account.email(), account.password());
        browser.clickAndWait("lang:en");
        assertEquals("Mentor's desk", heading());
        browser.signOut();
        browser.close();
        browser = new Browser(url); // another computer: no cookies, a Russian browser
        browser.open("/login.xhtml");
        assertEquals("Вход", heading(), "a new visitor starts in Russian");
        browser.signIn(account.email(), account.password());
        assertEquals("Mentor's desk", heading(), "after sign-in, the person's own language");
    }
}
