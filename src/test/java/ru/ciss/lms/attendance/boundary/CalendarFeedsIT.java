package ru.ciss.lms.attendance.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Each role's iCalendar feed holds exactly the days its calendar page lists (issue #19, point 5): an administrator's
 * feed once held none, because it only looked at cohorts the administrator was a member of.
 */
class CalendarFeedsIT {

    private static final ZoneId OMSK = ZoneId.of("Asia/Omsk");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);

    URL url = SharedApplication.url();

    @Test
    void administratorsMentorsAndTraineesGetTheDaysTheirCalendarPageLists() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        String cohortName = TestData.value("SELECT name FROM cohort WHERE id = ?", cohort);
        TestPeople.Account trainee = TestPeople.create("Лентова", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Наставникова", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Кураторова", "ADMINISTRATOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        TestData.sessionDay(cohort, LocalDate.now(OMSK).minusDays(2), LocalTime.of(10, 0), LocalTime.of(17, 0));
        TestData.sessionDay(cohort, LocalDate.now(OMSK).plusDays(5), LocalTime.of(10, 0), LocalTime.of(17, 0));

        for (TestPeople.Account person : List.of(admin, mentor, trainee)) {
            WebClient client = new WebClient(url);
            assertEquals(302, client.signIn(person.email(), person.password()).statusCode());
            String page = client.get("/attendance/calendar.xhtml").body();
            List<String> onPage = pageDays(page);
            String made = client.postForm("/attendance/calendar.xhtml", page,
                    Map.of("feed", "feed", "feed:renew", "Создать")).body();
            Matcher address = Pattern.compile("(/calendar/[A-Za-z0-9_-]+\\.ics)").matcher(made);
            assertTrue(address.find(), () -> "no feed address for " + person.email() + ": " + made);
            HttpResponse<String> ics = new WebClient(url).get(address.group(1));
            assertEquals(200, ics.statusCode());
            List<String> inFeed = feedDays(ics.body());
            String who = person.email();
            long ours = onPage.stream().filter(d -> d.endsWith(" — " + cohortName)).count();
            assertEquals(2, ours, () -> who + " sees both days of the cohort on the page: " + onPage);
            assertEquals(onPage.stream().sorted().toList(), inFeed.stream().sorted().toList(),
                    () -> who + ": the feed holds the page's days");
        }
    }

    /** "dd.MM.yyyy|title — cohort" for every day of the page's two lists. */
    private static List<String> pageDays(String page) {
        List<String> days = new ArrayList<>();
        Matcher day = Pattern.compile("(?s)<li class=\"day\">\\s*<strong>(\\d{2}\\.\\d{2}\\.\\d{4}),.*?<br\\s*/?>\\s*(.*?) · "
                + "<span class=\"muted\">(.*?)</span>").matcher(page);
        while (day.find()) {
            days.add(day.group(1) + "|" + html(day.group(2).trim()) + " — " + html(day.group(3)));
        }
        return days;
    }

    /** The same for every event of the feed, its date in Omsk time. */
    private static List<String> feedDays(String ics) {
        List<String> days = new ArrayList<>();
        String unfolded = ics.replace("\r\n ", "");
        Matcher event = Pattern.compile("(?s)BEGIN:VEVENT\r\n(.*?)END:VEVENT").matcher(unfolded);
        while (event.find()) {
            String body = event.group(1);
            Matcher start = Pattern.compile("DTSTART:(\\S+)").matcher(body);
            Matcher summary = Pattern.compile("SUMMARY:([^\r\n]*)").matcher(body);
            assertTrue(start.find() && summary.find(), body);
            LocalDate date = Instant.from(UTC.parse(start.group(1))).atZone(OMSK).toLocalDate();
            days.add(DATE.format(date) + "|" + summary.group(1).replace("\\,", ",").replace("\\;", ";")
                    .replace("\\n", "\n").replace("\\\\", "\\"));
        }
        return days;
    }

    private static String html(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
