package ru.ciss.lms.drills;

import static ru.ciss.lms.testing.AssignmentForms.answer;
import static ru.ciss.lms.testing.TestFiles.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.launch.EmbeddedMariaDb;
import ru.ciss.lms.launch.PayaraProcess;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;
import ru.ciss.lms.testing.WebClient.FilePart;

/**
 * The "more than one server" drill: two Payara Micro instances clustered through Payara's Hazelcast data grid
 * (TCP/IP discovery on loopback, no multicast), sharing one MariaDB and one file folder, behind nginx started with
 * the project's own config/nginx-lms.conf (round-robin, so consecutive requests of one person land on both
 * instances and only a replicated session can serve them). A trainee and an administrator sign in and are in the
 * middle of something: the trainee has saved a draft answer with a file and has the answer page open; the
 * administrator has filtered the people list, a view-scoped table. Then one instance is killed with SIGKILL, and,
 * through nginx, everyone must still be signed in, the open pages must still take their postbacks with their view
 * state (the answer is submitted from the page opened before, the filtered table moves to its second page), the
 * uploaded files must download with the same SHA-256, and new actions must work.
 *
 * <p>Not a test (the name does not end in IT): it runs a MariaDB, two Payara Micro instances and nginx of its own:
 * {@code mvn verify -Dit.test=ClusterDrillIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}. Logs stay under
 * {@code target/cluster-drill/<time>/}.
 */
class ClusterDrillIT {

    private static final int BYSTANDERS = 8;
    private static final int LISTED = 25;
    private static final String LISTED_SURNAME = "Кластерный";
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile(
            "jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([A-Za-z0-9+/=]+)\"");

    private final Path projectDir = Path.of(System.getProperty("lms.project.dir", ".")).toAbsolutePath();
    private final Path buildDir = Path.of(System.getProperty("lms.build.dir", "target")).toAbsolutePath();
    private final Path drillDir = buildDir.resolve("cluster-drill").resolve(String.valueOf(System.currentTimeMillis()));
    private final String sharedUrl = System.getProperty("lms.test.db.url");
    private final List<PayaraProcess> apps = new ArrayList<>();
    private EmbeddedMariaDb database;
    private Process nginx;

