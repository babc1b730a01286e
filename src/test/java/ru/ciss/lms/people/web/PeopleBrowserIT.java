package ru.ciss.lms.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestPeople;

/** The people register and the own profile, used in Chromium as administrators and trainees use them. */
class PeopleBrowserIT {

    URL url = SharedApplication.url();

    private Browser browser;
    private final String token = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void signInAsAdministrator() {
        browser = new Browser(url);
        TestPeople.Account admin = TestPeople.create("Кураторова", "ADMINISTRATOR");
        browser.signIn(admin.email(), admin.password());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void fillNewPerson(Browser b, String surname, String email) {
        b.open("/people/edit.xhtml");
        b.type("person:surname", surname);
        b.type("person:givenName", "Алёна");
        b.type("person:patronymic", "Петровна");
        b.type("person:email", email);
        b.type("person:phone", "+7 913 123-45-67");
        new Select(b.find("person:district")).selectByVisibleText("Черлакский район");
        b.type("person:organisation", "Администрация Черлакского района " + token);
        new Select(b.find("person:organisationKind")).selectByVisibleText("Администрация района или поселения");
        b.type("person:position", "Специалист по работе с НКО");
        b.find("person:roles:0").click(); // nothing is ticked by default
    }

    @Test
    void anAdministratorRegistersAPersonAndFindsThemInTheList() throws Exception {
        browser.open("/people/edit.xhtml");
        browser.assertAccessible();
        browser.assertFitsWidth(360);
        String surname = "Ёлкина-" + token.replaceAll("[0-9]", "").replace('a', 'а').replace('b', 'б')
                .replace('c', 'ц').replace('d', 'д').replace('e', 'е').replace('f', 'ф');
        fillNewPerson(browser, surname, "elkina-" + token + "@Example.org");
        browser.clickAndWait("person:save");
        assertEquals("/people/list.xhtml", browser.path());
        assertTrue(browser.text().contains("Сохранено: " + surname + " Алёна Петровна"), browser.text());
        browser.assertAccessible();
        browser.type("filter:text", token);
        browser.clickAndWaitForUpdate("filter:apply", "results:people");
        String table = browser.find("results:people").getText();
        assertTrue(table.contains(surname + " Алёна Петровна"), table);
        assertTrue(table.contains("Черлакский район"), table);
        assertTrue(table.contains("elkina-" + token + "@example.org"), table);
        assertTrue(table.contains("1–1 / 1"), "the filter leaves just this person: " + table);
        browser.assertAccessible();
        browser.assertFitsWidth(360);
        // The name leads to the person's page (a plain link since issue #25, no longer an h:link).
        String href = browser.find("results:people").findElement(By.linkText(surname + " Алёна Петровна"))
                .getAttribute("href");
        String id = ru.ciss.lms.testing.TestData.value("SELECT id FROM person WHERE email = ?",
                "elkina-" + token + "@example.org");
        assertTrue(href.endsWith("/people/person.xhtml?id=" + id), href);
        // The filter is in the address: Back from the person's page and a reload show the same one person.
        assertTrue(browser.driver().getCurrentUrl().endsWith("/people/list.xhtml?q=" + token),
                browser.driver().getCurrentUrl());
        browser.open(href.substring(href.indexOf("/people/")));
        assertEquals(surname + " Алёна Петровна", browser.driver().findElement(By.tagName("h1")).getText());
        browser.driver().navigate().back();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/people/list.xhtml"));
        assertTrue(browser.find("results:people").getText().contains("1–1 / 1"), browser.find("results:people")::getText);
        assertEquals(token, browser.find("filter:text").getDomProperty("value"));
        browser.driver().navigate().refresh();
        assertTrue(browser.find("results:people").getText().contains("1–1 / 1"), browser.find("results:people")::getText);
    }

    @Test
    void aSecondPersonWithTheSameEmailIsRefusedWithAMessage() {
        TestPeople.Account existing = TestPeople.create("Первая", "TRAINEE");
        fillNewPerson(browser, "Вторая", existing.email().toUpperCase());
        browser.clickAndWait("person:save");
        assertTrue(browser.text().contains("Человек с такой электронной почтой уже зарегистрирован"), browser.text());
        assertEquals(1, countByEmail(existing.email()));
    }

    @Test
    void ofTwoAdministratorsEditingOnePersonTheSecondSaveIsRefused() throws Exception {
        TestPeople.Account person = TestPeople.create("Исходная", "TRAINEE");
        TestPeople.Account otherAdmin = TestPeople.create("Соседова", "ADMINISTRATOR");
        try (Browser second = new Browser(url)) {
            second.signIn(otherAdmin.email(), otherAdmin.password());
            browser.open("/people/edit.xhtml?id=" + person.id());
            second.open("/people/edit.xhtml?id=" + person.id());
            browser.type("person:surname", "Первая");
            browser.clickAndWait("person:save");
            assertEquals("/people/list.xhtml", browser.path());
            second.type("person:surname", "Вторая");
            second.clickAndWait("person:save");
            assertTrue(second.text().contains("Эту запись только что изменил другой пользователь"), second.text());
        }
        assertEquals("Первая", surnameOf(person.id()));
    }

    @Test
    void hugeOrHostileInputGetsAMessageAndNothingIsStored() {
        String email = "hostile-" + token + "@example.org";
        fillNewPerson(browser, "Я".repeat(10_000), email);
        browser.clickAndWait("person:save");
        assertTrue(browser.text().contains("длина должна быть от"), browser.text());
        browser.type("person:surname", "<script>alert(1)</script>");
        browser.clickAndWait("person:save");
        assertTrue(browser.text().contains("может содержать только буквы"), browser.text());
        browser.type("person:surname", "Robert'); DROP TABLE person;--");
        browser.clickAndWait("person:save");
        assertTrue(browser.text().contains("может содержать только буквы"), browser.text());
        assertEquals(0, countByEmail(email));
        browser.assertAccessible();
    }

    @Test
    void anUnknownIdAnswersNotFound() {
        browser.open("/people/edit.xhtml?id=999999999");
        assertEquals("Страница не найдена", browser.driver().findElement(By.tagName("h1")).getText());
        browser.assertAccessible();
        browser.open("/people/edit.xhtml?id=1%27%20OR%201=1");
        assertEquals("Страница не найдена", browser.driver().findElement(By.tagName("h1")).getText());
    }

    @Test
    void everyoneEditsTheirOwnProfileAndPassword() {
        browser.signOut();
        TestPeople.Account trainee = TestPeople.create("Самостоятельная", "TRAINEE");
        browser.signIn(trainee.email(), trainee.password());
        browser.open("/account/profile.xhtml");
        browser.assertAccessible();
        browser.assertFitsWidth(360);
        browser.type("profile:phone", "позвоните мне");
        browser.clickAndWait("profile:save");
        assertFalse(browser.text().contains("Профиль сохранён"), browser::text);
        browser.type("profile:phone", "+7 900 000-00-00");
        browser.clickAndWait("profile:save");
        assertTrue(browser.text().contains("Профиль сохранён"), browser.text());
        // Back to the refused form's answer: the page itself, not «Confirm Form Resubmission» (ERR_CACHE_MISS)
        browser.driver().navigate().back();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> !d.findElements(org.openqa.selenium.By.id("profile:phone")).isEmpty()
                        || d.getPageSource().contains("ERR_CACHE_MISS"));
        assertTrue(browser.driver().getCurrentUrl().contains("/account/profile.xhtml")
                && !browser.driver().findElements(org.openqa.selenium.By.id("profile:phone")).isEmpty(),
                () -> browser.driver().getCurrentUrl() + ": " + browser.text());

        browser.open("/account/password.xhtml");
        browser.assertAccessible();
        browser.type("password:currentPassword", "not-my-password");
        browser.type("password:newPassword", "новый-пароль-2026");
        browser.type("password:repeatPassword", "новый-пароль-2026");
        browser.clickAndWait("password:submit");
        assertTrue(browser.text().contains("Текущий пароль указан неверно"), browser.text());
        assertEquals("true", browser.find("password:currentPassword").getDomAttribute("aria-invalid"),
                "the wrong current password is marked at its field");
        browser.type("password:currentPassword", trainee.password());
        browser.type("password:newPassword", "новый-пароль-2026");
        browser.type("password:repeatPassword", "другой-пароль-2026");
        browser.clickAndWait("password:submit");
        assertTrue(browser.text().contains("Пароли не совпадают"), browser.text());
        browser.type("password:currentPassword", trainee.password());
        browser.type("password:newPassword", "qwerty123");
        browser.type("password:repeatPassword", "qwerty123");
        browser.clickAndWait("password:submit");
        assertEquals("true", browser.find("password:newPassword").getDomAttribute("aria-invalid"),
                () -> "a weak new password is marked at its field: " + browser.text());
        browser.type("password:currentPassword", trainee.password());
        browser.type("password:newPassword", "новый-пароль-2026");
        browser.type("password:repeatPassword", "новый-пароль-2026");
        browser.clickAndWait("password:submit");
        assertTrue(browser.text().contains("Пароль изменён"), browser.text());
        browser.signOut();
        browser.signIn(trainee.email(), "новый-пароль-2026");
        assertEquals("/home/trainee.xhtml", browser.path());
    }

    private static int countByEmail(String email) {
        try (Connection c = TestPeople.connection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM person WHERE email = ?")) {
            q.setString(1, email.toLowerCase());
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String surnameOf(long id) throws java.sql.SQLException {
        try (Connection c = TestPeople.connection();
             PreparedStatement q = c.prepareStatement("SELECT surname FROM person WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
