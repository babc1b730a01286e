package ru.ciss.lms.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * Enrolling into a cohort whose days already happened asks from when the trainee is expected, with the consequence
 * of each answer; nothing is chosen beforehand, and enrolling without an answer is refused next to the question.
 */
class LateEnrolmentBrowserIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    URL url = SharedApplication.url();

    @Test
    void enrollingLateAsksFromTheStartOrFromToday() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        LocalDate today = ru.ciss.lms.testing.SchoolToday.forAWhile();
        LocalDate past = today.minusDays(7);
        TestData.sessionDay(cohort, past, LocalTime.of(10, 0), LocalTime.of(17, 0));
        String starts = TestData.value("SELECT DATE_FORMAT(starts_on, '%d.%m.%Y') FROM cohort WHERE id = ?", cohort);
        TestPeople.Account late = TestPeople.create("Ааапоздалова", "TRAINEE");
        TestPeople.Account admin = TestPeople.create("Зачисляева", "ADMINISTRATOR");
        try (Browser browser = new Browser(url)) {
            browser.signIn(admin.email(), admin.password());
            browser.open("/course/cohort.xhtml?id=" + cohort + "&who=" + late.email());
            String question = browser.text();
            assertTrue(question.contains("Дни потока уже начались"), question);
            assertTrue(question.contains("с начала потока, " + starts + " (дни с " + DATE.format(past)
                    + " будут ожидаться и войдут в посещаемость)"), question);
            assertTrue(question.contains("с сегодняшнего дня, " + DATE.format(today)), question);
            assertTrue(!browser.find("enrol:enrolFrom:0").isSelected() && !browser.find("enrol:enrolFrom:1").isSelected(),
                    "nothing chosen beforehand");
            browser.assertAccessible();

            new Select(browser.find("enrol:trainees")).selectByValue(String.valueOf(late.id()));
            browser.clickAndWait("enrol:enrolTrainees");
            assertTrue(browser.text().contains("Выберите, с какого дня ожидать слушателей"), browser.text());
            assertEquals("0", TestData.value("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ? AND person_id = ?",
                    cohort, late.id()), "nothing enrolled without an answer");

            new Select(browser.find("enrol:trainees")).selectByValue(String.valueOf(late.id()));
            browser.find("enrol:enrolFrom:0").click();
            browser.clickAndWait("enrol:enrolTrainees");
            assertTrue(browser.text().contains("Добавлено в поток: 1"), browser.text());
            String row = browser.driver().findElement(By.xpath("//tr[td[contains(., 'Ааапоздалова')]]")).getText();
            assertTrue(row.contains(starts), () -> "enrolled from the cohort's start: " + row);
            browser.assertAccessible();
        }
    }
}
