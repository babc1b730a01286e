package ru.ciss.lms.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * Issue #19, point 4: a trainee in two cohorts of one programme, and one in two programmes. The home page has a
 * section per cohort; each link opens its own cohort's page, which names it; an answer saved in one cohort is not in
 * the other; an old address without the cohort shows the choice (or goes to the only one); a cohort that is not the
 * trainee's is «Страница не найдена»; saving and reloading keep the address. axe-core on each page, and 360 px.
 */
class SeveralCohortsBrowserIT {

    private static final String NOT_FOUND = "Страница не найдена";

    URL url = SharedApplication.url();

    @Test
    void twoCohortsOfOneProgrammeEachWithItsOwnPages() throws Exception {
        long a = TestData.cohort("rc-leaders", null);
        long b = TestData.cohort("rc-leaders", null);
        long foreign = TestData.cohort("rc-leaders", null);
        String nameA = name(a);
        String nameB = name(b);
        TestPeople.Account trainee = TestPeople.create("Двухпоточная", "TRAINEE");
        TestData.enrolTrainee(a, trainee.id());
        TestData.enrolTrainee(b, trainee.id());
        TestData.enrolTrainee(foreign, TestPeople.create("Чужова", "TRAINEE").id());
        long module = firstModule("rc-leaders");

        try (Browser browser = new Browser(url)) {
            browser.signIn(trainee.email(), trainee.password());
            browser.open("/home/trainee.xhtml");
            String home = browser.text();
            assertTrue(home.contains(nameA) && home.contains(nameB), home);
            WebElement linkA = assignmentLink(browser, a, module);
            WebElement linkB = assignmentLink(browser, b, module);
            assertTrue(linkB.getAttribute("href").contains("cohort=" + b), linkB.getAttribute("href"));
            browser.assertAccessible();
            browser.assertFitsWidth(360);

            // Cohort A's answer, saved, then reloaded: the address keeps the cohort, the page names it.
            linkA.click();
            awaitPath(browser, "cohort=" + a);
            assertNamed(browser, nameA, nameB);
            browser.type("answer:text", "Ответ в потоке А");
            browser.clickAndWait("answer:save");
            assertTrue(browser.path().contains("cohort=" + a), browser::path);
            assertTrue(browser.text().contains("Черновик сохранён"), browser::text);
            browser.driver().navigate().refresh();
            assertTrue(browser.path().contains("cohort=" + a), browser::path);
            assertEquals("Ответ в потоке А", browser.find("answer:text").getAttribute("value"));
            assertNamed(browser, nameA, nameB);
            browser.assertAccessible();

            // Cohort B's page of the same module: its own, empty answer.
            browser.open("/study/assignment.xhtml?module=" + module + "&cohort=" + b);
            assertNamed(browser, nameB, nameA);
            assertEquals("", browser.find("answer:text").getAttribute("value"));
            assertEquals("Ответ в потоке А", TestData.value("SELECT draft_text FROM submission WHERE person_id = ? "
                    + "AND cohort_id = ?", trainee.id(), a));
            assertNull(TestData.value("SELECT draft_text FROM submission WHERE person_id = ? AND cohort_id = ?",
                    trainee.id(), b), "nothing written into cohort B");

            // An old address (an e-mail sent before, a bookmark): the choice, never one of them picked.
            browser.open("/study/assignment.xhtml?module=" + module);
            assertChoice(browser, "/study/assignment.xhtml", a, b, nameA, nameB);
            browser.assertAccessible();
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.assertFitsWidth(360);
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.open("/presentations/mine.xhtml");
            assertChoice(browser, "/presentations/mine.xhtml", a, b, nameA, nameB);
            browser.open("/presentations/mine.xhtml?cohort=" + b);
            assertNamed(browser, nameB, nameA);
            browser.assertAccessible();

            // The module and lesson pages carry the cohort on to the assignment and the next lesson.
            browser.open("/study/module.xhtml?id=" + module + "&cohort=" + b);
            assertNamed(browser, nameB, nameA);
            assertTrue(browser.find("to-assignment").getAttribute("href").contains("cohort=" + b),
                    () -> browser.find("to-assignment").getAttribute("href"));
            browser.open("/study/module.xhtml?id=" + module);
            assertChoice(browser, "/study/module.xhtml", a, b, nameA, nameB);
            browser.open("/attendance/my.xhtml?cohort=" + a);
            assertNamed(browser, nameA, nameB);

            // Someone else's cohort, or nonsense, in the address: not found, on every page.
            for (String page : List.of("/study/assignment.xhtml?module=" + module + "&cohort=" + foreign,
                    "/study/assignment.xhtml?module=" + module + "&cohort=x", "/presentations/mine.xhtml?cohort=" + foreign,
                    "/study/module.xhtml?id=" + module + "&cohort=" + foreign, "/attendance/my.xhtml?cohort=" + foreign)) {
                browser.open(page);
                assertTrue(browser.text().contains(NOT_FOUND), () -> page + ": " + browser.text());
            }
        }
    }

