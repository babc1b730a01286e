package ru.ciss.lms.assignments.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;

/**
 * In a browser: a trainee answers with a Russian-named document from the module page, an .exe renamed .pdf is
 * refused; a mentor on a phone-sized window finds it in the queue and returns it; the administrator reads the
 * e-mails in the outbox and sets due dates; the trainee chooses which e-mails to get. axe-core checks each page.
 */
class AssignmentsBrowserIT {

    URL url = SharedApplication.url();

    @TempDir
    Path dir;

    @Test
    void aTraineeAnswersAMentorReturnsItFromAPhoneAndTheAdministratorReadsTheMail() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Браузерова", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Телефонов", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Почтова", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p ON "
                + "p.id = m.programme_id WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1"));
        Path docx = Files.write(dir.resolve("План центра.docx"), TestFiles.docx("План"));
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        Path fake = Files.write(dir.resolve("Смета.pdf"), exe);

        try (Browser browser = new Browser(url)) {
            browser.signIn(trainee.email(), trainee.password());
            browser.open("/study/module.xhtml?id=" + module);
            browser.clickAndWait("to-assignment");
            browser.assertAccessible();
            browser.type("answer:text", "Проблема: в селе нет площадки для встреч НКО.");
            browser.find("answer:files").sendKeys(fake.toString());
            browser.clickAndWait("answer:save");
            assertTrue(browser.text().contains("«Смета.pdf» — программа, а не документ"), browser.text());
            assertTrue(browser.driver().findElement(By.id("answer:text")).getAttribute("value").contains("площадки"),
                    "what was typed is not lost when a file is refused");
            browser.find("answer:files").sendKeys(docx.toString());
            browser.clickAndWait("answer:submit");
            assertTrue(browser.text().contains("Ответ отправлен на проверку (версия 1)"), browser.text());
            assertTrue(browser.text().contains("План центра.docx"), browser.text());
            browser.assertAccessible();
            browser.open("/account/notifications.xhtml");
            browser.assertAccessible();
            assertFalse(browser.text().contains("для наставников"), () -> "a trainee is not offered mentors' e-mails: "
                    + browser.text());
            assertTrue(browser.text().contains("опубликован итог оценки вашей итоговой презентации"), browser::text);
            browser.clickAndWait("notices:save");
            assertTrue(browser.text().contains("Настройки уведомлений сохранены"), browser.text());
            browser.signOut();

            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.signIn(mentor.email(), mentor.password());
            browser.open("/review/queue.xhtml");
            browser.assertAccessible();
            browser.driver().findElement(By.linkText(TestData.value("SELECT CONCAT(surname, ' ', given_name, "
                    + "IFNULL(CONCAT(' ', patronymic), '')) FROM person WHERE id = ?", trainee.id()))).click();
            browser.waitFor(By.id("decision:comment"));
            browser.assertAccessible();
            browser.assertFitsWidth(390);
            browser.driver().findElement(By.cssSelector("input[value='RETURNED']")).click();
            browser.clickAndWait("decision:send");
            assertTrue(browser.text().contains("Напишите комментарий"), browser.text());
            browser.driver().findElement(By.cssSelector("input[value='RETURNED']")).click();
            browser.type("decision:comment", "Добавьте данные опроса.");
            browser.clickAndWait("decision:send");
            assertTrue(browser.text().contains("Ответ возвращён на доработку"), browser.text());
            // A wrong button on a phone is taken back, after a dialog that says what it does.
            browser.assertAccessible();
            browser.assertFitsWidth(390);
            browser.confirmAndWait("withdraw:do-withdraw", "withdraw-confirm");
            assertTrue(browser.text().contains("Решение отменено") && browser.text().contains("Отменённые решения"),
                    browser.text());
            browser.assertAccessible();
            browser.signOut();
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

            browser.signIn(admin.email(), admin.password());
            browser.open("/admin/outbox.xhtml");
            browser.assertAccessible();
            browser.type("filter:recipient", trainee.email());
            browser.clickAndWaitForUpdate("filter:apply", "results");
            browser.driver().findElement(By.partialLinkText("возвращена на доработку")).click();
            browser.waitFor(By.id("message-body"));
            assertTrue(browser.find("message-body").getText().contains("Добавьте данные опроса."),
                    browser.find("message-body").getText());
            browser.open("/course/assignments.xhtml?cohort=" + cohort);
            browser.assertAccessible();
        }
    }
}
