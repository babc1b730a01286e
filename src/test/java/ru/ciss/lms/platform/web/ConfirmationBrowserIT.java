package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;

/**
 * Issue #18: revoking a certificate, deactivating a person, releasing presentation results, removing a file from an
 * answer, revoking a calendar link or an invitation and withdrawing a consent first ask in a dialog
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
            // Without the required reason the button asks for it, not for confirmation of an act that would fail.
            browser.find("revoke:do-revoke").click();
            assertEquals(Boolean.FALSE, ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.getElementById('revoke-confirm').open;"), "no dialog without a reason");
            assertEquals("VALID", status(graduate));
            browser.type("revoke:reason", "Выдан по ошибке");
            WebElement dialog = opens(browser, "revoke:do-revoke", "revoke-confirm");
            assertTrue(dialog.getText().contains("Сертификат " + number + " станет недействительным; публичную причину "
                    + "увидят все, кто проверит номер"), dialog::getText);
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

            browser.open("/presentations/cohort.xhtml?cohort=" + cohort);
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

    @Test
    void withdrawingConsentRevokingLinksAndRemovingAFileOrAMentorAskFirst(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Осторожная", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Приглашаемый", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Внимательная", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN cohort c ON "
                + "c.programme_id = m.programme_id WHERE c.id = ? AND m.archived = FALSE ORDER BY m.position LIMIT 1", cohort));
        Path plan = Files.write(dir.resolve("План центра.docx"), TestFiles.docx("План ресурсного центра"));
        try (Browser browser = new Browser(url)) {
            browser.signIn(trainee.email(), trainee.password());
            browser.open("/study/assignment.xhtml?module=" + module);
            browser.type("answer:text", "Черновик с файлом.");
            browser.find("answer:files").sendKeys(plan.toString());
            browser.clickAndWait("answer:save");
            String remove = button(browser, "file-remove-confirm");
            WebElement dialog = opens(browser, remove, "file-remove-confirm");
            assertTrue(dialog.getText().contains("План центра.docx — файл будет удалён из черновика"), dialog::getText);
            browser.assertAccessible();
            browser.find("file-remove-confirm-cancel").click();
            closedAndBackOn(browser, dialog, remove);
            assertEquals("1", draftFiles(trainee), "«Отмена» removes nothing");
            browser.confirmAndWait(remove, "file-remove-confirm");
            assertEquals("0", draftFiles(trainee), "«Подтвердить» removes the file");

            browser.open("/attendance/calendar.xhtml");
            browser.clickAndWait("feed:renew");
            dialog = opens(browser, "feed:revoke", "feed-revoke-confirm");
            assertTrue(dialog.getText().contains("перестанут получать дни сессий"), dialog::getText);
            browser.find("feed-revoke-confirm-cancel").click();
            closedAndBackOn(browser, dialog, "feed:revoke");
            assertEquals("0", TestData.value("SELECT COUNT(*) FROM calendar_feed WHERE person_id = ? "
                    + "AND revoked_at IS NOT NULL", trainee.id()));
            browser.confirmAndWait("feed:revoke", "feed-revoke-confirm");
            assertEquals("1", TestData.value("SELECT COUNT(*) FROM calendar_feed WHERE person_id = ? "
                    + "AND revoked_at IS NOT NULL", trainee.id()));

            browser.open("/account/consents.xhtml");
            String withdraw = button(browser, "withdraw-confirm-PERSONAL_DATA");
            dialog = opens(browser, withdraw, "withdraw-confirm-PERSONAL_DATA");
            assertTrue(dialog.getText().contains("занятия станут недоступны"), dialog::getText);
            browser.assertAccessible();
            browser.find("withdraw-confirm-PERSONAL_DATA-cancel").click();
            closedAndBackOn(browser, dialog, withdraw);
            assertEquals("0", withdrawn(trainee));
            browser.confirmAndWait(withdraw, "withdraw-confirm-PERSONAL_DATA");
            assertEquals("1", withdrawn(trainee));
            browser.signOut();

            browser.signIn(admin.email(), admin.password());
            browser.open("/presentations/cohort.xhtml?cohort=" + cohort);
            new org.openqa.selenium.support.ui.Select(browser.find("invite:mentor")).selectByValue(String.valueOf(mentor.id()));
            browser.clickAndWait("invite:make");
            String revoke = button(browser, "invitation-revoke-confirm");
            dialog = opens(browser, revoke, "invitation-revoke-confirm");
            assertTrue(dialog.getText().contains("Приглашаемый") && dialog.getText().contains("ссылка перестанет работать"),
                    dialog::getText);
            browser.find("invitation-revoke-confirm-cancel").click();
            closedAndBackOn(browser, dialog, revoke);
            browser.confirmAndWait(revoke, "invitation-revoke-confirm");
            assertTrue(browser.text().contains("Ссылка отозвана"), browser::text);
        }
    }

    /** A status change and a move say in their dialog what was chosen: from which status to which, to which cohort. */
    @Test
    void statusChangeAndMoveNameWhatWasChosen() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        long other = TestData.cohort("rc-leaders", null);
        String otherName = TestData.value("SELECT name FROM cohort WHERE id = ?", other);
        TestPeople.Account trainee = TestPeople.create("Переводимая", "TRAINEE");
        TestPeople.Account admin = TestPeople.create("Распорядительная", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        String member = TestData.value("SELECT id FROM cohort_member WHERE cohort_id = ? AND person_id = ?", cohort,
                trainee.id());
        try (Browser browser = new Browser(url)) {
            browser.signIn(admin.email(), admin.password());
            browser.open("/course/cohort.xhtml?id=" + cohort);
            new org.openqa.selenium.support.ui.Select(browser.find("state:status")).selectByValue("FINISHED");
            WebElement dialog = opens(browser, "state:change", "status-confirm");
            assertTrue(dialog.getText().contains("Состояние потока: «Идёт обучение» → «Завершён»"), dialog::getText);
            browser.assertAccessible();
            browser.find("status-confirm-cancel").click();
            closedAndBackOn(browser, dialog, "state:change");
            assertEquals("ACTIVE", TestData.value("SELECT status FROM cohort WHERE id = ?", cohort));

            browser.open("/course/member.xhtml?member=" + member);
            new org.openqa.selenium.support.ui.Select(browser.find("move:target")).selectByValue(String.valueOf(other));
            dialog = opens(browser, "move:move", "move-confirm");
            assertTrue(dialog.getText().contains("Новый поток: " + otherName), dialog::getText);
            browser.find("move-confirm-cancel").click();
            closedAndBackOn(browser, dialog, "move:move");
            assertEquals(null, TestData.value("SELECT left_on FROM cohort_member WHERE id = ?", member), "nothing moved");
        }
    }

    /** The id of the (first) button that asks with the given dialog. */
    private static String button(Browser browser, String dialogId) {
        return browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-confirm='" + dialogId + "']"))
                .getAttribute("id");
    }

    private static String draftFiles(TestPeople.Account trainee) throws Exception {
        return TestData.value("SELECT COUNT(*) FROM submission_file f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.person_id = ? AND f.version_id IS NULL", trainee.id());
    }

    private static String withdrawn(TestPeople.Account person) throws Exception {
        return TestData.value("SELECT COUNT(*) FROM consent WHERE person_id = ? AND kind = 'PERSONAL_DATA' "
                + "AND withdrawn_at IS NOT NULL", person.id());
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
