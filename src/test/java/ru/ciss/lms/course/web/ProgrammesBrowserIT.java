package ru.ciss.lms.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestPeople;

/** An administrator sees the school's real programme, imported from content/ on start, and reads a lesson. */
class ProgrammesBrowserIT {

    URL url = SharedApplication.url();

    private Browser browser;

    @BeforeEach
    void signIn() {
        browser = new Browser(url);
        TestPeople.Account admin = TestPeople.create("Методистова", "ADMINISTRATOR");
        browser.signIn(admin.email(), admin.password());
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theRealProgrammeIsThereInRussianAndALessonReadsWell() {
        browser.open("/course/programmes.xhtml");
        assertEquals("Программы обучения", browser.driver().findElement(By.tagName("h1")).getText());
        browser.assertAccessible();
        browser.assertFitsWidth(360);
        browser.driver().findElement(By.xpath("//table[@id='list']//a[text()='Школа лидеров ресурсных центров']")).click();
        browser.waitFor(By.id("final-brief"));
        assertTrue(browser.text().contains("Социальное проектирование"), browser.text());
        browser.assertAccessible();
        browser.assertFitsWidth(360);

        browser.driver().findElement(By.cssSelector("ol.lessons a")).click();
        browser.waitFor(By.id("lesson-text"));
        assertFalse(browser.driver().findElements(By.cssSelector("#lesson-text h2")).isEmpty(), "Markdown rendered");
        assertTrue(browser.text().contains("Вопросы для самопроверки"));
        browser.assertAccessible();
        browser.assertFitsWidth(360);
    }

    @Test
    void loadingUnchangedFilesAgainSaysSoAndChangesNothing() {
        browser.open("/course/programmes.xhtml");
        browser.clickAndWaitForUpdate("import:run", "import");
        assertTrue(browser.text().contains("Файлы не менялись"), browser.text());
        browser.assertAccessible();
    }

    @Test
    void anUnknownLessonAnswersNotFound() {
        browser.open("/course/lesson.xhtml?id=987654321");
        assertEquals("Страница не найдена", browser.driver().findElement(By.tagName("h1")).getText());
        browser.open("/course/programme.xhtml?id=abc");
        assertEquals("Страница не найдена", browser.driver().findElement(By.tagName("h1")).getText());
    }
}
