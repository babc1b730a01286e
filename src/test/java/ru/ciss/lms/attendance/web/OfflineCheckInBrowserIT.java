package ru.ciss.lms.attendance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.SchoolToday;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * A trainee on a 360-pixel phone types the check-in code with the network cut: the page (kept by the service worker)
 * opens, the code is kept with its time and the page says so; when the network is back it is sent and the trainee
 * is marked.
 */
class OfflineCheckInBrowserIT {

    URL url = SharedApplication.url();

    @Test
    void aCodeTypedOfflineIsSentWhenTheNetworkIsBack() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account trainee = TestPeople.create("Бессетевая", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        long day = TestData.sessionDay(cohort, SchoolToday.forAWhile(), LocalTime.of(0, 0),
                LocalTime.of(23, 59));
        WebClient admin = new WebClient(url);
        TestPeople.Account curator = TestPeople.create("Экранова", "ADMINISTRATOR");
        assertEquals(302, admin.signIn(curator.email(), curator.password()).statusCode());

        // The phone reaches the app through a relay the test can cut: the service worker's own requests go through it
        // too, which Chromium's offline emulation (for the page only) does not cover.
        try (Relay relay = new Relay(url.getPort()); Browser phone = new Browser(new URL("http://127.0.0.1:" + relay.port + "/"))) {
            ChromeDriver driver = (ChromeDriver) phone.driver();
            JavascriptExecutor js = driver;
            driver.manage().window().setSize(new Dimension(360, 740));
            phone.signIn(trainee.email(), trainee.password());
            phone.open("/attendance/checkin.xhtml");
            // The service worker takes the page over and keeps it (and what it loads) while the network is there.
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + "if (!navigator.serviceWorker.controller) { done(false); return; }"
                    + "caches.match('/attendance/checkin.xhtml', {ignoreSearch: true, ignoreVary: true})"
                    + ".then(function (r) { done(!!r); }, function () { done(false); });")));

            relay.stop();
            network(driver, false);
            // With ?t= the server would add the form that confirms a scanned QR code: its absence shows that the page
            // came from the phone's copy, not from the server.
            driver.get(driver.getCurrentUrl().replaceAll("\\?.*", "") + "?t=from-the-copy");
            phone.waitFor(By.id("typed:code"));
            assertTrue(driver.findElements(By.id("scanned:confirm")).isEmpty(), "the kept copy, not the server's page");
            assertEquals(Boolean.FALSE, js.executeScript("return navigator.onLine;"), "the browser is offline");
            String code = code(admin, day);
            phone.type("typed:code", code);
            phone.find("typed:submit").click();
            awaitStatus(phone, "Нет сети: код сохранён и будет отправлен, когда появится связь");
            assertEquals("0", TestData.value("SELECT COUNT(*) FROM attendance_mark WHERE person_id = ?", trainee.id()),
                    "nothing reached the server");
            assertTrue(String.valueOf(js.executeScript("return localStorage.getItem('lms.checkin.queue');"))
                    .contains(code), "the code is kept on the phone");
            phone.assertAccessible();
            phone.assertFitsWidth(360);

            relay.start();
            network(driver, true);
            awaitStatus(phone, "Вы отмечены");
            assertTrue(phone.find("checkin-detail").getText().contains("Весенняя сессия"), phone.text());
            assertEquals("1", TestData.value("SELECT COUNT(*) FROM attendance_mark WHERE person_id = ? AND day_id = ? "
                    + "AND status IN ('PRESENT', 'LATE')", trainee.id(), day), "marked once the network is back");
            assertEquals("[]", js.executeScript("return localStorage.getItem('lms.checkin.queue');"),
                    "the queue is empty");
            phone.assertAccessible();
        }
    }

    /** The code the room's screen shows now. */
    private static String code(WebClient admin, long day) {
        String screen = admin.get("/attendance/screen.xhtml?day=" + day).body();
        Matcher shown = Pattern.compile("id=\"code\"[^>]*>(\\d{3}) (\\d{3})<").matcher(screen);
        assertTrue(shown.find(), screen);
        return shown.group(1) + shown.group(2);
    }

    private static void network(ChromeDriver driver, boolean on) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !on, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Passes TCP connections to the app's port while started; stopped, it refuses them and cuts those open. */
    static final class Relay implements AutoCloseable {

        final int port;
        private final int target;
        private final java.util.Set<java.net.Socket> open = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private volatile java.net.ServerSocket server;

        Relay(int target) throws java.io.IOException {
            this.target = target;
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            start();
        }

        void start() throws java.io.IOException {
            java.net.ServerSocket listening = new java.net.ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            server = listening;
            Thread.ofVirtual().start(() -> {
                while (!listening.isClosed()) {
                    try {
                        java.net.Socket in = listening.accept();
                        java.net.Socket out = new java.net.Socket("127.0.0.1", target);
                        open.add(in);
                        open.add(out);
                        pipe(in, out);
                        pipe(out, in);
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            });
        }

        private void pipe(java.net.Socket from, java.net.Socket to) {
            Thread.ofVirtual().start(() -> {
                try {
                    from.getInputStream().transferTo(to.getOutputStream());
                } catch (java.io.IOException cut) {
                    // the other side closed, or the relay was stopped
                } finally {
                    quietly(from);
                    quietly(to);
                }
            });
        }

        void stop() {
            quietly(server);
            open.forEach(Relay::quietly);
            open.clear();
        }

        private static void quietly(java.io.Closeable c) {
            try {
                c.close();
            } catch (java.io.IOException ignored) {
                // closing anyway
            }
        }

        @Override
        public void close() {
            stop();
        }
    }

    private static void awaitStatus(Browser phone, String text) {
        new WebDriverWait(phone.driver(), Duration.ofSeconds(45)).until(d -> phone.find("checkin-status").getText()
                .contains(text));
    }
}
