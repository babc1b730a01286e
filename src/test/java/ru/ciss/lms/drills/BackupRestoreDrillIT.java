package ru.ciss.lms.drills;

import static ru.ciss.lms.testing.TestFiles.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.launch.Folders;
import ru.ciss.lms.launch.PayaraProcess;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;
import ru.ciss.lms.testing.WebClient.FilePart;

/**
 * The backup and restore drill: the README's procedure, carried out on a running app, then restored into an empty
 * database and an empty folder as after losing the server. Every table must hold the same rows, every stored file
 * must be there with its hash, and every certificate must still verify, by number and by its PDF.
 *
 * <p>Not a test (the name does not end in IT): it starts Payara Micro twice and runs from the README:
 * {@code mvn verify -Dit.test=BackupRestoreDrillIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}. It uses two
 * databases of its own on the test server (created as root on the embedded one), never the shared test database.
 */
class BackupRestoreDrillIT {

    private final Path projectDir = Path.of(System.getProperty("lms.project.dir", ".")).toAbsolutePath();
    private final Path buildDir = Path.of(System.getProperty("lms.build.dir", "target")).toAbsolutePath();
    private final Path drillDir = buildDir.resolve("backup-drill").resolve(String.valueOf(System.currentTimeMillis()));
    private final String sharedUrl = System.getProperty("lms.test.db.url");
    private final List<PayaraProcess> apps = new ArrayList<>();

    @AfterEach
    void stopApps() {
        apps.forEach(PayaraProcess::close);
        System.setProperty("lms.test.db.url", sharedUrl);
    }

    @Test
    void aRestoredBackupHoldsEveryRowEveryFileAndEveryCertificateStillVerifies() throws Exception {
        String stamp = String.valueOf(System.currentTimeMillis());
        String source = "lms_drill_" + stamp;
        String target = "lms_restored_" + stamp;
        createDatabase(source);
        createDatabase(target);
        Path sourceFiles = Files.createDirectories(drillDir.resolve("files"));

        // A school at work: certificates issued to a cohort, and a graduate's evidence uploaded.
        PayaraProcess app = start(source, sourceFiles, "source");
        System.setProperty("lms.test.db.url", url(source)); // TestPeople and TestData write into the drill's database
        long cohort = TestData.cohort("rc-leaders", null);
        List<TestPeople.Account> trainees = new ArrayList<>();
        for (String surname : new String[] {"Резервова", "Копиин", "Ёлкина"}) {
            TestPeople.Account t = TestPeople.create(surname, "TRAINEE");
            TestData.enrolTrainee(cohort, t.id());
            TestData.passEverything(cohort, t.id(), 90);
            trainees.add(t);
        }
        WebClient admin = signedIn(app, TestPeople.create("Архивариус", "ADMINISTRATOR"));
        String page = "/certificates/cohort.xhtml?cohort=" + cohort;
        admin.postForm(page, admin.get(page).body(), Map.of("bulk", "bulk", "bulk:issue-all", "Выдать"));
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"3".equals(TestData.value("SELECT COUNT(*) FROM certificate WHERE cohort_id = ?", cohort))) {
            assertTrue(System.nanoTime() < until, "the bulk issue finishes within a minute");
            Thread.sleep(250);
        }
        WebClient graduate = signedIn(app, trainees.getFirst());
        String mine = graduate.get("/outcomes/my.xhtml").body();
        Map<String, String> outcome = new LinkedHashMap<>();
        outcome.put("outcome", "outcome");
        outcome.put("outcome:cohort", String.valueOf(cohort));
        outcome.put("outcome:kind", "ORGANISATION");
        outcome.put("outcome:date", java.time.LocalDate.now().minusDays(1).toString());
        outcome.put("outcome:name", "АНО «Резервный фонд»");
        outcome.put("outcome:form", "AUTONOMOUS_NONPROFIT");
        outcome.put("outcome:save", "x");
        String saved = graduate.follow(graduate.postMultipart("/outcomes/my.xhtml", mine, outcome,
                new FilePart("outcome:file", "ustav.pdf", TestFiles.pdf("Устав АНО")))).body();
        assertTrue(saved.contains("Результат сохранён"), saved);

        // The procedure, while the app runs: the database first, then the files (see the README for why).
        Path dump = drillDir.resolve("lms.sql");
        run(List.of(tool("mariadb-dump"), "--host=127.0.0.1", "--port=" + port(), "--user=" + user(),
                "--password=" + password(), "--single-transaction", "--routines", "--triggers",
                "--default-character-set=utf8mb4", "--result-file=" + dump, source), null);
        Path backupFiles = drillDir.resolve("backup-files");
        Folders.copyTree(sourceFiles, backupFiles);

