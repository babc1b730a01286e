package ru.ciss.lms.launch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;
import ru.ciss.lms.platform.security.PasswordHasher;

/**
 * What {@code mvn -Pgenerate} runs (issue #9): fills the database that {@code mvn -Prun} serves with a school's
 * worth of realistic data, by default 10,000 trainees in 100 cohorts with about 500,000 attendance marks and 50,000
 * answers, so that pages and reports can be measured at scale. The embedded MariaDB in the data folder, or the
 * server named by {@code LMS_DB_URL}. The app must not be running on the same database meanwhile.
 *
 * <p>The schema comes from the app's own Flyway migrations, the programmes from {@code content/} (read with the
 * app's reader when the app has never started on this database). Rows are written straight with JDBC in multi-row
 * statements; nothing in the schema is switched off. It refuses to run on a database it has already filled.
 *
 * <p>A developer's tool, like {@link LocalRun}: it lives with the tests and is not packaged into the WAR.
 */
public final class GenerateData {

    static final String DOMAIN = "gen.example.org";
    static final String PASSWORD = "Generated-2026";

    private static final String[] COUNTED = {"person", "organisation", "cohort", "cohort_member", "lesson_progress",
            "session_day", "attendance_mark", "attendance_change", "submission", "submission_version", "presentation",
            "presentation_score", "certificate", "outcome"};

    public static void main(String[] args) throws Exception {
        GenerationSizes sizes = GenerationSizes.fromSystemProperties();
        Path projectDir = Path.of(System.getProperty("lms.project.dir", ".")).toAbsolutePath();
        Path buildDir = Path.of(System.getProperty("lms.build.dir", projectDir.resolve("target").toString()));
        Path dataDir = Path.of(System.getProperty("lms.data.dir", projectDir.resolve("data").toString())).toAbsolutePath();
        Path files = Path.of(env("LMS_FILES_DIR", dataDir.resolve("files").toString())).toAbsolutePath();
        Path content = Path.of(env("LMS_CONTENT_DIR", projectDir.resolve("content").toString())).toAbsolutePath();

        EmbeddedMariaDb db = null;
        String url = System.getenv("LMS_DB_URL");
        String user;
        String password;
        if (url == null || url.isBlank()) {
            int port = PayaraProcess.isFree(3307) ? 3307 : PayaraProcess.freePort();
            db = new EmbeddedMariaDb(buildDir, dataDir.resolve("mariadb"), port);
            System.out.println("[generate] Starting the embedded MariaDB on 127.0.0.1:" + port + ", data in "
                    + dataDir.resolve("mariadb"));
            url = db.startWithSchoolDatabase();
            user = "lms";
            password = "lms";
        } else {
            user = env("LMS_DB_USER", "lms");
            password = env("LMS_DB_PASSWORD", "");
            System.out.println("[generate] Using the MariaDB server at " + url + " (LMS_DB_URL)");
        }
        EmbeddedMariaDb database = db;
        Thread stop = new Thread(() -> {
            if (database != null) {
                database.close();
            }
        }, "generate-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int exit;
        try {
            exit = run(url, user, password, sizes, files, content);
        } finally {
            if (db != null) {
                db.close();
            }
        }
        System.exit(exit);
    }

    static int run(String url, String user, String password, GenerationSizes sizes, Path files, Path content)
            throws Exception {
        long started = System.nanoTime();
        // The same migrations and settings as the app's Migrations bean, so it later finds the same history.
        Flyway.configure(GenerateData.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").failOnMissingLocations(true).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            long already = count(c, "SELECT COUNT(*) FROM person WHERE email LIKE '%@" + DOMAIN + "'");
            if (already > 0) {
                System.err.println("[generate] Refused: this database already holds " + already + " generated people ("
                        + "e-mails @" + DOMAIN + "). Generate into a fresh data folder (-Dlms.data.dir=...) or an empty database.");
                return 2;
            }
            List<String> imported = ProgrammeRows.importMissing(c, content);
            if (!imported.isEmpty()) {
                System.out.println("[generate] Programmes imported from " + content + ": " + imported);
            }
            Map<String, CohortPlan.Programme> programmes = CohortPlan.Programme.load(c);
            if (!programmes.containsKey("rc-leaders")) {
                System.err.println("[generate] Refused: programme rc-leaders is neither in the database nor in " + content);
                return 3;
            }
            generate(c, sizes, programmes, files, content);
            System.out.println();
            System.out.println("[generate] Done in " + (System.nanoTime() - started) / 1_000_000_000 + " s. Rows now in the database:");
            for (String table : COUNTED) {
                System.out.printf("[generate]   %-20s %,d%n", table, count(c, "SELECT COUNT(*) FROM " + table));
            }
            printAccounts(sizes);
        }
        return 0;
    }

    private static void generate(Connection c, GenerationSizes sizes, Map<String, CohortPlan.Programme> programmes,
                                 Path files, Path content) throws SQLException {
        Random random = new Random(Long.getLong("lms.generate.seed", 9L));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Omsk"));
        System.out.println("[generate] " + sizes.trainees() + " trainees in " + sizes.cohorts() + " cohorts, "
                + sizes.mentors() + " mentors, " + sizes.administrators() + " administrators; hashing the password ...");
        String hash = new PasswordHasher().hash(PASSWORD);

        GeneratedPeople people = new GeneratedPeople(c, random, sizes);
        people.generate(hash, LocalDate.of(2018, 1, 10).atTime(9, 0));
        GeneratedCohorts cohorts = new GeneratedCohorts(c, random, sizes, today);
        cohorts.plan(programmes, people);
        cohorts.cohortsAndMembers();
        cohorts.sessionsAndAttendance(people);
        GeneratedWork work = new GeneratedWork(c, random, today);
        work.assignments(cohorts.cohorts);
        long admin = people.administrators.getFirst().id();
        work.presentations(cohorts.cohorts, admin);
        GeneratedCertificates certificates = new GeneratedCertificates(c, files, content,
                env("LMS_PUBLIC_URL", "http://localhost:8080"));
        certificates.generate(cohorts.cohorts, admin);
        System.out.printf("[generate] certificate PDFs: %,d files, %.1f MB in %s%n", certificates.issued.size(),
                certificates.bytes / 1e6, files);
        new GeneratedOutcomes(c, random, today).generate(certificates.issued, people.administrators);
    }

    private static void printAccounts(GenerationSizes sizes) {
        System.out.println("[generate] Sign in as anyone generated with the password " + PASSWORD + ":");
        System.out.println("[generate]   trainees        " + GeneratedNames.email("trainee", 1, sizes.trainees()) + " … "
                + GeneratedNames.email("trainee", sizes.trainees(), sizes.trainees()));
        System.out.println("[generate]   mentors         " + GeneratedNames.email("mentor", 1, sizes.mentors()) + " … "
                + GeneratedNames.email("mentor", sizes.mentors(), sizes.mentors()));
        System.out.println("[generate]   administrators  " + GeneratedNames.email("admin", 1, sizes.administrators()) + " … "
                + GeneratedNames.email("admin", sizes.administrators(), sizes.administrators()));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private GenerateData() {
    }
}
