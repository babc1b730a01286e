package ru.ciss.lms.drafts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * A trainee's typed answer survives what used to lose it (issue #18): fifty pages opened in another tab before the
 * answer is saved, and a session that ends while they type (sign in again: the server's draft is put back, and the
 * browser's newer copy is offered). On a phone-sized window, with axe-core on the page.
 */
class TypedWorkBrowserIT {

    private final URL url = SharedApplication.url();

    @Test
    void anAnswerTypedBeforeFiftyPagesOpenedInAnotherTabIsSaved() throws Exception {
        Setup s = setup("Пятидесятая");
        try (Browser browser = new Browser(url)) {
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.signIn(s.trainee.email(), s.trainee.password());
            browser.open(s.page);
            browser.type("answer:text", "Проблема: в селе нет площадки");
            awaitStatus(browser, "Черновик сохранён в");
            browser.assertAccessible();

            String first = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            for (int i = 0; i < 50; i++) {
                browser.open("/study/lesson.xhtml?id=" + s.lessons.get(i % s.lessons.size()));
            }
            browser.driver().close();
            browser.driver().switchTo().window(first);

            browser.find("answer:text").sendKeys(" для встреч НКО.");
            browser.clickAndWait("answer:save");
            assertTrue(browser.text().contains("Черновик сохранён."), browser::text);
            assertEquals("Проблема: в селе нет площадки для встреч НКО.", TestData.value(
                    "SELECT draft_text FROM submission WHERE person_id = ?", s.trainee.id()));
            browser.assertFitsWidth(360);
        }
    }

    @Test
    void anAnswerTypedWhenTheSessionEndsIsThereAfterSigningInAgain() throws Exception {
        Setup s = setup("Сеансова");
        try (Browser browser = new Browser(url)) {
            browser.signIn(s.trainee.email(), s.trainee.password());
            browser.open(s.page);
            browser.type("answer:text", "Первая часть ответа");
            awaitStatus(browser, "Черновик сохранён в");

            // The session ends (timeout, restart): the next autosave finds itself signed out and says so.
            browser.driver().manage().deleteAllCookies();
            browser.find("answer:text").sendKeys(", и вторая после конца сеанса");
            awaitStatus(browser, "Сеанс закончился");

            browser.signIn(s.trainee.email(), s.trainee.password());
            browser.open(s.page);
            awaitStatus(browser, "В этом браузере есть текст от");
            assertEquals("Первая часть ответа", value(browser), "the server's draft is back in the field");
            browser.assertAccessible();
            browser.driver().findElement(By.xpath("//button[normalize-space()='Вернуть этот текст']")).click();
            assertEquals("Первая часть ответа, и вторая после конца сеанса", value(browser), "the browser's copy, on request");
            browser.clickAndWait("answer:save");
            assertTrue(browser.text().contains("Черновик сохранён."), browser::text);
            assertEquals("Первая часть ответа, и вторая после конца сеанса", TestData.value(
                    "SELECT draft_text FROM submission WHERE person_id = ?", s.trainee.id()));

            // Saved in the form: neither copy is needed any more, and nothing is offered on the next visit.
            browser.open(s.page);
            awaitNoDraftLeft(s.trainee.id());
            assertTrue(!browser.text().contains("В этом браузере есть текст"), browser::text);
        }
    }

    /**
     * A save the server refuses (here for a program passed off as a PDF) answers with the typed text in the field and
     * nothing stored: the draft must outlive that page, so the text is back when the trainee returns.
     */
    @Test
    void aDraftOutlivesAFormTheServerRefused() throws Exception {
        Setup s = setup("Отказова");
        java.nio.file.Path program = java.nio.file.Files.createTempDirectory("refused").resolve("otchet.pdf");
        java.nio.file.Files.write(program, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
        try (Browser browser = new Browser(url)) {
            browser.signIn(s.trainee.email(), s.trainee.password());
            browser.open(s.page);
            browser.type("answer:text", "Два часа работы над ответом");
            awaitStatus(browser, "Черновик сохранён в");
            browser.find("answer:files").sendKeys(program.toString());
            browser.clickAndWait("answer:save");
            assertTrue(browser.text().contains("программа, а не документ"), browser::text);
            assertEquals("Два часа работы над ответом", value(browser));
            // The refused page's script must leave the draft alone: it is the only copy of the text on the server.
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                assertEquals("1", TestData.value("SELECT COUNT(*) FROM typed_draft WHERE person_id = ?", s.trainee.id()),
                        "the draft of a refused form is kept");
                Thread.sleep(200);
            }

            browser.open("/home/trainee.xhtml");
            browser.open(s.page);
            awaitStatus(browser, "Восстановлен текст");
            assertEquals("Два часа работы над ответом", value(browser), "the typed text is back");
        } finally {
            java.nio.file.Files.deleteIfExists(program);
        }
    }

    /** Two tabs of one answer: what the other tab types is said here, with its text to take, before a save replaces it. */
    @Test
    void textTypedInAnotherTabIsOfferedBeforeASaveHereReplacesIt() throws Exception {
        Setup s = setup("Двухвкладкина");
        try (Browser browser = new Browser(url)) {
            browser.signIn(s.trainee.email(), s.trainee.password());
            browser.open(s.page);
            String first = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open(s.page);
            browser.type("answer:text", "Длинный ответ из второй вкладки");
            String second = browser.driver().getWindowHandle();

            browser.driver().switchTo().window(first);
            awaitStatus(browser, "В другой вкладке этот текст изменён");
            browser.assertAccessible();
            browser.driver().findElement(By.xpath("//button[normalize-space()='Взять текст из другой вкладки']")).click();
            assertEquals("Длинный ответ из второй вкладки", value(browser));
            browser.clickAndWait("answer:save");
            assertEquals("Длинный ответ из второй вкладки", TestData.value(
                    "SELECT draft_text FROM submission WHERE person_id = ?", s.trainee.id()));
            browser.driver().switchTo().window(second);
            browser.driver().close();
            browser.driver().switchTo().window(first);
        }
    }

    /** A mentor on a phone picks levels, the page reloads before saving: the levels come back, and are said. */
    @Test
    void levelsPickedForAPresentationSurviveAReload() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Оцениваемая", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Выбирающий", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Распределяющая", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        long presentation = TestData.allocatedPresentation(cohort, trainee.id(), mentor.id(), admin.id());
        try (Browser browser = new Browser(url)) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
            browser.signIn(mentor.email(), mentor.password());
            browser.open("/presentations/score.xhtml?id=" + presentation);
            List<org.openqa.selenium.WebElement> third = browser.driver().findElements(
                    By.cssSelector("#score input[type=radio][value='3']"));
            assertTrue(third.size() >= 2, "criteria to score");
            third.get(0).click();
            third.get(1).click();
            browser.driver().navigate().refresh();
            browser.waitFor(By.id("score"));
            List<org.openqa.selenium.WebElement> again = browser.driver().findElements(
                    By.cssSelector("#score input[type=radio][value='3']"));
            assertTrue(again.get(0).isSelected() && again.get(1).isSelected(), "the picked levels are back");
            assertTrue(browser.text().contains("Восстановлены уровни, выбранные на этой странице"), browser::text);
            browser.assertAccessible();
            browser.clickAndWait("score:save");
            browser.open("/presentations/score.xhtml?id=" + presentation);
            assertFalse(browser.text().contains("Восстановлены уровни"), "saved: nothing left to bring back");
        }
    }

    private record Setup(TestPeople.Account trainee, String page, List<Long> lessons) {
    }

    private static Setup setup(String surname) throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create(surname, "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p ON "
                + "p.id = m.programme_id WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1"));
        List<Long> lessons = new ArrayList<>();
        for (String id : TestData.value("SELECT GROUP_CONCAT(l.id) FROM lesson l JOIN course_module m ON m.id = l.module_id "
                + "JOIN programme p ON p.id = m.programme_id WHERE p.code = 'rc-leaders' AND m.archived = FALSE").split(",")) {
            lessons.add(Long.valueOf(id));
        }
        return new Setup(trainee, "/study/assignment.xhtml?module=" + module + "&cohort=" + cohort, lessons);
    }

    private static String value(Browser browser) {
        return browser.find("answer:text").getDomProperty("value");
    }

    private static void awaitStatus(Browser browser, String expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).withMessage(() -> "no «" + expected + "» ("
                + browser.find("answer:text-draft").getDomAttribute("data-problem") + ") in: " + browser.text()).until(d -> browser.find("answer:text-draft").getText().contains(expected));
    }

    private static void awaitNoDraftLeft(long person) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"0".equals(TestData.value("SELECT COUNT(*) FROM typed_draft WHERE person_id = ?", person))) {
            assertTrue(System.nanoTime() < until, "the draft equal to the saved answer is dropped");
            Thread.sleep(200);
        }
    }
}
