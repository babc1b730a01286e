package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * Issue #18, point 3: every page that takes a parameter, walked by the role it is for. On each the test acts
 * (a successful action), then checks that the browser arrived by a redirect (post-redirect-get, so a reload never
 * sends the action again) at the same page with the same parameters, and that a reload shows the same page (same
 * heading, not «Страница не найдена»). Pages whose result lives only in the view (a CSV preview, a secret shown
 * once) are left out by design: see {@link Redirects}.
 */
class EveryPageKeepsItsAddressBrowserIT {

    URL url = SharedApplication.url();

    /** Every page's problems, so one run names them all. */
    private final List<String> problems = new ArrayList<>();

    @Test
    void everyPageWithAParameterKeepsItAfterAnActionAndAReload() throws Exception {
        ZoneId omsk = ZoneId.of("Asia/Omsk");
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Адресная", "TRAINEE");
        TestPeople.Account graduate = TestPeople.create("Выпускникова", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Закладкин", "MENTOR");
        TestPeople.Account secondMentor = TestPeople.create("Снимаемый", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Перезагрузова", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolTrainee(cohort, graduate.id());
        TestData.enrolMentor(cohort, mentor.id());
        TestData.enrolMentor(cohort, secondMentor.id());
        TestData.graduate(cohort, graduate.id());
        long certificate = Long.parseLong(TestData.value("SELECT id FROM certificate WHERE person_id = ?", graduate.id()));
        long pastDay = TestData.sessionDay(cohort, LocalDate.now(omsk).minusDays(3), LocalTime.of(10, 0), LocalTime.of(17, 0));
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN cohort c ON "
                + "c.programme_id = m.programme_id WHERE c.id = ? AND m.archived = FALSE ORDER BY m.position LIMIT 1", cohort));
        long secondModule = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN cohort c ON "
                + "c.programme_id = m.programme_id WHERE c.id = ? AND m.archived = FALSE ORDER BY m.position LIMIT 1 OFFSET 1",
                cohort));
        TestData.update("INSERT INTO submission (cohort_id, module_id, person_id, state, versions, submitted_at, updated_at) "
                + "VALUES (?, ?, ?, 'SUBMITTED', 1, NOW(3), NOW(3))", cohort, module, trainee.id());
        long submission = Long.parseLong(TestData.value("SELECT id FROM submission WHERE cohort_id = ? AND person_id = ?",
                cohort, trainee.id()));
        TestData.update("INSERT INTO submission_version (submission_id, number, answer_text, submitted_at, late) "
                + "VALUES (?, 1, 'Ресурсы района: библиотека и дом культуры.', NOW(3), FALSE)", submission);
        TestData.update("INSERT INTO presentation (cohort_id, person_id, state, district_id, host_organisation, "
                + "target_groups, growth_points, services, partners, funding, milestones, submitted_at, updated_at) "
                + "VALUES (?, ?, 'SUBMITTED', 31, 'Администрация сельского поселения', 'НКО', 'Дом культуры', '[]', "
                + "'Библиотека', '[]', '[]', NOW(3), NOW(3))", cohort, trainee.id());
        long presentation = Long.parseLong(TestData.value("SELECT id FROM presentation WHERE cohort_id = ? "
                + "AND person_id = ?", cohort, trainee.id()));
        for (long m : List.of(mentor.id(), secondMentor.id())) {
            TestData.update("INSERT INTO presentation_mentor (presentation_id, mentor_id, allocated_at, allocated_by) "
                    + "VALUES (?, ?, NOW(3), ?)", presentation, m, admin.id());
        }

        try (Browser browser = new Browser(url)) {
            browser.signIn(trainee.email(), trainee.password());
            walk(browser, "/study/assignment.xhtml?module=" + secondModule + "&cohort=" + cohort, b -> {
                b.type("answer:text", "Черновик: план встречи с НКО района.");
                b.clickAndWait("answer:save");
            });
            browser.signOut();

            // The plan of a trainee who has none yet: a draft saved keeps the cohort in the address.
            browser.signIn(graduate.email(), graduate.password());
            walk(browser, "/presentations/mine.xhtml?cohort=" + cohort, b -> {
                b.type("plan:host", "Администрация Крутинского сельского поселения");
                b.clickAndWait("plan:save");
            });
            browser.signOut();

            browser.signIn(mentor.email(), mentor.password());
            walk(browser, "/presentations/score.xhtml?id=" + presentation, b -> {
                b.type("score:comment", "Сильная сторона — партнёры.");
                b.clickAndWait("score:save");
            });
            walk(browser, "/review/submission.xhtml?id=" + submission, b -> {
                b.driver().findElement(By.cssSelector("input[name='decision:choice'][value='ACCEPTED']")).click();
                b.type("decision:comment", "Принято: анализ ресурсов полный.");
                b.clickAndWait("decision:send");
            });
            browser.signOut();

            browser.signIn(admin.email(), admin.password());
            walk(browser, "/attendance/mark.xhtml?day=" + pastDay, b -> b.clickAndWait("grid:save"));
            walk(browser, "/course/assignments.xhtml?cohort=" + cohort, b -> b.clickAndWait("plan:save"));
            walk(browser, "/presentations/cohort.xhtml?cohort=" + cohort, b -> b.clickAndWait("setup:save"));
            walk(browser, "/presentations/presentation.xhtml?cohort=" + cohort + "&id=" + presentation, b -> {
                WebElement remove = b.driver().findElements(By.cssSelector("[data-confirm='mentor-remove-confirm']")).stream()
                        .filter(e -> e.getAttribute("data-confirm-subject").contains("Снимаемый")).findFirst().orElseThrow();
                b.confirmAndWait(remove.getAttribute("id"), "mentor-remove-confirm");
            });
            walk(browser, "/certificates/cohort.xhtml?cohort=" + cohort, b -> b.clickAndWait("rules-form:save-rules"));
            walk(browser, "/people/edit.xhtml?id=" + trainee.id(), b -> {
                b.type("password:newPassword", "Новый-пароль-2026");
                b.clickAndWait("password:reset");
            });
            java.nio.file.Path scan = java.nio.file.Files.createTempFile("приказ", ".pdf");
            java.nio.file.Files.write(scan, ru.ciss.lms.testing.TestFiles.pdf("Приказ об открытии центра"));
            walk(browser, "/outcomes/graduate.xhtml?person=" + graduate.id(), b -> {
                new org.openqa.selenium.support.ui.Select(b.find("outcome:kind")).selectByValue("RESOURCE_CENTRE");
                ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1]",
                        b.find("outcome:date"), LocalDate.now(omsk).minusDays(3).toString());
                b.type("outcome:name", "Ресурсный центр «Закладка»");
                new org.openqa.selenium.support.ui.Select(b.find("outcome:district")).selectByVisibleText("Крутинский район");
                b.type("outcome:host", "МБУ «Крутинский дом культуры»");
                new org.openqa.selenium.support.ui.Select(b.find("outcome:form")).selectByValue("MUNICIPAL_INSTITUTION");
                b.find("outcome:file").sendKeys(scan.toString());
                b.clickAndWait("outcome:save");
            });
            java.nio.file.Files.deleteIfExists(scan);
            // After the graduate's page: a revoked certificate makes its holder no graduate any more.
            walk(browser, "/certificates/certificate.xhtml?id=" + certificate, b -> {
                b.type("revoke:reason", "Выдан по ошибке: проверка адреса.");
                b.confirmAndWait("revoke:do-revoke", "revoke-confirm");
            });
            walk(browser, "/attendance/sessions.xhtml?cohort=" + cohort, b -> {
                b.type("session:title", "Сессия для закладки");
                b.type("session:link", "https://meet.example.org/bookmark");
                b.clickAndWait("session:create");
            });
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Opens the page, acts, and checks the address, the redirect, and a reload. */
    private void walk(Browser browser, String page, Consumer<Browser> act) {
        browser.open(page);
        String heading = heading(browser);
        try {
            act.accept(browser);
        } catch (RuntimeException e) {
            problems.add(page + ": could not act: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        check(browser, page, heading, "after the action");
        Object redirects = ((JavascriptExecutor) browser.driver()).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.redirectCount : -1;");
        if (!(redirects instanceof Long count) || count < 1) {
            problems.add(page + ": the action was not followed by a redirect (redirectCount " + redirects
                    + "): a reload would send it again");
        }
        if (browser.driver().findElements(By.cssSelector(".msg-error, .field-error:not(:empty)")).stream()
                .anyMatch(WebElement::isDisplayed)) {
            problems.add(page + ": the action was refused: " + browser.text().lines().limit(12).toList());
        }
        if (browser.driver().findElements(By.cssSelector(".msg-info")).stream().noneMatch(WebElement::isDisplayed)) {
            problems.add(page + ": no message says the action was done (kept through the redirect)");
        }
        browser.driver().navigate().refresh();
        check(browser, page, heading, "after a reload");
    }

    private void check(Browser browser, String page, String heading, String when) {
        String path = browser.path();
        if (!samePage(page, path)) {
            problems.add(page + ": " + when + " the address is " + path);
        }
        if (browser.text().contains("Страница не найдена") || browser.text().contains("Страница устарела")) {
            problems.add(page + ": " + when + " the page says it is not found or expired");
        }
        if (!heading.equals(heading(browser))) {
            problems.add(page + ": " + when + " the heading is «" + heading(browser) + "», was «" + heading + "»");
        }
    }

    private static String heading(Browser browser) {
        return browser.driver().findElements(By.tagName("h1")).stream().findFirst().map(WebElement::getText).orElse("");
    }

    /** The same path with the same parameters, in any order (a redirect may list them in the view's order). */
    static boolean samePage(String expected, String actual) {
        URI a = URI.create(expected);
        URI b = URI.create(actual);
        return a.getPath().equals(b.getPath()) && parameters(a).equals(parameters(b));
    }

    private static Set<String> parameters(URI uri) {
        return uri.getRawQuery() == null ? Set.of() : new TreeSet<>(Arrays.asList(uri.getRawQuery().split("&")));
    }
}
