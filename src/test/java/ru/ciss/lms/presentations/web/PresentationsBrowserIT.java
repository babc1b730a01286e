package ru.ciss.lms.presentations.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;

/**
 * The walk-through in a browser: a trainee submits a plan and slides; the administrator allocates two
 * mentors and makes an invitation link; one mentor scores at a desk, the other opens the link on a phone-sized
 * window and scores blind; the large disagreement is moderated with a reason; the trainee sees the released result.
 * axe-core checks every page on the way.
 */
class PresentationsBrowserIT {

    private static final int CRITERIA = 5;

    URL url = SharedApplication.url();

    @TempDir
    Path dir;

    @Test
    void aPlanIsScoredBlindByTwoMentorsModeratedAndReleased() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Защитина", "TRAINEE");
        TestPeople.Account desk = TestPeople.create("Настольный", "MENTOR");
        TestPeople.Account phone = TestPeople.create("Мобильная", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Куратова", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, desk.id());
        TestData.enrolMentor(cohort, phone.id());
        Path slides = Files.write(dir.resolve("Ресурсный центр.pdf"), TestFiles.pdf("слайды"));

        try (Browser browser = new Browser(url)) {
            browser.signIn(trainee.email(), trainee.password());
            browser.clickAndWait("to-presentation");
            browser.assertAccessible();
            new Select(browser.find("plan:district")).selectByValue("31");
            browser.type("plan:host", "Администрация сельского поселения");
            new Select(browser.find("plan:host-kind")).selectByValue("administration-committee");
            browser.type("plan:target-groups", "НКО, ТОС, инициативные жители");
            browser.type("plan:growth-points", "Дом культуры; молодёжный совет");
            browser.type("plan:services:0:name", "Консультации по грантам");
            browser.type("plan:services:0:audience", "НКО и инициативные группы");
            browser.type("plan:services:0:frequency", "раз в неделю");
            browser.type("plan:partners", "Администрация, библиотека");
            new Select(browser.find("plan:funding:0:source")).selectByValue("grant");
            browser.type("plan:funding:0:amount", "300 000");
            browser.type("plan:milestones:0:month", "2");
            browser.type("plan:milestones:0:text", "Открытие центра");
            browser.type("plan:funding:1:amount", "минус сто");
            browser.clickAndWait("plan:save");
            assertTrue(browser.text().contains("Нужно целое число от 0 до 1 000 000 000"), browser.text());
            assertTrue(browser.find("plan:host").getAttribute("value").contains("сельского"), "nothing typed is lost");
            browser.type("plan:funding:1:amount", "");
            browser.find("plan:slides").sendKeys(slides.toString());
            browser.clickAndWait("plan:submit");
            assertTrue(browser.text().contains("План отправлен"), browser.text());
            browser.assertAccessible();
            browser.signOut();

            browser.signIn(admin.email(), admin.password());
            browser.open("/course/cohort.xhtml?id=" + cohort);
            browser.clickAndWait("to-presentations");
            browser.assertAccessible();
            browser.clickAndWait("actions:allocate");
            assertTrue(browser.text().contains("Назначено наставников: 2"), browser.text());
            // Blind scoring: the mentors know the presentation by its code, which the administrator sees too.
            String code = "П-" + String.format("%03d", Integer.parseInt(TestData.value("SELECT blind_code FROM "
                    + "presentation WHERE person_id = ?", trainee.id())));
            assertTrue(browser.find("presentations").getText().contains(code), browser.text());
            new Select(browser.find("invite:mentor")).selectByValue(String.valueOf(phone.id()));
            browser.clickAndWait("invite:make");
            String link = browser.find("invite:link").getAttribute("value");
            assertTrue(link.contains("/invite.xhtml?t="), link);
            browser.assertAccessible();
            browser.signOut();

            browser.signIn(desk.email(), desk.password());
            browser.open("/presentations/queue.xhtml");
            browser.assertAccessible();
            assertTrue(!browser.text().contains("Защитина"), "blind: no trainee's name in the queue");
            browser.driver().findElement(By.linkText(code)).click();
            browser.waitFor(By.id("score:comment"));
            browser.assertAccessible();
            score(browser, 4);
            browser.type("score:comment", "Хорошие партнёрства.");
            browser.clickAndWait("score:submit");
            assertTrue(browser.text().contains("Оценка отправлена"), browser.text());
            browser.signOut();

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.driver().get(link);
            browser.waitFor(By.id("queue"));
            browser.assertAccessible();
            browser.driver().findElement(By.linkText(code)).click();
            browser.waitFor(By.id("score:comment"));
            assertTrue(!browser.text().contains("Защитина") && browser.driver().getTitle().contains(code),
                    "blind: the scoring page names the code, not the trainee");
            assertTrue(!browser.text().contains("Настольный"), "blind: the other mentor's score is hidden");
            browser.assertAccessible();
            browser.assertFitsWidth(390);
            score(browser, 0);
            browser.type("score:comment", "Нет бюджета.");
            browser.clickAndWait("score:submit");
            assertTrue(browser.text().contains("Оценка отправлена") && browser.text().contains("Настольный"),
                    browser.text());
            browser.driver().manage().deleteAllCookies();
            browser.driver().manage().window().setSize(new Dimension(1280, 900));

            browser.signIn(admin.email(), admin.password());
            browser.open("/presentations/cohort.xhtml?cohort=" + cohort);
            assertTrue(browser.text().contains("расхождение"), browser.text());
            browser.driver().findElement(By.partialLinkText("Защитина")).click();
            browser.waitFor(By.id("moderate:reason"));
            browser.assertAccessible();
            browser.type("moderate:percent", "62");
            browser.type("moderate:reason", "Обсудили на комиссии: бюджет представлен устно.");
            browser.clickAndWait("moderate:set");
            assertTrue(browser.text().contains("Итоговый балл установлен"), browser.text());
            browser.open("/presentations/cohort.xhtml?cohort=" + cohort);
            browser.confirmAndWait("actions:release", "release-confirm");
            assertTrue(browser.text().contains("Результаты опубликованы"), browser.text());
            browser.signOut();

            browser.signIn(trainee.email(), trainee.password());
            browser.open("/presentations/mine.xhtml");
            assertTrue(browser.find("score").getText().contains("62,0"), browser.text());
            assertTrue(browser.find("verdict").getText().contains("зачтено"));
            assertTrue(browser.text().contains("Хорошие партнёрства.") && browser.text().contains("Нет бюджета."));
            browser.assertAccessible();
        }
    }

    private static void score(Browser browser, int level) {
        for (int i = 0; i < CRITERIA; i++) {
            browser.driver().findElement(By.cssSelector("input[name='score:criteria:" + i + ":level'][value='"
                    + level + "']")).click();
        }
    }
}
