package ru.ciss.lms.attendance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.attendance.control.CheckInCodes;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.SchoolToday;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * A code typed offline and sent later goes by the rules of a QR code scanned offline: matched to the codes shown
 * when it was typed, marked for that time, and once sent late usable by one person only. Only the page's own
 * script (its header) and only for the person signed in.
 */
class QueuedCheckInIT {

    URL url = SharedApplication.url();

    @Test
    void aCodeTypedFiveMinutesAgoIsMarkedForThenAndOnlyOnce() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account first = TestPeople.create("Оффлайнова", "TRAINEE");
        TestPeople.Account friend = TestPeople.create("Подругина", "TRAINEE");
        TestPeople.Account now = TestPeople.create("Сейчасова", "TRAINEE");
        for (TestPeople.Account t : new TestPeople.Account[] {first, friend, now}) {
            TestData.enrolTrainee(cohort, t.id());
        }
        long day = TestData.sessionDay(cohort, SchoolToday.forAWhile(), LocalTime.of(0, 0),
                LocalTime.of(23, 59));
        WebClient admin = WebClient.signedIn(url, TestPeople.create("Экранная", "ADMINISTRATOR"));
        assertEquals(200, admin.get("/attendance/screen.xhtml?day=" + day).statusCode()); // makes the key
        CheckInCodes codes = new CheckInCodes(secret());
        String fiveMinutesAgo = codes.typedCode(day, codes.slotOf(Instant.now().minusSeconds(300)));
        String age = "300000";

        WebClient t = WebClient.signedIn(url, first);
        assertEquals(403, t.post("/attendance/checkin-send", Map.of("code", fiveMinutesAgo, "age", age)).statusCode(),
                "without the page's header (another site's form): refused");
        assertEquals(409, send(t, fiveMinutesAgo, age, friend.id()).statusCode(), "queued by someone else: not sent");
        String marked = send(t, fiveMinutesAgo, age, first.id()).body();
        assertTrue(marked.contains("\"outcome\":\"marked\"") && marked.contains("Весенняя сессия"), marked);
        assertEquals("1", TestData.value("SELECT late_sent FROM check_in_use WHERE person_id = ?", first.id()),
                "sent late: captured offline");
        java.util.regex.Matcher time = java.util.regex.Pattern.compile("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d")
                .matcher(marked);
        assertTrue(time.find(), marked);
        Instant at = java.time.LocalDateTime.parse(time.group(), java.time.format.DateTimeFormatter
                .ofPattern("dd.MM.yyyy HH:mm")).atZone(ZoneId.of("Asia/Omsk")).toInstant();
        assertTrue(at.isBefore(Instant.now().minusSeconds(180)) && at.isAfter(Instant.now().minusSeconds(420)),
                () -> "marked for the time it was typed, five minutes ago: " + at);

        String refused = send(WebClient.signedIn(url, friend), fiveMinutesAgo, age, friend.id()).body();
        assertTrue(refused.contains("\"outcome\":\"refused\"") && refused.contains("другой человек"), refused);
        String stale = send(WebClient.signedIn(url, now), fiveMinutesAgo, "0", now.id()).body();
        assertTrue(stale.contains("Код не подошёл"), () -> "the same code typed now is an old code: " + stale);
        String yesterday = send(WebClient.signedIn(url, now), fiveMinutesAgo, String.valueOf(2 * 86_400_000L), now.id()).body();
        assertTrue(yesterday.contains("в другой день"), yesterday);
    }

    private static HttpResponse<String> send(WebClient client, String code, String age, long person) {
        return client.post("/attendance/checkin-send", Map.of("code", code, "age", age, "person",
                String.valueOf(person)), "X-LMS-Check-In", "queued");
    }

    private static byte[] secret() throws Exception {
        try (Connection c = TestPeople.connection();
             PreparedStatement q = c.prepareStatement("SELECT secret FROM server_secret WHERE name = 'check-in'");
             ResultSet r = q.executeQuery()) {
            assertTrue(r.next(), "the check-in key exists once a code was shown");
            return r.getBytes(1);
        }
    }
}