    @AfterEach
    void stopEverything() {
        try {
            if (nginx != null && nginx.isAlive()) {
                nginx.destroy(); // SIGTERM to the master: it stops its worker and exits
                try {
                    if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                        nginx.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    nginx.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            try {
                apps.forEach(PayaraProcess::close);
            } finally {
                if (database != null) {
                    database.close();
                }
                if (sharedUrl != null) {
                    System.setProperty("lms.test.db.url", sharedUrl);
                }
            }
        }
    }

    @Test
    void signedInPeopleKeepTheirSessionsAndOpenPagesWhenOneInstanceIsKilled() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(drillDir);
        database = new EmbeddedMariaDb(buildDir, drillDir.resolve("mariadb"), PayaraProcess.freePort());
        String url = database.startWithSchoolDatabase();
        Path files = Files.createDirectories(drillDir.resolve("files"));

        // Two instances on one data grid. Ports of the grid are chosen free and both listed for TCP/IP discovery.
        int[] httpPorts = {PayaraProcess.freePort(), PayaraProcess.freePort()};
        int[] gridPorts = {PayaraProcess.freePort(), PayaraProcess.freePort()};
        assertNotEquals(httpPorts[0], httpPorts[1]);
        assertNotEquals(gridPorts[0], gridPorts[1]);
        String members = "127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1];
        String clusterName = "lms-drill-" + drillDir.getFileName();
        int proxyPort = PayaraProcess.freePort();
        String proxy = "http://127.0.0.1:" + proxyPort;
        Map<String, String> env = Map.of("LMS_DB_URL", url, "LMS_DB_USER", "lms", "LMS_DB_PASSWORD", "lms",
                "LMS_FILES_DIR", files.toString(), "LMS_FILES_SHARED", "true", "LMS_PUBLIC_URL", proxy,
                "LMS_TRUSTED_PROXIES", "127.0.0.1/32");
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            // One after the other: the second starts when the first has migrated the database (Flyway must not race).
            Path log = drillDir.resolve("payara-" + (i + 1) + ".log");
            logs.add(log);
            PayaraProcess app = PayaraProcess.start(projectDir, buildDir, httpPorts[i], env, log,
                    clusterOptions(clusterName, members, gridPorts[i], "lms-" + (i + 1)));
            apps.add(app);
            app.awaitReady(Duration.ofMinutes(3));
        }
        awaitClusterOfTwo(logs);

        startNginx(proxyPort, httpPorts);
        awaitProxy(proxy);
        Map<Integer, Integer> instanceByPort = Map.of(httpPorts[0], 1, httpPorts[1], 2);
        Served served = new Served(instanceByPort);

        // People, written straight into the drill's database as the other drills do.
        System.setProperty("lms.test.db.url", url);
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Отказоустойчивая", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        List<TestPeople.Account> bystanders = new ArrayList<>();
        for (int i = 0; i < BYSTANDERS; i++) {
            TestPeople.Account b = TestPeople.create("Узлова-" + i, "TRAINEE");
            TestData.enrolTrainee(cohort, b.id());
            bystanders.add(b);
        }
        TestPeople.Account admin = TestPeople.create("Балансиров", "ADMINISTRATOR");
        for (int i = 1; i <= LISTED; i++) {
            TestPeople.create(String.format("%s-%02d", LISTED_SURNAME, i), "MENTOR");
        }
        TestPeople.Account newcomer = TestPeople.create("Новоприбывшая", "TRAINEE");
        TestData.enrolTrainee(cohort, newcomer.id());
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p "
                + "ON p.id = m.programme_id WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1"));
        String answerPage = "/study/assignment.xhtml?module=" + module + "&cohort=" + cohort;

        // The trainee signs in and saves a draft with a file, then opens the answer page again to go on later.
        WebClient t = new WebClient(proxy);
        // Behind the proxy the sign-in limit and its audit see the client, not nginx (issue #21): nginx appends the
        // address it saw to what the client sent, and the app, trusting only 127.0.0.1/32, takes the first hop from
        // the right that is not a trusted proxy.
        WebClient guesser = new WebClient(proxy);
        Map<String, String> wrong = new java.util.LinkedHashMap<>();
        wrong.put("signin", "signin");
        wrong.put("signin:email", trainee.email());
        wrong.put("signin:password", "не-тот-пароль-2026");
        wrong.put("signin:submit", "Войти");
        served.check(guesser.postForm("/login.xhtml", guesser.get("/login.xhtml").body(), wrong, "X-Forwarded-For",
                "198.51.100.9"), 200, "a wrong password through the proxy");
        assertEquals("198.51.100.9", TestData.value("SELECT address FROM sign_in_failure WHERE account_key = ? "
                + "ORDER BY failed_at DESC LIMIT 1", trainee.email().toLowerCase(java.util.Locale.ROOT)),
                "the failure is recorded for the client's address");

        // The limits hold across both instances (issue #21), each request going round-robin to the next one. The
        // public verification: one client address gets its burst (20) and the refill (30 a minute), not twice that.
        Map<Integer, Integer> verifyServed = new TreeMap<>();
        long verifyStarted = System.nanoTime();
        int granted = 0;
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> lookup = new WebClient(proxy).get("/api/certificates/RC-1999-" + i, "X-Forwarded-For",
                    "203.0.113.7");
            verifyServed.merge(served.instanceOf(lookup), 1, Integer::sum);
            if (lookup.statusCode() != 429) {
                granted++;
            }
        }
        double verifySeconds = (System.nanoTime() - verifyStarted) / 1e9;
        int grantedAtMost = 20 + (int) Math.ceil(verifySeconds / 2) + 1;
        assertEquals(2, verifyServed.size(), "both instances answered lookups: " + verifyServed);
        assertTrue(granted >= 20 && granted <= grantedAtMost, "one address's lookups over two instances in "
                + verifySeconds + " s: " + granted + " answered, at most " + grantedAtMost);
        // Wrong check-in codes: ten a day for a trainee, wherever they are typed.
        TestData.sessionDay(cohort, ru.ciss.lms.testing.SchoolToday.forAWhile(), java.time.LocalTime.MIN,
                java.time.LocalTime.of(23, 59));
        TestPeople.Account typist = TestPeople.create("Угадайкина", "TRAINEE");
        TestData.enrolTrainee(cohort, typist.id());
        WebClient typing = new WebClient(proxy);
        served.check(typing.signIn(typist.email(), typist.password()), 302, "a trainee who types codes signs in");
        Map<Integer, Integer> guessServed = new TreeMap<>();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> guess = typing.post("/attendance/checkin-send", Map.of("code", "000000", "age", "0",
                    "person", String.valueOf(typist.id())), "X-LMS-Check-In", "queued");
            guessServed.merge(served.instanceOf(guess), 1, Integer::sum);
            answers.add(guess.body());
        }
        assertEquals(2, guessServed.size(), "both instances took guesses: " + guessServed);
        assertTrue(answers.subList(0, 10).stream().allMatch(b -> b.contains("Код не подошёл"))
                && answers.subList(10, 12).stream().allMatch(b -> b.contains("неверных кодов")),
                () -> "ten wrong codes, then closed for the day on both instances: " + answers);
        served.check(t.signIn(trainee.email(), trainee.password()), 302, "trainee signs in");
        assertSignedIn(served.check(t.get("/home/trainee.xhtml"), 200, "trainee home"), "Моё обучение");
        HttpResponse<String> form = served.check(t.get(answerPage), 200, "answer page");
        byte[] draftFile = TestFiles.docx("Черновик плана ресурсного центра");
        // A saved answer is a post-redirect-get: the postback answers 302, the page comes with the GET that follows.
        HttpResponse<String> savedPost = served.check(t.postMultipart(answerPage, form.body(), answer("Начало ответа", "save"),
                new FilePart("answer:files", "План центра.docx", draftFile)), 302, "draft saved");
        served.postback(form, savedPost);
        HttpResponse<String> saved = served.check(t.follow(savedPost), 200, "the answer page after the save");
        assertTrue(saved.body().contains("Черновик сохранён."), saved.body());
        HttpResponse<String> openPage = served.check(t.get(answerPage), 200, "answer page, opened to go on later");
        assertTrue(openPage.body().contains("План центра.docx"), "the draft's file is listed: " + openPage.body());
        long draftFileId = Long.parseLong(TestData.value("SELECT MIN(f.id) FROM submission_file f JOIN submission s "
                + "ON s.id = f.submission_id WHERE s.person_id = ? AND f.name = ?", trainee.id(), "План центра.docx"));
        assertArrayEquals(draftFile, served.checkBytes(t.getBytes("/files/submission?id=" + draftFileId), 200,
                "draft file").body());

        // The administrator filters the people list (a view-scoped table) by surname: 25 people, 20 on a page.
        WebClient a = new WebClient(proxy);
        served.check(a.signIn(admin.email(), admin.password()), 302, "administrator signs in");
        HttpResponse<String> list = served.check(a.get("/people/list.xhtml"), 200, "people list");
        String nonce = nonce(list.body());
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("filter", "filter");
        filter.put("filter:text", LISTED_SURNAME);
        filter.put("filter:role", "");
        filter.put("filter:district", "");
        HttpResponse<String> filtered = served.check(ajax(a, "/people/list.xhtml", WebClient.viewState(list.body()), nonce,
                "filter:apply", "filter", "results", filter), 200, "filter applied");
        served.postback(list, filtered);
        assertTrue(filtered.body().contains(LISTED_SURNAME + "-01") && filtered.body().contains(LISTED_SURNAME + "-20")
                && !filtered.body().contains(LISTED_SURNAME + "-21") && !filtered.body().contains("Балансиров"),
                "the first page of the filtered list: " + filtered.body());
        assertTrue(filtered.body().contains("1–20 / " + LISTED), filtered.body());
        String listViewState = partialViewState(filtered.body());

        // Bystanders: more sessions, so that some of them have their primary copy on the instance that dies.
        List<WebClient> others = new ArrayList<>();
        for (TestPeople.Account b : bystanders) {
            WebClient c = new WebClient(proxy);
            served.check(c.signIn(b.email(), b.password()), 302, "bystander signs in");
            assertSignedIn(served.check(c.get("/home/trainee.xhtml"), 200, "bystander home"), "Моё обучение");
            others.add(c);
        }
        assertEquals(2, served.perInstance.size(), "round-robin reached both instances: " + served.perInstance);
        assertTrue(served.crossPostbacks > 0, "at least one postback was served by the other instance than the one "
                + "that rendered its page: " + served.crossPostbacks + " such, " + served.sameInstancePostbacks + " not");
        String beforeKill = served.perInstance.toString();
        int crossBefore = served.crossPostbacks;

        // The instance that rendered the trainee's open page dies without a word.
        int victim = served.instanceOf(openPage);
        PayaraProcess dead = apps.get(victim - 1);
        int survivor = 3 - victim;
        served.reset();
        dead.kill();
        assertFalse(dead.isAlive());
        long killedAt = System.nanoTime();

        // Everyone is still signed in, and every answer now comes from the survivor.
        HttpResponse<String> home = served.check(t.get("/home/trainee.xhtml"), 200, "trainee home after the kill");
        double firstAnswer = (System.nanoTime() - killedAt) / 1e9;
        assertSignedIn(home, "Моё обучение");
        int stillSignedIn = 1;
        for (WebClient c : others) {
            assertSignedIn(served.check(c.get("/home/trainee.xhtml"), 200, "bystander home after the kill"), "Моё обучение");
            stillSignedIn++;
        }
        assertSignedIn(served.check(a.get("/home/admin.xhtml"), 200, "administrator home after the kill"), "Балансиров");

        // The trainee's page, rendered by the dead instance, takes its postback: the answer goes with a second file.
        byte[] finalFile = TestFiles.pdf("Бюджет ресурсного центра");
        HttpResponse<String> sent = served.check(t.follow(served.check(t.postMultipart(answerPage, openPage.body(),
                answer("Начало ответа и его продолжение", "submit"),
                new FilePart("answer:files", "Бюджет.pdf", finalFile)), 302, "answer submitted from the open page")),
                200, "the answer page after the submission");
        assertTrue(sent.body().contains("Ответ отправлен на проверку (версия 1)"), sent.body());
        assertEquals("SUBMITTED/1", TestData.value("SELECT CONCAT(state, '/', versions) FROM submission "
                + "WHERE person_id = ?", trainee.id()));
        int filesChecked = 0;
        for (String[] file : new String[][] {{"План центра.docx", sha256(draftFile)}, {"Бюджет.pdf", sha256(finalFile)}}) {
            long id = Long.parseLong(TestData.value("SELECT MAX(f.id) FROM submission_file f JOIN submission s "
                    + "ON s.id = f.submission_id WHERE s.person_id = ? AND f.name = ?", trainee.id(), file[0]));
            byte[] body = served.checkBytes(t.getBytes("/files/submission?id=" + id), 200, file[0]).body();
            assertEquals(file[1], sha256(body), file[0] + " downloads with the hash it was uploaded with");
            assertEquals(file[1], TestData.value("SELECT sf.sha256 FROM stored_file sf JOIN submission_file f "
                    + "ON f.stored_file_id = sf.id WHERE f.id = ?", id));
            filesChecked++;
        }

        // The administrator's filtered table moves to its second page: the filter was kept in the view state.
        Map<String, String> page2 = new LinkedHashMap<>();
        page2.put("results", "results");
        page2.put("results:people_pagination", "true");
        page2.put("results:people_first", "20");
        page2.put("results:people_rows", "20");
        page2.put("results:people_skipChildren", "true");
        page2.put("results:people_encodeFeature", "true");
        HttpResponse<String> second = served.check(ajax(a, "/people/list.xhtml", listViewState, nonce,
                "results:people", "results:people", "results:people", page2, "page"), 200, "page 2 of the filtered list");
        for (int i = 21; i <= LISTED; i++) {
            assertTrue(second.body().contains(String.format("%s-%02d", LISTED_SURNAME, i)), "row " + i + ": "
                    + second.body());
        }
        assertFalse(second.body().contains(LISTED_SURNAME + "-20") || second.body().contains("Балансиров")
                || second.body().contains("Узлова"), "only the filtered people's second page: " + second.body());

        // New work: a newcomer signs in, the administrator opens a person.
        WebClient n = new WebClient(proxy);
        served.check(n.signIn(newcomer.email(), newcomer.password()), 302, "a newcomer signs in");
        assertSignedIn(served.check(n.get("/home/trainee.xhtml"), 200, "newcomer home"), "Моё обучение");
        assertSignedIn(served.check(a.get("/people/edit.xhtml?id=" + trainee.id()), 200, "a person's page"),
                "Отказоустойчивая");
        assertEquals(Map.of(survivor, served.perInstance.get(survivor)), served.perInstance,
                "after the kill every answer came from the survivor");

        double took = (System.nanoTime() - started) / 1e9;
        System.out.println("[cluster drill] requests per instance before the kill " + beforeKill + ", " + crossBefore
                + " postbacks served by the other instance than their page; killed instance " + victim + " (kill -9): "
                + stillSignedIn + " of " + (BYSTANDERS + 1) + " trainees and the administrator still signed in, first "
                + "answer " + String.format("%.1f", firstAnswer) + " s after the kill; the answer page opened on the dead "
                + "instance took its postback (submitted, version 1); the filtered people list moved to page 2 (rows "
                + "21-25 of 25); " + filesChecked + " files hash-correct; a newcomer signed in; "
                + String.format("%.0f", took) + " s in all");
    }

    private static List<String> clusterOptions(String name, String members, int gridPort, String instance) {
        return List.of(
                "--clustername", name,
                // TCP/IP discovery: the members are listed, no multicast (which a container's loopback does not carry).
                "--clustermode", "tcpip:" + members,
                "--interfaces", "127.0.0.1",
                "--startport", String.valueOf(gridPort),
                // Both instances have the same address here; host-aware partitioning would keep no backup at all.
                "--nohostaware",
                "--name", instance);
    }

    /** Both instances' logs tell that the data grid has two members; otherwise nothing would be replicated. */
    private static void awaitClusterOfTwo(List<Path> logs) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            boolean both = true;
            for (Path log : logs) {
                both &= Files.readString(log, StandardCharsets.UTF_8).contains("Members {size:2");
            }
            if (both) {
                return;
            }
            assertTrue(System.nanoTime() < until, "the two instances did not form one data grid; see " + logs);
            Thread.sleep(500);
        }
    }

    /**
     * nginx with config/nginx-lms.conf inside a minimal main configuration of the drill's own: its pid file, logs and
     * temporary folders in the drill's folder, the listen line on a free loopback port, the two instance lines on
     * the drill's ports. Each answer carries the instance that served it in X-Drill-Upstream.
     */
    private void startNginx(int port, int[] httpPorts) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(drillDir.resolve("nginx"));
        String site = Files.readString(projectDir.resolve("config/nginx-lms.conf"), StandardCharsets.UTF_8);
        for (String expected : new String[] {"server 127.0.0.1:8080 ", "server 127.0.0.1:8081 ", "listen 80;"}) {
            assertTrue(site.contains(expected), "config/nginx-lms.conf has the line the drill replaces: " + expected);
        }
        site = site.replace("server 127.0.0.1:8080 ", "server 127.0.0.1:" + httpPorts[0] + " ")
                .replace("server 127.0.0.1:8081 ", "server 127.0.0.1:" + httpPorts[1] + " ")
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
        Files.writeString(dir.resolve("lms.conf"), site, StandardCharsets.UTF_8);
        String main = String.join("\n",
                "worker_processes 1;", // one worker: one round-robin counter, so requests alternate strictly
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + " info;",
                "root".equals(System.getProperty("user.name")) ? "user root;" : "",
                "events { worker_connections 256; }",
                "http {",
                "  access_log " + dir.resolve("access.log") + ";",
                "  client_body_temp_path " + dir.resolve("client_body") + ";",
                "  proxy_temp_path " + dir.resolve("proxy") + ";",
                "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
                "  scgi_temp_path " + dir.resolve("scgi") + ";",
                "  add_header X-Drill-Upstream $upstream_addr always;",
                "  include " + dir.resolve("lms.conf") + ";",
                "}", "");
        Files.writeString(dir.resolve("nginx.conf"), main, StandardCharsets.UTF_8);
        String binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        nginx = new ProcessBuilder(binary, "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
                "-c", dir.resolve("nginx.conf").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
    }

    private void awaitProxy(String proxy) throws Exception {
        WebClient probe = new WebClient(proxy);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            // The message is built only on failure: nginx creates error.log some time after it starts.
            assertTrue(nginx.isAlive(), () -> "nginx stopped: " + TestFiles.logText(drillDir.resolve("nginx/nginx.out"))
                    + TestFiles.logText(drillDir.resolve("nginx/error.log")));
            try {
                if (probe.get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            assertTrue(System.nanoTime() < until, "nginx did not answer within 20 s");
            Thread.sleep(200);
        }
    }

    /** A PrimeFaces ajax post of a view, as the browser's script sends it. */
    private static HttpResponse<String> ajax(WebClient client, String path, String viewState, String nonce, String source,
            String execute, String render, Map<String, String> fields, String... event) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        if (event.length > 0) {
            form.put("jakarta.faces.behavior.event", event[0]);
            form.put("jakarta.faces.partial.event", event[0]);
        } else {
            form.put(source, source);
        }
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        return client.post(path, form, "Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");
    }

    private static String partialViewState(String partial) {
        Matcher m = PARTIAL_VIEW_STATE.matcher(partial);
        assertTrue(m.find(), "the ajax answer carries the view state: " + partial);
        return m.group(1);
    }

    private static String nonce(String page) {
        Matcher m = NONCE.matcher(page);
        return m.find() ? m.group(1) : null;
    }

    /** Signed in: the page itself, not the sign-in form. */
    private static void assertSignedIn(HttpResponse<String> page, String expected) {
        assertFalse(page.body().contains("signin:password"), "the sign-in form instead of the page: " + page.uri());
        assertTrue(page.body().contains(expected), page.uri() + " shows " + expected + ": " + page.body());
    }


    /** Which instance served each answer (nginx's X-Drill-Upstream), counted, and checked for the expected status. */
    private static final class Served {
        private final Map<Integer, Integer> instanceByPort;
        final Map<Integer, Integer> perInstance = new TreeMap<>();
        int crossPostbacks;
        int sameInstancePostbacks;

        Served(Map<Integer, Integer> instanceByPort) {
            this.instanceByPort = instanceByPort;
        }

        HttpResponse<String> check(HttpResponse<String> response, int status, String what) {
            assertEquals(status, response.statusCode(), what + " (" + response.uri() + "): "
                    + response.headers().firstValue("Location").orElse("") + " " + response.body());
            perInstance.merge(instanceOf(response), 1, Integer::sum);
            return response;
        }

        HttpResponse<byte[]> checkBytes(HttpResponse<byte[]> response, int status, String what) {
            assertEquals(status, response.statusCode(), what + " (" + response.uri() + ")");
            perInstance.merge(instanceOf(response), 1, Integer::sum);
            return response;
        }

        /** Counts whether a postback was served by another instance than the one that rendered its page. */
        void postback(HttpResponse<?> page, HttpResponse<?> postback) {
            if (instanceOf(page) == instanceOf(postback)) {
                sameInstancePostbacks++;
            } else {
                crossPostbacks++;
            }
        }

        /** The instance that finally answered: after a refused connection nginx lists both, the last one answered. */
        int instanceOf(HttpResponse<?> response) {
            String upstream = response.headers().firstValue("X-Drill-Upstream").orElseThrow(
                    () -> new AssertionError("no X-Drill-Upstream header from nginx: " + response.uri()));
            String[] tried = upstream.split(",");
            String last = tried[tried.length - 1].strip();
            Integer instance = instanceByPort.get(Integer.parseInt(last.substring(last.lastIndexOf(':') + 1)));
            assertTrue(instance != null, "an answer from an unknown upstream: " + upstream);
            return instance;
        }

        void reset() {
            perInstance.clear();
        }
    }
}
