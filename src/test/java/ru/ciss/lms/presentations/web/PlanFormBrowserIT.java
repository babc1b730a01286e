package ru.ciss.lms.presentations.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * Issue #18, point 5, on the trainee's plan: a negative amount, month 13 and a {@code javascript:} link are reported
 * together after one save, each next to its field ({@code aria-invalid}, {@code aria-describedby} naming the message)
 * and linked from a summary at the top, on a 360-pixel phone; then, at a desk, a funding row is added (with the
 * keyboard too) and a row removed in place, and everything typed stays. axe-core checks each state.
 */
class PlanFormBrowserIT {

    URL url = SharedApplication.url();

    @Test
    void allProblemsAtOnceNextToTheirFieldsAndRowsAddedAndRemovedInPlace() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Строкова", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());

        try (Browser browser = new Browser(url)) {
            browser.signIn(trainee.email(), trainee.password());
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.open("/presentations/mine.xhtml");
            browser.type("plan:host", "Сельская библиотека");
            browser.type("plan:services:0:name", "Консультации");
            browser.type("plan:funding:0:amount", "-5 000");
            browser.type("plan:milestones:0:month", "13");
            browser.type("plan:milestones:0:text", "Открытие");
            browser.type("plan:video", "javascript:alert(1)");
            browser.clickAndWait("plan:save");

            assertTrue(browser.text().contains("План не сохранён"), browser.text());
            assertProblem(browser, "plan:funding:0:amount", "Нужно целое число от 0 до 1 000 000 000");
            assertProblem(browser, "plan:milestones:0:month", "Нужно целое число от 1 до 12");
            assertProblem(browser, "plan:video", "Ссылка на видео должна начинаться с https://");
            List<String> links = browser.findAll(By.cssSelector("#problem-summary a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertEquals(3, links.size(), links::toString);
            String summary = browser.find("problem-summary").getText();
            assertTrue(summary.contains("Сумма, ₽ (Источники финансирования, строка 1)"),
                    () -> "a table cell's problem names its row: " + summary);
            assertTrue(links.stream().anyMatch(l -> l.endsWith("#plan:funding:0:amount")), links::toString);
            assertEquals("Сельская библиотека", browser.find("plan:host").getAttribute("value"), "typed text kept");
            assertEquals("-5 000", browser.find("plan:funding:0:amount").getAttribute("value"));
            browser.assertAccessible();
            browser.assertFitsWidth(360);

            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            int rows = fundingRows(browser);
            browser.find("plan:add-funding").click();
            String added = "plan:funding:" + rows + ":source";
            awaitElement(browser, added);
            assertEquals(rows + 1, fundingRows(browser));
            assertFocus(browser, added); // the new row's first field
            assertTrue(browser.driver().findElement(By.cssSelector("label[for='" + added + "']")).getText()
                    .contains(String.valueOf(rows + 1)), "the new row's fields are labelled with its number");
            new Select(browser.find(added)).selectByValue("grant");
            browser.type("plan:funding:" + rows + ":description", "Грант Фонда президентских грантов");
            browser.type("plan:funding:" + rows + ":amount", "150 000");

            // Remove the first row, the one with the negative amount: the rows after it move up, still as typed.
            WebElement firstRemove = browser.find("plan:funding:0:remove");
            firstRemove.click();
            awaitGone(browser, firstRemove);
            awaitElement(browser, "plan:funding:0:remove");
            assertEquals(rows, fundingRows(browser));
            int moved = rows - 1;
            assertEquals("150 000", browser.find("plan:funding:" + moved + ":amount").getAttribute("value"));
            assertEquals("Грант Фонда президентских грантов",
                    browser.find("plan:funding:" + moved + ":description").getAttribute("value"));
            assertEquals("grant", new Select(browser.find("plan:funding:" + moved + ":source"))
                    .getFirstSelectedOption().getAttribute("value"));
            assertFocus(browser, "plan:add-funding"); // after a removal the focus stays in the list
            assertEquals("Сельская библиотека", browser.find("plan:host").getAttribute("value"));
            assertEquals("13", browser.find("plan:milestones:0:month").getAttribute("value"));

            // With the keyboard alone: Enter on "add a milestone" adds one and moves there.
            int milestones = browser.findAll(By.cssSelector("[id$=':month'][id^='plan:milestones:']")).size();
            browser.find("plan:add-milestones").sendKeys(Keys.ENTER);
            String month = "plan:milestones:" + milestones + ":month";
            awaitElement(browser, month);
            assertFocus(browser, month);
            browser.driver().switchTo().activeElement().sendKeys("6");
            browser.assertAccessible();

            browser.type("plan:milestones:0:month", "2");
            browser.type("plan:video", "https://example.org/video");
            browser.clickAndWait("plan:save");
            assertTrue(browser.text().contains("Черновик сохранён."), browser.text());
            String stored = TestData.value("SELECT answers FROM presentation WHERE person_id = ?", trainee.id());
            assertTrue(stored.contains("\"amount\":\"150000\"") && !stored.contains("-5000"), stored);
            assertTrue(stored.contains("\"month\":\"6\"") && stored.contains("\"month\":\"2\""), stored);
            browser.assertAccessible();
        }
    }

    /**
     * A row removed at once after one was added: PrimeFaces keeps the add button disabled for at least 500 ms after
     * its request began, and a disabled button cannot take the focus, so the focus used to fall to the page (seen in
     * CI as the test above failing once in a while).
     */
    @Test
    void aRowRemovedRightAfterOneWasAddedGivesTheFocusBackToTheAddButton() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Быстрова", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());

        try (Browser browser = new Browser(url)) {
            browser.signIn(trainee.email(), trainee.password());
            browser.open("/presentations/mine.xhtml");
            int rows = fundingRows(browser);
            browser.find("plan:add-funding").click();
            String remove = "plan:funding:" + rows + ":remove";
            awaitElement(browser, remove);
            browser.find(remove).click();
            awaitGone(browser, remove);
            assertEquals(rows, fundingRows(browser));
            assertFocus(browser, "plan:add-funding");
        }
    }

    /** The field says it is invalid, names its message, and the message is next to it with the text. */
    private static void assertProblem(Browser browser, String id, String text) {
        WebElement field = browser.find(id);
        assertEquals("true", field.getAttribute("aria-invalid"), id);
        String describedBy = field.getAttribute("aria-describedby");
        assertTrue(describedBy != null && List.of(describedBy.split(" ")).contains(id + "-error"), id + ": " + describedBy);
        String message = browser.find(id + "-error").getText();
        assertTrue(message.contains(text), () -> id + ": " + message);
    }

    private static int fundingRows(Browser browser) {
        return browser.findAll(By.cssSelector("select[id^='plan:funding:'][id$=':source']")).size();
    }

    private static void assertFocus(Browser browser, String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage(() -> "the focus should be on " + id
                        + ", is on " + browser.driver().switchTo().activeElement().getAttribute("id"))
                .until(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
    }

    private static void awaitElement(Browser browser, String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> "no element " + id)
                .until(d -> !d.findElements(By.id(id)).isEmpty());
    }

    private static void awaitGone(Browser browser, String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> "still there: " + id)
                .until(d -> d.findElements(By.id(id)).isEmpty());
    }

    private static void awaitGone(Browser browser, WebElement element) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage(() -> "the list was not redrawn")
                .until(d -> {
                    try {
                        element.isEnabled();
                        return false;
                    } catch (org.openqa.selenium.StaleElementReferenceException e) {
                        return true;
                    }
                });
    }
}
