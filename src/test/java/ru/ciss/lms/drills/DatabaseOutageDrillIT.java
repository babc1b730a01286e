package ru.ciss.lms.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.launch.EmbeddedMariaDb;
import ru.ciss.lms.launch.PayaraProcess;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * The database outage drill: MariaDB is stopped for 20 seconds while trainees keep loading their pages. Meanwhile
 * every page answers either as usual or with the "temporarily unavailable" page (503, never an error page), and
 * readiness says DOWN; when the database is back, the same server recovers by itself: pages, sign-in and readiness
 * work again without a restart, and the signed-in trainees are still signed in.
 *
 * <p>Not a test (the name does not end in IT): it runs a MariaDB and a Payara Micro of its own and takes about a
 * minute: {@code mvn verify -Dit.test=DatabaseOutageDrillIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DatabaseOutageDrillIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final int TRAINEES = 10;
    private static final String UNAVAILABLE = "Сайт временно недоступен";

    private final Path projectDir = Path.of(System.getProperty("lms.project.dir", ".")).toAbsolutePath();
    private final Path buildDir = Path.of(System.getProperty("lms.build.dir", "target")).toAbsolutePath();
    private final Path drillDir = buildDir.resolve("outage-drill").resolve(String.valueOf(System.currentTimeMillis()));
    private final String sharedUrl = System.getProperty("lms.test.db.url");
    private EmbeddedMariaDb database;
    private PayaraProcess app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
        System.setProperty("lms.test.db.url", sharedUrl);
    }

    @Test
    void pagesSayUnavailableDuringAnOutageAndTheServerRecoversByItself() throws Exception {
        database = new EmbeddedMariaDb(buildDir, drillDir.resolve("mariadb"), PayaraProcess.freePort());
        String url = database.startWithSchoolDatabase();
        app = PayaraProcess.start(projectDir, buildDir, PayaraProcess.freePort(), Map.of("LMS_DB_URL", url,
                "LMS_DB_USER", "lms", "LMS_DB_PASSWORD", "lms", "LMS_FILES_DIR", drillDir.resolve("files").toString()),
                drillDir.resolve("payara.log"));
        app.awaitReady(Duration.ofMinutes(3));
        System.setProperty("lms.test.db.url", url); // TestPeople and TestData write into the drill's database
        long cohort = TestData.cohort("rc-leaders", null);
        List<WebClient> trainees = new ArrayList<>();
        for (int i = 0; i < TRAINEES; i++) {
            TestPeople.Account t = TestPeople.create("Отключенко-" + i, "TRAINEE");
            TestData.enrolTrainee(cohort, t.id());
            WebClient client = new WebClient(app.baseUrl());
            client.signIn(t.email(), t.password());
            assertEquals(200, client.get("/home/trainee.xhtml").statusCode());
            trainees.add(client);
        }
        TestPeople.Account later = TestPeople.create("Послеаварийная", "TRAINEE");

        // Load: every trainee reloads their home page without pause, before, during and after the outage.
        ConcurrentMap<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        ConcurrentMap<String, String> firstOfEach = new ConcurrentHashMap<>(); // what an unexpected answer said
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (WebClient client : trainees) {
            load.add(Thread.ofPlatform().start(() -> {
                while (loading.get()) {
                    String answer;
                    try {
                        HttpResponse<String> page = client.get("/home/trainee.xhtml");
                        answer = page.statusCode() == 200 ? (page.body().contains("Моё обучение") ? "200" : "200 other")
                                : page.statusCode() + (page.body().contains(UNAVAILABLE) ? " unavailable" : " other");
                        if (!answer.equals("200") && !answer.equals("503 unavailable")) {
                            firstOfEach.putIfAbsent(answer, page.body().substring(0, Math.min(600, page.body().length())));
                        }
                    } catch (RuntimeException e) {
                        answer = "no answer: " + e.getClass().getSimpleName();
                        firstOfEach.putIfAbsent(answer, String.valueOf(e));
                    }
                    answers.computeIfAbsent(answer, k -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        Thread.sleep(3000);
        database.close();
        long stopped = System.nanoTime();
        WebClient probe = new WebClient(app.baseUrl());
        Thread.sleep(5000);
        assertEquals(503, probe.get("/health/ready").statusCode(), "readiness fails while the database is away");
        HttpResponse<String> during = trainees.getFirst().get("/home/trainee.xhtml");
        assertEquals(503, during.statusCode(), during.body());
        assertTrue(during.body().contains(UNAVAILABLE) && during.headers().firstValue("Retry-After").isPresent());
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stopped) / 1_000_000));
        database.start();
        long restarted = System.nanoTime();

        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (probe.get("/health/ready").statusCode() != 200) {
            assertTrue(System.nanoTime() < until, "readiness recovers within a minute of the database's return");
            Thread.sleep(250);
        }
        double recovery = (System.nanoTime() - restarted) / 1e9;
        Thread.sleep(3000);
        loading.set(false);
        for (Thread t : load) {
            t.join();
        }
        for (WebClient client : trainees) {
            HttpResponse<String> home = client.get("/home/trainee.xhtml");
            assertEquals(200, home.statusCode(), "still signed in, and served: " + home.body());
        }
        WebClient newcomer = new WebClient(app.baseUrl());
        newcomer.signIn(later.email(), later.password());
        assertEquals(200, newcomer.get("/home/trainee.xhtml").statusCode(), "signing in works again");
        System.out.println("[outage drill] answers under load: " + answers + "; ready again " + String.format("%.1f", recovery)
                + " s after the database returned");
        assertTrue(answers.keySet().stream().allMatch(a -> a.equals("200") || a.equals("503 unavailable")),
                () -> "every answer was the page or the unavailable page: " + answers + "; they said " + firstOfEach
                        + "; the server's severe entries:\n" + severeEntries(drillDir.resolve("payara.log")));
        assertTrue(answers.containsKey("503 unavailable") && answers.get("200").get() > 0, answers.toString());
    }

    /** The server log's SEVERE entries (and the servlets' uncaught failures) with the lines that follow each (the exception and its causes). */
    private static String severeEntries(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            StringBuilder severe = new StringBuilder();
            for (int i = 0; i < lines.size() && severe.length() < 20_000; i++) {
                if (lines.get(i).contains(" SEVERE ") || lines.get(i).contains("Servlet.service")) {
                    for (int j = i; j < Math.min(lines.size(), i + 40); j++) {
                        severe.append(lines.get(j)).append('\n');
                    }
                }
            }
            return severe.toString();
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
