package ru.ciss.lms.attendance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SchoolToday;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #19: one trainee's attendance reads the same on every page and export. Семёнова has one «О» (late) and five
 * past days nobody marked: 1 of 6 held days, 16 %, at risk, on the register, its district summary, the export, the
 * certificate page and her own page. A trainee enrolled after every day had no day at all and does not meet the
 * rule. The summary tables are read cell by cell under their headers (point 6).
 */
class AttendanceFiguresBrowserIT {


    URL url = SharedApplication.url();

    @Test
    void theSameTraineeHasTheSameFigureEverywhere() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        String surname = "Семёнова" + UUID.randomUUID().toString().substring(0, 4);
        TestPeople.Account trainee = TestPeople.create(surname, "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        LocalDate today = SchoolToday.forAWhile();
        List<Long> days = new ArrayList<>();
        for (int i = 10; i > 4; i--) {
            days.add(TestData.sessionDay(cohort, today.minusDays(i), LocalTime.of(10, 0), LocalTime.of(17, 0)));
        }
        TestData.mark(days.get(0), trainee.id(), "LATE");
        TestPeople.Account late = TestPeople.create("Позднякова" + UUID.randomUUID().toString().substring(0, 4), "TRAINEE");
        TestData.update("INSERT INTO cohort_member (cohort_id, person_id, role, enrolled_at) VALUES (?, ?, 'TRAINEE', NOW(3))",
                cohort, late.id());
        TestPeople.Account admin = TestPeople.create("Сверкина", "ADMINISTRATOR");

        try (Browser browser = new Browser(url)) {
            browser.signIn(admin.email(), admin.password());
            browser.open("/attendance/register.xhtml?cohort=" + cohort);
            WebElement register = browser.find("register");
            assertEquals("1 из 6", cell(register, surname, "Посещено"));
            assertEquals("16", cell(register, surname, "%"));
            assertTrue(register.findElement(By.xpath(".//tr[th[contains(., '" + surname + "')]]"))
                    .getAttribute("class").contains("at-risk"), "1 of 6 is at risk");
            assertEquals(5, browser.find("unmarked").findElements(By.cssSelector("a.unmarked-day")).size(),
                    () -> "the five unmarked past days are listed as work: " + browser.find("unmarked").getText());

            // Point 6: each figure under its own header; both trainees are of one district, the late one adds no day.
            WebElement district = browser.find("summary-district");
            assertEquals("2", cellOfOnlyRow(district, "Слушателей"));
            assertEquals("6", cellOfOnlyRow(district, "Прошло дней (всего)"));
            assertEquals("1", cellOfOnlyRow(district, "Посещено дней"));
            assertEquals("16", cellOfOnlyRow(district, "%"));
            assertEquals("1", cellOfOnlyRow(district, "Под риском"));
            WebElement kind = browser.find("summary-kind");
            assertEquals("16", cellOfOnlyRow(kind, "%"));
            assertEquals("1", cellOfOnlyRow(kind, "Под риском"));
            browser.assertAccessible();

            browser.open("/certificates/cohort.xhtml?cohort=" + cohort);
            WebElement eligibility = browser.find("eligibility");
            String rule = cell(eligibility, surname, "Посещаемость");
            assertTrue(rule.startsWith("✗ посещено 1 из 6 дней (16 %)"), rule);
            String none = cell(eligibility, late.surname(), "Посещаемость");
            assertTrue(none.startsWith("✗ не было ни одного дня"), none);

            browser.assertAccessible();
        }

        WebClient client = new WebClient(url);
        client.signIn(admin.email(), admin.password());
        HttpResponse<byte[]> csv = client.getBytes("/attendance/register-export?cohort=" + cohort + "&format=csv");
        assertEquals(200, csv.statusCode());
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        List<String> headers = Arrays.asList(lines.get(0).split(";", -1));
        String[] row = lines.stream().filter(l -> l.contains(surname)).findFirst().orElseThrow().split(";", -1);
        assertEquals("16", row[headers.indexOf("%")], lines::toString);
        assertEquals("да", row[headers.indexOf("Под риском")], lines::toString);

        try (Browser own = new Browser(url)) {
            own.signIn(trainee.email(), trainee.password());
            own.open("/attendance/my.xhtml");
            String text = own.text();
            assertTrue(text.contains("Посещено 1 из 6 прошедших дней (16 %)"), text);
            assertTrue(text.contains("Не отмечено прошедших дней: 5"), text);
            assertTrue(!text.contains("Пока всё идёт по плану"), text);
            own.assertAccessible();
        }

        try (Browser browser = new Browser(url)) {
            browser.signIn(admin.email(), admin.password());
            // Records after the fact: the grid of a past day says why the late trainee cannot be marked, and
            // «Все присутствуют» says what it did.
            browser.open("/attendance/mark.xhtml?day=" + days.get(1));
            assertTrue(browser.find("not-expected").getText().contains("Слушателей, зачисленных после этого дня: 1"),
                    () -> browser.text());
            // In words agreeing with the trainee (the test people's patronymic is «Тестович»).
            assertTrue(browser.text().contains("зачислен с " + today.format(java.time.format.DateTimeFormatter
                    .ofPattern("dd.MM.yyyy"))), () -> browser.text());
            // The rows are written by one component (MarkingRows) since issue #25: the late one stays locked, and
            // each row's name is the label of its own select (by id, as h:outputLabel named it).
            WebElement lateRow = browser.find("rows").findElement(By.xpath(".//tbody/tr[th[contains(., '"
                    + late.surname() + "')]]"));
            WebElement lateSelect = lateRow.findElement(By.tagName("select"));
            assertFalse(lateSelect.isEnabled(), "a trainee enrolled after the day cannot be marked on it");
            assertEquals(lateSelect.getAttribute("id"), lateRow.findElement(By.tagName("label")).getAttribute("for"));
            WebElement ownRow = browser.find("rows").findElement(By.xpath(".//tbody/tr[th[contains(., '" + surname
                    + "')]]"));
            assertEquals("", chosen(ownRow), "not marked on this day yet");
            assertEquals(ownRow.findElement(By.tagName("select")).getAttribute("id"),
                    ownRow.findElement(By.tagName("label")).getAttribute("for"));
            browser.clickAndWait("grid:allPresent");
            assertTrue(browser.find("grid:grid-messages").getText().contains("Отмечены как присутствующие: 1"),
                    () -> browser.text());
            browser.clickAndWait("grid:save");
            assertTrue(browser.text().contains("Сохранено отметок: 1"), () -> browser.text());
            assertEquals("PRESENT", chosen(browser.find("rows").findElement(By.xpath(".//tbody/tr[th[contains(., '"
                    + surname + "')]]"))), "the saved mark is the row's chosen option");
            assertTrue(browser.find("history").getText().contains("внесено позже дня сессии"),
                    () -> "a mark copied from paper is told apart: " + browser.find("history").getText());
            browser.open("/attendance/mark.xhtml?day=" + days.get(0));
            browser.clickAndWait("grid:allPresent");
            assertTrue(browser.find("grid:grid-messages").getText().contains("уже отмечены"), () -> browser.text());
            browser.assertAccessible();
        }
    }

    /** The value of the option chosen in the row's select. */
    private static String chosen(WebElement row) {
        return new org.openqa.selenium.support.ui.Select(row.findElement(By.tagName("select"))).getFirstSelectedOption()
                .getAttribute("value");
    }

    /** The text of the cell under the header, in the row whose row header names the person. */
    static String cell(WebElement table, String name, String header) {
        int column = columnOf(table, header);
        WebElement row = table.findElement(By.xpath(".//tbody/tr[th[contains(., '" + name + "')]]"));
        return row.findElements(By.xpath("./th|./td")).get(column).getText().strip();
    }

    static String cellOfOnlyRow(WebElement table, String header) {
        List<WebElement> rows = table.findElements(By.xpath(".//tbody/tr"));
        assertEquals(1, rows.size(), () -> table.getText());
        return rows.get(0).findElements(By.xpath("./th|./td")).get(columnOf(table, header)).getText().strip();
    }

    private static int columnOf(WebElement table, String header) {
        List<String> headers = table.findElements(By.xpath(".//thead/tr/th")).stream().map(h -> h.getText().strip())
                .toList();
        int column = headers.indexOf(header);
        assertTrue(column >= 0, () -> header + " not among " + headers);
        return column;
    }
}
