package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SchoolToday;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * Issue #18, phones: every page of every role, with data so the tables have rows, fits a 360-pixel screen without
 * sideways scrolling and passes axe-core there and on a desk; the header is one line with a menu button that the
 * keyboard opens and Esc closes; a table box that scrolls is reachable by keyboard and named; the answer comes
 * before the review decision and the slides before the rubric; and the homes: the trainee's names today's session
 * with a check-in and the next assignment's due date (overdue flagged), the mentor's lists the presentations
 * waiting for their score.
 */
class PhoneLayoutBrowserIT {

    private static final int PHONE = 360;

    URL url = SharedApplication.url();

    private int scrollingBoxes;
    private int selectsMeasured;

    /**
     * The user guide's pictures (src/site/markdown/user-guide.md), taken on a desk from the pages walked here, into
     * target/user-guide/images/guide/; copy them to src/site/resources/images/guide/ when the pages change.
     */
    private static final Map<String, String> GUIDE_PICTURES = Map.of("/login.xhtml", "sign-in",
            "/home/trainee.xhtml", "trainee-home", "/study/lesson.xhtml", "lesson", "/review/queue.xhtml",
            "review-queue", "/attendance/register.xhtml", "attendance", "/certificates/cohort.xhtml", "certificates",
            "/outcomes/dashboard.xhtml", "outcomes-dashboard");
    private static final Path PICTURES = Path.of("target", "user-guide", "images", "guide");
    private final Set<String> taken = new HashSet<>();

    /** Every page's problems, so one run names them all. */
    private final List<String> problems = new ArrayList<>();