    @Test
    void twoProgrammesOneSectionEachAndAnOldAddressGoesToTheOnlyCohort() throws Exception {
        long leaders = TestData.cohort("rc-leaders", null);
        long innovations = TestData.cohort("social-innovations", null);
        TestPeople.Account trainee = TestPeople.create("Двухпрограммова", "TRAINEE");
        TestData.enrolTrainee(leaders, trainee.id());
        TestData.enrolTrainee(innovations, trainee.id());
        long module = firstModule("rc-leaders");
        long other = firstModule("social-innovations");

        try (Browser browser = new Browser(url)) {
            browser.signIn(trainee.email(), trainee.password());
            browser.open("/home/trainee.xhtml");
            assertTrue(browser.find("cohort-" + leaders).getText().contains(programme("rc-leaders")), browser::text);
            assertTrue(browser.find("cohort-" + innovations).getText().contains(programme("social-innovations")),
                    browser::text);
            assignmentLink(browser, leaders, module);
            assignmentLink(browser, innovations, other);
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            browser.assertFitsWidth(360);
            browser.assertAccessible();
            browser.driver().manage().window().setSize(new Dimension(1280, 900));

            browser.open("/study/assignment.xhtml?module=" + module);
            awaitPath(browser, "cohort=" + leaders);
            assertNamed(browser, name(leaders), name(innovations));
            browser.open("/study/assignment.xhtml?module=" + other + "&cohort=" + leaders);
            assertTrue(browser.text().contains(NOT_FOUND), "a cohort of another programme than the module's");
            browser.open("/presentations/mine.xhtml");
            assertChoice(browser, "/presentations/mine.xhtml", leaders, innovations, name(leaders), name(innovations));
        }
    }

    /** The home page's link to the module's assignment in the cohort's own section. */
    private static WebElement assignmentLink(Browser browser, long cohort, long module) {
        List<WebElement> links = browser.findAll(By.cssSelector("section[aria-labelledby='cohort-" + cohort
                + "'] ul.assignments a[href*='module=" + module + "&']"));
        assertEquals(1, links.size(), () -> "cohort " + cohort + ": " + browser.text());
        assertTrue(links.getFirst().getAttribute("href").contains("cohort=" + cohort),
                () -> links.getFirst().getAttribute("href"));
        return links.getFirst();
    }

    private static void assertNamed(Browser browser, String name, String notName) {
        String text = browser.text();
        assertFalse(text.contains(NOT_FOUND), () -> browser.path() + ": " + text);
        assertTrue(text.contains("Поток: " + name) || text.contains(name), () -> browser.path() + ": " + text);
        assertFalse(text.contains(notName), () -> browser.path() + " names the other cohort: " + text);
    }

    private static void assertChoice(Browser browser, String page, long a, long b, String nameA, String nameB) {
        String text = browser.text();
        assertTrue(text.contains("Выберите поток") && text.contains(nameA) && text.contains(nameB),
                () -> browser.path() + ": " + text);
        List<String> hrefs = browser.findAll(By.cssSelector("#choose-cohort a")).stream()
                .map(l -> l.getAttribute("href")).toList();
        assertEquals(2, hrefs.size(), hrefs::toString);
        assertTrue(hrefs.stream().allMatch(h -> h.contains(page)), hrefs::toString);
        assertTrue(hrefs.stream().anyMatch(h -> h.endsWith("cohort=" + a)), hrefs::toString);
        assertTrue(hrefs.stream().anyMatch(h -> h.endsWith("cohort=" + b)), hrefs::toString);
        assertTrue(browser.findAll(By.id("answer")).isEmpty() && browser.findAll(By.id("plan")).isEmpty(),
                "no form of either cohort before the choice");
    }

    private static void awaitPath(Browser browser, String part) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!browser.path().contains(part) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(browser.path().contains(part), browser::path);
    }

    private static String name(long cohort) throws Exception {
        return TestData.value("SELECT name FROM cohort WHERE id = ?", cohort);
    }

    private static String programme(String code) throws Exception {
        return TestData.value("SELECT title FROM programme WHERE code = ?", code);
    }

    private static long firstModule(String programme) throws Exception {
        return Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p ON p.id = m.programme_id "
                + "WHERE p.code = ? AND m.archived = FALSE ORDER BY m.position LIMIT 1", programme));
    }
}