        // The server is lost. Restore into an empty database and an empty folder, then start the app on them.
        app.close();
        run(List.of(tool("mariadb"), "--host=127.0.0.1", "--port=" + port(), "--user=" + user(),
                "--password=" + password(), "--default-character-set=utf8mb4", target), dump);
        Path restoredFiles = drillDir.resolve("restored-files");
        Folders.copyTree(backupFiles, restoredFiles);
        PayaraProcess restored = start(target, restoredFiles, "restored");

        for (String table : tables(source)) {
            assertEquals(count(source, table), count(target, table), "rows of " + table);
        }
        int files = 0;
        try (Connection c = connect(target); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT sha256, size_bytes FROM stored_file")) {
            while (r.next()) {
                String sha = r.getString(1);
                Path blob = restoredFiles.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4))
                        .resolve(sha);
                assertTrue(Files.isRegularFile(blob), "the restored folder holds " + sha);
                assertEquals(sha, sha256(Files.readAllBytes(blob)), "the file's content is the one stored");
                assertEquals(r.getLong(2), Files.size(blob));
                files++;
            }
        }
        assertTrue(files >= 4, "three certificates and one piece of evidence: " + files);

        WebClient anyone = new WebClient(restored.baseUrl());
        int verified = 0;
        try (Connection c = connect(target); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT number, pdf_sha256 FROM certificate")) {
            while (r.next()) {
                String number = URLEncoder.encode(r.getString(1), StandardCharsets.UTF_8);
                String json = anyone.get("/api/certificates/" + number).body();
                assertTrue(json.contains("\"status\":\"VALID\"") && json.contains(r.getString(2)), json);
                String sha = r.getString(2);
                byte[] pdf = Files.readAllBytes(restoredFiles.resolve("blobs").resolve(sha.substring(0, 2))
                        .resolve(sha.substring(2, 4)).resolve(sha));
                String check = anyone.postMultipart("/verify.xhtml", anyone.get("/verify/" + number).body(),
                        Map.of("upload", "upload", "upload:check", "check"),
                        new FilePart("upload:file", "certificate.pdf", pdf)).body();
                assertTrue(check.contains("Файл в точности совпадает с выданным сертификатом"), check);
                verified++;
            }
        }
        assertEquals(count(source, "certificate"), verified, "every certificate, the demo's too");
        assertTrue(verified >= 3);
        System.out.println("[backup drill] " + tables(source).size() + " tables with equal rows, " + files
                + " files hash-correct, " + verified + " certificates verified after restore; dump "
                + Files.size(dump) / 1024 + " KiB");
    }

    private PayaraProcess start(String database, Path files, String name) throws Exception {
        PayaraProcess started = PayaraProcess.start(projectDir, buildDir, PayaraProcess.freePort(),
                // Every certificate is checked from this one address: the lookup limit must not get in the way.
                Map.of("LMS_DB_URL", url(database), "LMS_FILES_DIR", files.toString(),
                        "LMS_VERIFY_PER_MINUTE", "100000", "LMS_VERIFY_BURST", "100000"),
                drillDir.resolve("payara-" + name + ".log"));
        apps.add(started);
        started.awaitReady(Duration.ofMinutes(3));
        return started;
    }

    private static WebClient signedIn(PayaraProcess app, TestPeople.Account account) {
        WebClient client = new WebClient(app.baseUrl());
        client.signIn(account.email(), account.password());
        return client;
    }

    /** The test server's binaries when it is the embedded one, else the machine's MariaDB client tools. */
    private String tool(String name) {
        Path embedded = buildDir.resolve("mariadb-11.4.5").resolve("bin").resolve(name);
        return Boolean.getBoolean("lms.test.db.embedded") && Files.isExecutable(embedded) ? embedded.toString() : name;
    }

    private static void run(List<String> command, Path input) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), command.getFirst() + ": " + output);
    }

    private void createDatabase(String name) throws SQLException {
        boolean embedded = Boolean.getBoolean("lms.test.db.embedded");
        try (Connection c = embedded
                ? DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port() + "/mysql", "root", "")
                : DriverManager.getConnection(sharedUrl, user(), password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            if (embedded) {
                s.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO '" + user() + "'@'127.0.0.1'");
            }
        }
    }

    private List<String> tables(String database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                     + database + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        assertTrue(tables.contains("certificate") && tables.contains("flyway_schema_history"), tables.toString());
        return tables;
    }

    private long count(String database, String table) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
            r.next();
            return r.getLong(1);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user(), password());
    }

    /** The shared test database's address with another database name. */
    private String url(String database) {
        return sharedUrl.replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/" + database + "$1");
    }

    private String port() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+)/").matcher(sharedUrl);
        return m.find() ? m.group(1) : "3306";
    }

    private static String user() {
        return System.getProperty("lms.test.db.user", "lms");
    }

    private static String password() {
        return System.getProperty("lms.test.db.password", "lms");
    }

}