    @Test
    void everyPageOfEveryRoleFitsAPhone() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Телефонова", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Карманов", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Узкоэкранная", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        long day = TestData.sessionDay(cohort, SchoolToday.forAWhile(), LocalTime.of(0, 0),
                LocalTime.of(23, 59));
        TestData.sessionDay(cohort, LocalDate.now(ZoneId.of("Asia/Omsk")).minusDays(7), LocalTime.of(10, 0),
                LocalTime.of(17, 0));
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN cohort c ON "
                + "c.programme_id = m.programme_id WHERE c.id = ? AND m.archived = FALSE ORDER BY m.position LIMIT 1", cohort));
        long secondModule = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN cohort c ON "
                + "c.programme_id = m.programme_id WHERE c.id = ? AND m.archived = FALSE ORDER BY m.position LIMIT 1 OFFSET 1",
                cohort));
        long lesson = Long.parseLong(TestData.value("SELECT id FROM lesson WHERE module_id = ? ORDER BY position LIMIT 1",
                module));
        long programme = Long.parseLong(TestData.value("SELECT programme_id FROM cohort WHERE id = ?", cohort));
        // The first module's answer waits for review; the second is the next to do, overdue since yesterday.
        TestData.update("INSERT INTO submission (cohort_id, module_id, person_id, state, versions, submitted_at, updated_at) "
                + "VALUES (?, ?, ?, 'SUBMITTED', 1, NOW(3), NOW(3))", cohort, module, trainee.id());
        long submission = Long.parseLong(TestData.value("SELECT id FROM submission WHERE cohort_id = ? AND person_id = ?",
                cohort, trainee.id()));
        TestData.update("INSERT INTO submission_version (submission_id, number, answer_text, submitted_at, late) "
                + "VALUES (?, 1, ?, NOW(3), FALSE)", submission, "Анализ ресурсов района: библиотека, дом культуры, "
                + "совет ветеранов, молодёжный центр. ".repeat(8));
        TestData.update("INSERT INTO assignment_due (cohort_id, module_id, due_at, late_rule) "
                + "VALUES (?, ?, NOW(3) - INTERVAL 1 DAY, 'ACCEPT')", cohort, secondModule);
        TestData.update("INSERT INTO presentation (cohort_id, person_id, state, district_id, host_organisation, "
                + "target_groups, growth_points, services, partners, funding, milestones, submitted_at, updated_at) "
                + "VALUES (?, ?, 'SUBMITTED', 31, 'Администрация сельского поселения', 'НКО', 'Дом культуры', '[]', "
                + "'Библиотека', '[]', '[]', NOW(3), NOW(3))", cohort, trainee.id());
        long presentation = Long.parseLong(TestData.value("SELECT id FROM presentation WHERE cohort_id = ? "
                + "AND person_id = ?", cohort, trainee.id()));
        TestData.update("INSERT INTO presentation_mentor (presentation_id, mentor_id, allocated_at, allocated_by) "
                + "VALUES (?, ?, NOW(3), ?)", presentation, mentor.id(), admin.id());

        try (Browser browser = new Browser(url)) {
            check(browser, "/login.xhtml");
            browser.signIn(trainee.email(), trainee.password());
            phone(browser);
            header(browser);
            WebElement today = browser.find("today");
            assertTrue(today.getText().contains("Сегодня сессия") && today.getText().contains("Весенняя сессия"),
                    today::getText);
            assertTrue(browser.find("today-checkin").getAttribute("href").contains("/attendance/checkin.xhtml"));
            String next = browser.find("next-assignment-" + cohort).getText();
            assertTrue(next.contains("Ближайшее задание") && next.contains("срок прошёл")
                    && next.matches("(?s).*\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d.*"), next);
            for (String page : List.of("/home/trainee.xhtml", "/attendance/my.xhtml", "/attendance/calendar.xhtml",
                    "/attendance/checkin.xhtml", "/study/module.xhtml?id=" + module, "/study/lesson.xhtml?id=" + lesson,
                    "/study/assignment.xhtml?module=" + module, "/study/assignment.xhtml?module=" + secondModule,
                    "/presentations/mine.xhtml", "/outcomes/my.xhtml", "/account/profile.xhtml",
                    "/account/consents.xhtml", "/account/notifications.xhtml", "/account/password.xhtml")) {
                check(browser, page);
            }
            browser.signOut();

            browser.signIn(mentor.email(), mentor.password());
            phone(browser);
            WebElement waiting = browser.find("scoring-list");
            // Blind scoring (issue #22): the presentation's code, not the trainee's name.
            String code = String.format("П-%03d", Integer.parseInt(TestData.value(
                    "SELECT blind_code FROM presentation WHERE id = ?", presentation)));
            assertTrue(waiting.getText().contains(code) && !waiting.getText().contains("Телефонова"), waiting::getText);
            assertTrue(waiting.findElement(By.tagName("a")).getAttribute("href")
                    .contains("/presentations/score.xhtml?id=" + presentation), waiting::getText);
            for (String page : List.of("/home/mentor.xhtml", "/review/queue.xhtml",
                    "/review/submission.xhtml?id=" + submission, "/presentations/queue.xhtml",
                    "/presentations/score.xhtml?id=" + presentation, "/attendance/calendar.xhtml",
                    "/account/profile.xhtml")) {
                check(browser, page);
            }
            browser.open("/review/submission.xhtml?id=" + submission);
            assertTrue(before("versions-heading", "decision", browser), "the answer comes before the decision");
            browser.open("/presentations/score.xhtml?id=" + presentation);
            assertTrue(before("slides", "score", browser) && before("plan", "score", browser),
                    "the slides and the plan come before the rubric");
            browser.signOut();

            browser.signIn(admin.email(), admin.password());
            phone(browser);
            header(browser);
            for (String page : List.of("/home/admin.xhtml", "/people/list.xhtml",
                    "/people/edit.xhtml?id=" + trainee.id(), "/people/person.xhtml?id=" + trainee.id(),
                    "/course/programmes.xhtml",
                    "/course/programme.xhtml?id=" + programme, "/course/cohorts.xhtml", "/course/cohort.xhtml?id=" + cohort,
                    "/course/assignments.xhtml?cohort=" + cohort, "/course/enrol.xhtml?cohort=" + cohort,
                    "/presentations/cohort.xhtml?cohort=" + cohort,
                    "/presentations/presentation.xhtml?cohort=" + cohort + "&id=" + presentation,
                    "/attendance/sessions.xhtml?cohort=" + cohort, "/attendance/mark.xhtml?day=" + day,
                    "/attendance/session.xhtml?session=" + TestData.value("SELECT session_id FROM session_day WHERE id = ?",
                            day), "/attendance/day.xhtml?day=" + day,
                    "/attendance/register.xhtml?cohort=" + cohort, "/attendance/screen.xhtml?day=" + day,
                    "/attendance/calendar.xhtml", "/review/queue.xhtml", "/certificates/cohort.xhtml?cohort=" + cohort,
                    "/certificates/register.xhtml", "/outcomes/dashboard.xhtml", "/outcomes/review.xhtml",
                    "/admin/outbox.xhtml")) {
                check(browser, page);
            }
            // The marking grid's reason, about 70 px beside the mark, takes a line of its own while typed in and after.
            browser.open("/attendance/mark.xhtml?day=" + day);
            WebElement reason = browser.driver().findElement(By.cssSelector("table.marking input[type=text]"));
            int beside = reason.getSize().getWidth();
            reason.click();
            reason.sendKeys("болезнь, справка от врача");
            reason.sendKeys(org.openqa.selenium.Keys.TAB);
            int typed = reason.getSize().getWidth();
            assertTrue(beside < 150 && typed > 250, () -> "the reason field: " + beside + " px empty, " + typed
                    + " px with a reason typed");
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertEquals(new HashSet<>(GUIDE_PICTURES.values()), taken, "every picture of the user guide was taken");
        for (String name : taken) {
            byte[] png = Files.readAllBytes(PICTURES.resolve(name + ".png"));
            assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                    () -> name + ".png is a picture of a page, " + png.length + " bytes");
        }
        assertTrue(selectsMeasured > 0, "selects were measured (the marking grid's, the filters'), so the check above "
                + "checked something");
        assertTrue(scrollingBoxes > 0, "at least one wide table was walked past (the attendance register, the marking "
                + "grid or the people register), so the keyboard check above checked something");
    }

    /**
     * The accessibility check used on every page above can fail: an image without a text and a field without a label
     * put into a page that passed are named, twice on one page (the check reuses what it sent into the page).
     */
    @Test
    void theAccessibilityCheckNamesWhatIsWrong() {
        try (Browser browser = new Browser(url)) {
            browser.open("/login.xhtml");
            browser.assertAccessible();
            ((JavascriptExecutor) browser.driver()).executeScript("var main = document.querySelector('main');"
                    + "var img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';"
                    + "main.appendChild(img); var input = document.createElement('input'); input.type = 'text';"
                    + "main.appendChild(input);");
            for (int run = 1; run <= 2; run++) {
                AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                        browser::assertAccessible);
                assertTrue(refused.getMessage().contains("image-alt") && refused.getMessage().contains("label"),
                        refused::getMessage);
            }
        }
    }

    private static void phone(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(PHONE, 800));
    }

    /** One line on a phone: the name and a menu button that opens the rest, also from the keyboard. */
    private static void header(Browser browser) {
        phone(browser);
        WebElement button = browser.find("menu-button");
        WebElement nav = browser.driver().findElement(By.cssSelector("nav.mainnav"));
        WebElement brand = browser.driver().findElement(By.cssSelector(".topbar .brand"));
        WebElement bar = browser.driver().findElement(By.cssSelector("header.topbar"));
        // Straight to the person's home, like the menu's first link (not through /index and a redirect).
        assertEquals(nav.findElement(By.tagName("a")).getAttribute("href"), brand.getAttribute("href"));
        assertTrue(button.isDisplayed(), "a menu button on a phone");
        assertFalse(nav.isDisplayed(), "the navigation folded behind it");
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertTrue(bar.getSize().getHeight() < button.getSize().getHeight() + 24,
                () -> "the header is one line, " + bar.getSize().getHeight() + " px high");
        assertTrue(Math.abs(brand.getLocation().getY() + brand.getSize().getHeight() / 2
                - button.getLocation().getY() - button.getSize().getHeight() / 2) < 8, "name and button on one line");
        button.sendKeys(Keys.ENTER);
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(nav.isDisplayed(), "Enter opens the menu");
        browser.assertFitsWidth(PHONE);
        browser.assertAccessible();
        nav.findElement(By.tagName("a")).sendKeys(Keys.ESCAPE);
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(nav.isDisplayed(), "Esc closes it");
        assertEquals("menu-button", browser.driver().switchTo().activeElement().getAttribute("id"),
                "and gives the focus back to the button");
        button.sendKeys(Keys.SPACE);
        assertEquals("true", button.getAttribute("aria-expanded"), "Space opens it too");
        button.click();
        assertEquals("false", button.getAttribute("aria-expanded"));
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        assertFalse(button.isDisplayed(), "no menu button on a desk");
        assertTrue(nav.isDisplayed(), "the navigation in full");
        phone(browser);
    }

    /** On a phone and then on a desk: no sideways scrolling, axe-core, and every scrolling box keyboard-reachable. */
    private void check(Browser browser, String page) {
        phone(browser);
        browser.policyViolations(); // what earlier pages left in the console
        browser.open(page);
        assertFalse(browser.text().contains("Страница не найдена") || browser.text().contains("Доступ запрещён"),
                () -> page + ": " + browser.text());
        if (browser.text().contains("???")) { // a text key without its words in the bundle
            problems.add(page + ": a missing text: " + browser.text());
        }
        for (Runnable step : List.<Runnable>of(() -> browser.assertFitsWidth(PHONE), () -> boxesReachable(browser, page),
                () -> choicesReadable(browser, page), () -> boxesBesideTheirLabels(browser, page),
                () -> titlesWhole(browser, page),
                () -> {
                    List<String> refused = browser.policyViolations();
                    assertTrue(refused.isEmpty(), () -> page + ": the content security policy refused " + refused);
                },
                browser::assertAccessible, () -> {
                    browser.driver().manage().window().setSize(new Dimension(1280, 900));
                    browser.assertAccessible();
                    picture(browser, page);
                }, () -> focusAndEdgesVisible(browser, page))) {
            try {
                step.run();
            } catch (AssertionError e) {
                problems.add(e.getMessage());
            }
        }
        phone(browser);
    }

    /**
     * Every control the keyboard reaches shows where the focus is with a ring of 3:1 or more against what surrounds it,
     * and every field's border is 3:1 against the page (WCAG 1.4.11), with or without PrimeFaces' theme: the theme took
     * the school's ring off every input, select and button and gave fields 1.5:1 borders.
     */
    @SuppressWarnings("unchecked")
    private static void focusAndEdgesVisible(Browser browser, String page) {
        List<Object> refused = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "function rgb(c) { var m = c.match(/[\\d.]+/g).map(Number); return m.length > 3 && m[3] === 0 ? null : m; }"
                + "function lum(c) { return [0, 1, 2].map(function (i) { var v = c[i] / 255;"
                + "  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })"
                + "  .reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }"
                + "function ratio(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }"
                + "function behind(e) { for (; e; e = e.parentElement) { var c = rgb(getComputedStyle(e).backgroundColor);"
                + "  if (c) return c; } return [255, 255, 255]; }"
                + "function name(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.type ? '[' + e.type + ']' : ''); }"
                + "var out = [], seen = 0;"
                + "document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect(), s = getComputedStyle(e);"
                + "  if (e.disabled || r.width < 4 || r.height < 4 || s.visibility === 'hidden' || seen > 60) return;"
                + "  var field = /^(text|email|password|search|tel|number|url|date|datetime-local|time|select-one|select-multiple)$/"
                + "    .test(e.type || '') && e.tagName !== 'BUTTON';"
                + "  if (field && ratio(rgb(s.borderTopColor), behind(e.parentElement)) < 3) out.push(name(e) + ': border '"
                + "    + s.borderTopColor + ' on ' + behind(e.parentElement));"
                + "  e.focus(); if (document.activeElement !== e) return; seen++;"
                + "  var f = getComputedStyle(e), ring = rgb(f.outlineColor);"
                + "  if (f.outlineStyle === 'none' || parseFloat(f.outlineWidth) < 2 || !ring)"
                + "    out.push(name(e) + ': focus outline ' + f.outlineStyle + ' ' + f.outlineWidth);"
                + "  else if (ratio(ring, behind(e.parentElement)) < 3) out.push(name(e) + ': focus ring ' + f.outlineColor"
                + "    + ' on ' + behind(e.parentElement));"
                + "});"
                + "if (document.activeElement) document.activeElement.blur(); return seen === 0 ? ['nothing focused'] : out;");
        assertTrue(refused.isEmpty(), () -> page + ": " + refused);
    }

    /**
     * On a phone every select shows the whole of what is chosen in it, unless it already takes the page's whole width:
     * the marking grid's three columns left its mark «— не с», and a mentor marks from a phone. Measured with the
     * select's own font; 20 px for the arrow.
     */
    @SuppressWarnings("unchecked")
    private void choicesReadable(Browser browser, String page) {
        List<Object> cut = new ArrayList<>((List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var pen = document.createElement('canvas').getContext('2d'), out = [0];"
                + "var room = document.querySelector('main').clientWidth;"
                + "document.querySelectorAll('main select').forEach(function (s) {"
                + "  var r = s.getBoundingClientRect(), st = getComputedStyle(s);"
                + "  if (s.disabled || s.multiple || s.selectedIndex < 0 || r.width < 4 || st.visibility === 'hidden') return;"
                + "  pen.font = st.font; out[0]++;"
                + "  var need = pen.measureText(s.options[s.selectedIndex].text).width + parseFloat(st.paddingLeft)"
                + "    + parseFloat(st.paddingRight) + 20;"
                + "  if (r.width + 1 < Math.min(need, room * 0.85)) out.push((s.id || s.name) + ': ' + Math.round(r.width)"
                + "    + ' px for «' + s.options[s.selectedIndex].text + '», ' + Math.round(need) + ' px needed');"
                + "}); return out;"));
        selectsMeasured += ((Number) cut.removeFirst()).intValue();
        assertTrue(cut.isEmpty(), () -> page + ": " + cut);
    }

    /**
     * On a phone every checkbox stands on the line of its label: the presentation settings' box sat centred on a line of
     * its own above «Не назначать наставника из района слушателя», which read as belonging to the field above.
     */
    @SuppressWarnings("unchecked")
    private static void boxesBesideTheirLabels(Browser browser, String page) {
        List<Object> apart = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var out = [];"
                + "document.querySelectorAll('main input[type=checkbox]').forEach(function (box) {"
                + "  var label = box.id && document.querySelector('label[for=\"' + CSS.escape(box.id) + '\"]');"
                + "  var b = box.getBoundingClientRect();"
                + "  if (!label || b.width < 4 || getComputedStyle(box).visibility === 'hidden') return;"
                + "  var l = label.getClientRects()[0];"
                + "  if (!l) return;"
                + "  var middle = b.top + b.height / 2;"
                + "  if (middle < l.top || middle > l.bottom) out.push(box.id + ': the box at ' + Math.round(b.top)"
                + "    + ' px, the first line of its label at ' + Math.round(l.top) + '–' + Math.round(l.bottom) + ' px');"
                + "}); return out;");
        assertTrue(apart.isEmpty(), () -> page + ": " + apart);
    }

    /**
     * A phone shows a table row by row, each cell under its column's title: no title may cut a word in two («Отправлен»
     * over «о» in the review queue). Each title's longest word, measured in its own font, fits its box.
     */
    @SuppressWarnings("unchecked")
    private static void titlesWhole(Browser browser, String page) {
        List<Object> cut = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var pen = document.createElement('canvas').getContext('2d'), out = [];"
                + "document.querySelectorAll('main .ui-column-title').forEach(function (t) {"
                + "  var st = getComputedStyle(t), r = t.getBoundingClientRect();"
                + "  if (st.display === 'none' || r.width < 4) return;"
                + "  pen.font = st.font;"
                + "  var room = r.width - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight);"
                + "  t.textContent.split(/\\s+/).forEach(function (w) {"
                + "    if (w && pen.measureText(w).width > room + 1) out.push('«' + w + '» in ' + Math.round(room) + ' px');"
                + "  });"
                + "}); return out;");
        assertTrue(cut.isEmpty(), () -> page + ": column titles cut: " + cut);
    }

    /** The page as the user guide shows it, the first time a page of the guide is walked. */
    private void picture(Browser browser, String page) {
        String name = GUIDE_PICTURES.get(page.replaceFirst("\\?.*", ""));
        if (name == null || !taken.add(name)) {
            return;
        }
        try {
            Files.createDirectories(PICTURES);
            Files.write(PICTURES.resolve(name + ".png"),
                    ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private void boxesReachable(Browser browser, String page) {
        List<Object> boxes = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var out = [];"
                + "document.querySelectorAll('main .table-scroll, main .ui-datatable-tablewrapper').forEach(function (b) {"
                + "  if (b.scrollWidth > b.clientWidth + 1) out.push([b.getAttribute('tabindex'), b.getAttribute('role'),"
                + "    b.getAttribute('aria-label') || b.getAttribute('aria-labelledby'), getComputedStyle(b).borderRightWidth]);"
                + "}); return out;");
        for (Object box : boxes) {
            List<Object> b = new ArrayList<>((List<Object>) box);
            assertEquals("0", b.get(0), () -> page + ": a table box that scrolls is reachable by keyboard " + b);
            assertTrue(b.get(1) != null && b.get(2) != null, () -> page + ": and named " + b);
            assertFalse("0px".equals(b.get(3)), () -> page + ": with a visible edge " + b);
            scrollingBoxes++;
        }
    }

    private static boolean before(String first, String second, Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return (document.getElementById(arguments[0]).compareDocumentPosition("
                + "document.getElementById(arguments[1])) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;", first, second);
    }
}
