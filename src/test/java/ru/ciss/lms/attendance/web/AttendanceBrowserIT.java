package ru.ciss.lms.attendance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SchoolToday;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * The walk-through in a browser: an administrator schedules a session of the 2019 demo cohort and marks a
 * day on the grid ("all present", then the exception); a trainee checks in from a phone-sized window with the code
 * the room's screen shows. axe-core checks every page on the way.
 */
class AttendanceBrowserIT {

    URL url = SharedApplication.url();

    @Test
    void anAdministratorSchedulesAndMarksADayAndATraineeChecksInFromAPhone() throws Exception {
        long demo = Long.parseLong(TestData.value("SELECT id FROM cohort WHERE name = 'Школа руководителей ресурсных центров — 2019'"));
        String title = "Мартовская сессия " + UUID.randomUUID().toString().substring(0, 6);
        TestPeople.Account admin = TestPeople.create("Расписанова", "ADMINISTRATOR");
        try (Browser browser = new Browser(url)) {
            browser.signIn(admin.email(), admin.password());
            browser.open("/course/cohort.xhtml?id=" + demo);
            browser.driver().findElement(By.id("to-sessions")).click();
            browser.waitFor(By.id("session:title"));
            browser.type("session:title", title);
            new Select(browser.find("session:format")).selectByValue("MIXED");
            browser.type("session:place", "Омск, ул. Красный Путь, 5");
            browser.type("session:link", "javascript:alert(1)");
            browser.clickAndWait("session:create");
            assertTrue(browser.text().contains("укажите ссылку, начинающуюся с https://"), browser.text());
            browser.type("session:link", "https://meet.example.org/rc-2019");
            browser.clickAndWait("session:create");
            assertTrue(browser.text().contains("Сессия «" + title + "» добавлена"), browser.text());
            browser.assertAccessible();

            String form = browser.driver().findElement(By.xpath("//h2[text()='" + title + "']/following::form[1]")).getAttribute("id");
            browser.type(form + ":day", "11.03.2020");
            browser.clickAndWait(form + ":add");
            assertTrue(browser.text().contains("День должен быть в сроках потока: с 04.03.2019 по 26.03.2019"), browser.text());
            form = browser.driver().findElement(By.xpath("//h2[text()='" + title + "']/following::form[1]")).getAttribute("id");
            browser.type(form + ":day", "11.03.2019");
            browser.type(form + ":starts", "в десять");
            browser.clickAndWait(form + ":add");
            assertTrue(browser.text().contains("Начало (чч:мм): введите время в виде чч:мм"), browser.text());
            form = browser.driver().findElement(By.xpath("//h2[text()='" + title + "']/following::form[1]")).getAttribute("id");
            browser.type(form + ":starts", "18:00");
            browser.type(form + ":ends", "10:00");
            browser.clickAndWait(form + ":add");
            assertTrue(browser.text().contains("Окончание дня должно быть позже начала"), browser.text());
            form = browser.driver().findElement(By.xpath("//h2[text()='" + title + "']/following::form[1]")).getAttribute("id");
            browser.type(form + ":starts", "10:00");
            browser.type(form + ":ends", "17:00");
            browser.clickAndWait(form + ":add");
            assertTrue(browser.text().contains("День добавлен"), browser.text());
            browser.assertAccessible();
            browser.assertFitsWidth(360);

            browser.driver().findElement(By.xpath("//h2[text()='" + title + "']/following::a[text()='Отметить'][1]")).click();
            browser.waitFor(By.id("grid:allPresent"));
            browser.assertAccessible();
            browser.clickAndWait("grid:allPresent");
            new Select(browser.find("grid:row:0:status")).selectByValue("ABSENT");
            browser.clickAndWait("grid:save");
            assertTrue(browser.text().matches("(?s).*Сохранено отметок: 1[0-9].*"), browser.text());
            assertTrue(browser.find("marked-count").getText().matches("Отмечено: (\\d+) / \\1"), browser.find("marked-count").getText());
            browser.assertFitsWidth(360);

            browser.open("/attendance/register.xhtml?cohort=" + demo);
            assertTrue(browser.find("register").getText().contains("Н"), "the absence is in the register");
            browser.assertAccessible();
            browser.open("/attendance/calendar.xhtml");
            browser.assertAccessible();
        }

        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account trainee = TestPeople.create("Телефонова", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        // all day long, so a check-in at any hour of the test run falls within it
        long day = TestData.sessionDay(cohort, SchoolToday.forAWhile(), LocalTime.of(0, 0), LocalTime.of(23, 59));
        String code;
        try (Browser screen = new Browser(url)) {
            screen.signIn(admin.email(), admin.password());
            screen.open("/attendance/screen.xhtml?day=" + day);
            code = screen.find("code").getText().replace(" ", "");
            assertTrue(code.matches("\\d{6}"), code);
            screen.assertAccessible();
        }
        try (Browser phone = new Browser(url)) {
            phone.driver().manage().window().setSize(new Dimension(360, 740));
            phone.signIn(trainee.email(), trainee.password());
            phone.driver().findElement(By.id("to-checkin")).click();
            phone.waitFor(By.id("typed:code"));
            phone.assertAccessible();
            phone.assertFitsWidth(360);
            phone.type("typed:code", code);
            phone.find("typed:submit").click(); // sent by the page's script (OfflineCheckInBrowserIT)
            new org.openqa.selenium.support.ui.WebDriverWait(phone.driver(), java.time.Duration.ofSeconds(30))
                    .until(d -> phone.text().contains("Вы отмечены"));
            // opened again (a reload, or from the home page): says so instead of offering the code form again
            phone.open("/attendance/checkin.xhtml");
            assertTrue(phone.text().contains("Сегодня вы уже отмечены"), phone::text);
            assertTrue(phone.driver().findElements(By.id("typed:code")).isEmpty(), "the code form is not offered again");
            phone.open("/attendance/my.xhtml");
            assertTrue(phone.text().contains("Посещено 1 из 1 прошедшего дня"), phone.text());
            phone.assertAccessible();
            phone.assertFitsWidth(360);
        }
    }
}
