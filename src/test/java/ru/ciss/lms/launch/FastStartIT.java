package ru.ciss.lms.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * The way {@code mvn -Prun} and the page benchmark start the server (issue #25, point 2): the real payara-micro.jar
 * unpacks its runtime once, and the server starts twice from its launcher, as the benchmark does (the start that
 * records the class cache, then the measured one). Each start must serve pages: without the folder put back before
 * the second start, Payara loaded the first start's deployment again and answered the sign-in page with 404.
 */
class FastStartIT {

    private final Path projectDir = Path.of(System.getProperty("lms.project.dir", ".")).toAbsolutePath();
    private final Path buildDir = Path.of(System.getProperty("lms.build.dir", "target")).toAbsolutePath();
    private final Path drillDir = buildDir.resolve("fast-start").resolve(String.valueOf(System.currentTimeMillis()));
    private final String sharedUrl = System.getProperty("lms.test.db.url");
    private EmbeddedMariaDb database;

    @AfterEach
    void stop() {
        if (database != null) {
            database.close();
        }
        System.setProperty("lms.test.db.url", sharedUrl);
    }

    @Test
    void theRunStartsTwiceFromTheUnpackedRuntimeAndServesPagesEachTime() throws Exception {
        database = new EmbeddedMariaDb(buildDir, drillDir.resolve("mariadb"), PayaraProcess.freePort());
        String url = database.startWithSchoolDatabase();
        // A build folder of its own with the real server and WAR, so that target/'s own runtime is left alone.
        Path build = Files.createDirectories(drillDir.resolve("build"));
        linkOrCopy(buildDir.resolve("payara-micro.jar"), build.resolve("payara-micro.jar"));
        linkOrCopy(buildDir.resolve("lms.war"), build.resolve("lms.war"));
        Map<String, String> env = Map.of("LMS_DB_URL", url, "LMS_DB_USER", "lms", "LMS_DB_PASSWORD", "lms",
                "LMS_FILES_DIR", drillDir.resolve("files").toString());

        try (FastStart fastStart = FastStart.prepare(projectDir, build)) {
            assertTrue(fastStart.how().startsWith("from the unpacked runtime"), fastStart::how);
            for (int start = 1; start <= 2; start++) {
                Path jar = fastStart.nextStart();
                assertEquals(UnpackedRuntime.LAUNCHER, jar.getFileName().toString());
                PayaraProcess app = PayaraProcess.start(projectDir, build, PayaraProcess.freePort(), env,
                        drillDir.resolve("payara-" + start + ".log"), List.of("--nocluster"), List.of(), jar);
                try {
                    app.awaitReady(Duration.ofMinutes(3));
                    HttpResponse<String> signInPage = new WebClient(app.baseUrl()).get("/login.xhtml");
                    int n = start;
                    assertEquals(200, signInPage.statusCode(), () -> "start " + n + ": " + signInPage.body());
                    assertTrue(signInPage.body().contains("jakarta.faces.ViewState"), () -> "start " + n);

                    System.setProperty("lms.test.db.url", url); // TestPeople writes into this run's database
                    TestPeople.Account trainee = TestPeople.create("Запускова-" + start, "TRAINEE");
                    TestData.enrolTrainee(TestData.cohort("rc-leaders", null), trainee.id());
                    WebClient client = new WebClient(app.baseUrl());
                    client.signIn(trainee.email(), trainee.password());
                    HttpResponse<String> home = client.get("/home/trainee.xhtml");
                    assertEquals(200, home.statusCode(), () -> "start " + n + ": " + home.body());
                } finally {
                    app.close();
                    System.setProperty("lms.test.db.url", sharedUrl);
                }
            }
        }
    }

    /** A hard link where the file system allows it: the server jar is 100 MB. */
    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException noLink) {
            Files.copy(from, to);
        }
    }
}
