package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * Issue #18: revoking a certificate, deactivating a person and releasing presentation results first ask in a dialog
 * that states the consequence. «Отмена» and Esc change nothing and give the focus back to the button; «Подтвердить»
 * does it. axe-core checks each page with its dialog open, on a phone and on a desk.
 */
class ConfirmationBrowserIT {

    URL url = SharedApplication.url();

    @Test
    void revokeDeactivateAndReleaseAskFirst() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account graduate = TestPeople.create("Подтверждаева", "TRAINEE");
        TestPeople.Account leaver = TestPeople.create("Уходящий", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Осторожная", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, graduate.id());
        TestData.graduate(cohort, graduate.id());
        String certificate = TestData.value("SELECT id FROM certificate WHERE person_id = ?", graduate.id());
        String number = TestData.value("SELECT number FROM certificate WHERE person_id = ?", graduate.id());

        try (Browser browser = new Browser(url)) {
            browser.signIn(admin.email(), admin.password());

            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.open("/certificates/certificate.xhtml?id=" + certificate);
            browser.type("revoke:reason", "Выдан по ошибке");
            WebElement dialog = opens(browser, "revoke:do-revoke", "revoke-confirm");
            assertTrue(dialog.getText().contains("Сертификат " + number + " станет недействительным; причину увидят все, "
                    + "кто проверит номер"), dialog::getText);
            browser.assertFitsWidth(360);
            browser.assertAccessible();
            browser.find("revoke-confirm-cancel").click();
            closedAndBackOn(browser, dialog, "revoke:do-revoke");
            assertEquals("VALID", status(graduate), "«Отмена» revokes nothing");
            opens(browser, "revoke:do-revoke", "revoke-confirm");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            closedAndBackOn(browser, dialog, "revoke:do-revoke");
            assertEquals("VALID", status(graduate), "nor does Esc");
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.confirmAndWait("revoke:do-revoke", "revoke-confirm");
            assertEquals("REVOKED", status(graduate), "«Подтвердить» revokes it");
            assertTrue(browser.text().contains("отозван"), browser::text);

            browser.open("/people/edit.xhtml?id=" + leaver.id());
            dialog = opens(browser, "status:deactivate", "deactivate-confirm");
            assertTrue(dialog.getText().contains("Уходящий Пётр Тестович больше не сможет войти"), dialog::getText);
            browser.assertAccessible();
            browser.find("deactivate-confirm-cancel").click();
            closedAndBackOn(browser, dialog, "status:deactivate");
            assertEquals("1", TestData.value("SELECT active FROM person WHERE id = ?", leaver.id()));
            browser.confirmAndWait("status:deactivate", "deactivate-confirm");
            assertEquals("0", TestData.value("SELECT active FROM person WHERE id = ?", leaver.id()));

            browser.open("/course/presentations.xhtml?cohort=" + cohort);
            dialog = opens(browser, "actions:release", "release-confirm");
            assertTrue(dialog.getText().contains("увидят свои итоговые баллы"), dialog::getText);
            browser.assertAccessible();
            browser.find("release-confirm-cancel").click();
            closedAndBackOn(browser, dialog, "actions:release");
            assertEquals(null, TestData.value("SELECT released_at FROM presentation_setup WHERE cohort_id = ?", cohort));
            browser.confirmAndWait("actions:release", "release-confirm");
            assertTrue(browser.text().contains("Результаты опубликованы"), browser::text);
            assertFalse(TestData.value("SELECT released_at FROM presentation_setup WHERE cohort_id = ?", cohort) == null);
        }
    }

    /** Clicks the button: its dialog opens as a modal, labelled by its heading, with the focus inside. */
    private static WebElement opens(Browser browser, String button, String dialogId) {
        browser.find(button).click();
        WebElement dialog = browser.find(dialogId);
        assertTrue(dialog.isDisplayed() && dialog.getAttribute("open") != null, "the dialog is open");
        assertEquals(dialogId + "-title", dialog.getAttribute("aria-labelledby"));
        assertEquals(dialogId + "-cancel", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the focus is on «Отмена» inside the dialog");
        return dialog;
    }

    private static void closedAndBackOn(Browser browser, WebElement dialog, String button) {
        assertFalse(dialog.isDisplayed(), "the dialog closed");
        assertEquals(button, browser.driver().switchTo().activeElement().getAttribute("id"),
                "the focus is back on the button");
    }

    private static String status(TestPeople.Account person) throws Exception {
        return TestData.value("SELECT status FROM certificate WHERE person_id = ?", person.id());
    }
}
