package ru.ciss.lms.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * A trainee on a 360-pixel phone checks a self-check answer in place: the page does not move, the chosen option
 * stays, the verdict appears next to the question and the attempt is recorded. Then the same module's offline file,
 * opened from disk with the network cut, checks its questions by itself and fits the phone.
 */
class SelfCheckBrowserIT {

    URL url = SharedApplication.url();

    @Test
    void aSelfCheckAnswerIsCheckedInPlaceOnlineAndInTheOfflineFile() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account trainee = TestPeople.create("Проверяева", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        // The second module: it has a table in a lesson and self-check questions.
        String lesson = TestData.value("SELECT l.id FROM lesson l JOIN course_module m ON m.id = l.module_id "
                + "JOIN programme p ON p.id = m.programme_id JOIN self_check_question q ON q.lesson_id = l.id "
                + "WHERE p.code = 'social-innovations' AND m.position = 2 AND l.archived = FALSE AND q.archived = FALSE "
                + "ORDER BY l.position LIMIT 1");
        String module = TestData.value("SELECT module_id FROM lesson WHERE id = ?", lesson);
        String explanation = TestData.value("SELECT explanation FROM self_check_question WHERE lesson_id = ? "
                + "AND archived = FALSE ORDER BY position LIMIT 1", lesson).strip();

        List<String> onlineOptions;
        try (Browser phone = new Browser(url)) {
            phone.driver().manage().window().setSize(new Dimension(360, 740));
            phone.signIn(trainee.email(), trainee.password());
            phone.open("/study/lesson.xhtml?id=" + lesson);
            JavascriptExecutor js = (JavascriptExecutor) phone.driver();
            WebElement form = phone.driver().findElement(By.cssSelector("form.question"));
            WebElement check = form.findElement(By.cssSelector("input[type=submit]"));
            onlineOptions = form.findElements(By.tagName("label")).stream().map(l -> l.getText().strip()).toList();
            js.executeScript("arguments[0].scrollIntoView({block: 'center'});", check);
            long before = ((Number) js.executeScript("return Math.round(window.scrollY);")).longValue();
            assertTrue(before > 300, () -> "the question is far down the lesson: scrolled to " + before);

            check.click(); // nothing chosen
            awaitText(phone, form, "Выберите один из вариантов ответа");

            WebElement option = form.findElements(By.cssSelector("input[type=radio]")).get(1);
            option.click();
            check.click();
            WebElement result = new WebDriverWait(phone.driver(), Duration.ofSeconds(30))
                    .until(d -> form.findElements(By.cssSelector(".answer-result")).stream().findFirst().orElse(null));
            String verdict = result.getText();
            assertTrue(verdict.startsWith("Верно.") || verdict.startsWith("Неверно."), verdict);
            assertTrue(verdict.contains("Ваш ответ") && verdict.contains(explanation.substring(0, 20)), verdict);
            assertEquals("status", result.findElement(By.xpath("ancestor::*[@role='status']")).getAttribute("role"),
                    "the verdict is in a live region");
            long after = ((Number) js.executeScript("return Math.round(window.scrollY);")).longValue();
            assertTrue(Math.abs(after - before) <= 5, () -> "the page stayed at " + before + ", now " + after);
            assertTrue(option.isSelected(), "the chosen option stays chosen (and the page was not reloaded)");
            assertEquals("1", TestData.value("SELECT COUNT(*) FROM self_check_attempt WHERE person_id = ?",
                    trainee.id()), "the attempt is recorded");
            phone.assertAccessible();
            phone.assertFitsWidth(360);
        }

        WebClient client = new WebClient(url);
        assertEquals(302, client.signIn(trainee.email(), trainee.password()).statusCode());
        String html = client.get("/study/download?module=" + module).body();
        assertTrue(!html.contains("<script src") && !html.contains("http://") && !html.contains("https://"),
                "nothing to fetch");
        Path file = Files.createTempFile("module-", ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        try (Browser phone = new Browser(url)) {
            ChromeDriver driver = (ChromeDriver) phone.driver();
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            driver.manage().window().setSize(new Dimension(360, 740));
            driver.get(file.toUri().toString());
            assertTrue(!driver.findElements(By.cssSelector(".wide[tabindex='0'] table")).isEmpty(),
                    "the lesson's table scrolls in its own box");
            List<WebElement> forms = driver.findElements(By.cssSelector("form.check"));
            assertTrue(!forms.isEmpty(), "the self-check questions are in the file");
            WebElement form = forms.get(0);
            // The same options; each copy in its own order (issue #22: the right answer's place teaches nothing).
            assertEquals(onlineOptions.stream().sorted().toList(), form.findElements(By.tagName("label")).stream()
                    .map(l -> l.getText().strip()).sorted().toList(), "the same options as online");
            form.findElement(By.tagName("button")).click();
            assertTrue(form.findElement(By.cssSelector(".verdict")).getText().contains("Выберите"),
                    form.getText());
            WebElement option = form.findElements(By.cssSelector("input[type=radio]")).get(1);
            option.click();
            form.findElement(By.tagName("button")).click();
            String verdict = form.findElement(By.cssSelector("[role=status]")).getText();
            assertTrue((verdict.startsWith("Верно.") || verdict.startsWith("Неверно.")) && verdict.contains("Ваш ответ")
                    && verdict.contains(explanation.substring(0, 20)), verdict);
            assertTrue(option.isSelected());
            phone.assertAccessible();
            phone.assertFitsWidth(360);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void awaitText(Browser browser, WebElement within, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> within.getText().contains(text));
    }
}
