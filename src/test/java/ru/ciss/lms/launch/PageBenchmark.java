package ru.ciss.lms.launch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.WebClient;

/**
 * What {@code mvn -Pbenchmark} runs (issue #9): the page benchmark. A benchmark, not a test: it never runs in CI.
 *
 * <p>It starts the embedded MariaDB on the data folder that {@code mvn -Pgenerate} filled (or uses {@code LMS_DB_URL})
 * and Payara Micro with the built WAR, signs in many distinct generated trainees, mentors and administrators through
 * the real sign-in form, and loads the pages people use most with wrk, each request with one of those people's
 * session cookies. Besides wrk's figures it measures the CPU time of the Payara JVM over each run (from /proc), the
 * heap in use afterwards (jcmd), the same server's throughput for a static file as the stack's own limit, and the
 * trainee pages' transfer sizes in headless Chromium. It prints one Markdown report and writes it to
 * {@code target/benchmark-<time>.md}.
 *
 * <p>A developer's tool, like {@link LocalRun}: it lives with the tests and is not packaged into the WAR.
 */
public final class PageBenchmark {

    private static final int PREFERRED_DB_PORT = 3307;
    private static final String DOMAIN = GenerateData.DOMAIN;
    private static final String PASSWORD = GenerateData.PASSWORD;
    private static final String PROGRAMME = "rc-leaders";

    // The issue's targets.
    /** Issue #25: the trainee's pages at most 5 ms of CPU and p95 100 ms; the staff's big lists 8 ms and 150 ms. */
    private static final double MAX_CPU_MS = 5.0;
    private static final double MAX_P95_MS = 100.0;
    private static final double MAX_LIST_CPU_MS = 8.0;
    private static final double MAX_LIST_P95_MS = 150.0;
    private static final java.util.Set<String> LISTS = java.util.Set.of("attendance grid", "review queue", "people list");
    /** The layout's floor, the yardstick of the «CPU × empty page» column. */
    private static final String EMPTY_PAGE = "empty page (the layout around a small form)";
    private static final double MIN_STATIC_SHARE = 0.30;
    private static final long MAX_HEAP_MB = 512;
    private static final long MAX_READY_S = 10;

    private final Path buildDir;
    private final String base;
    private final long pid;
    private final int threads;
    private final int connections;
    private final int seconds;
    private final int warmUpSeconds;

    private final Path history;

    private PageBenchmark(Path buildDir, Path dataDir, String base, long pid) {
        this.buildDir = buildDir;
        this.history = dataDir.resolve(BenchmarkHistory.FILE);
        this.base = base;
        this.pid = pid;
        this.threads = Integer.getInteger("lms.benchmark.threads", 2);
        this.connections = Integer.getInteger("lms.benchmark.connections", 20);
        this.seconds = Integer.getInteger("lms.benchmark.seconds", 20);
        this.warmUpSeconds = Integer.getInteger("lms.benchmark.warmup", 5);
    }

    /**
     * One page to load: its name, the requests wrk rotates through (path, Cookie header or null for anonymous, and an
     * optional If-None-Match) and the status every answer should have (200; 304 for a repeat visit).
     */
    record Page(String name, boolean dynamic, List<String[]> requests, int expected) {
        Page(String name, boolean dynamic, List<String[]> requests) {
            this(name, dynamic, requests, 200);
        }
    }

    /** What one wrk run measured. */
    record Result(String name, boolean dynamic, double requestsPerSecond, double p50, double p95, double p99,
            double cpuMsPerRequest, double jitMsPerRequest, long requests, long non200, long socketErrors) {
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(System.getProperty("lms.project.dir", ".")).toAbsolutePath();
        Path buildDir = Path.of(System.getProperty("lms.build.dir", projectDir.resolve("target").toString()));
        Path dataDir = Path.of(System.getProperty("lms.data.dir", projectDir.resolve("data").toString())).toAbsolutePath();
        int httpPort = Integer.parseInt(System.getProperty("lms.port", "8090"));

        Map<String, String> env = new HashMap<>();
        EmbeddedMariaDb db = null;
        String url;
        String user;
        String password;
        String externalUrl = System.getenv("LMS_DB_URL");
        if (externalUrl == null || externalUrl.isBlank()) {
            if (!Files.isDirectory(dataDir.resolve("mariadb"))) {
                System.err.println("[benchmark] No database in " + dataDir + ". Fill it first: mvn -Pgenerate -Dlms.data.dir="
                        + dataDir);
                System.exit(2);
            }
            int dbPort = Integer.parseInt(System.getenv().getOrDefault("LMS_EMBEDDED_DB_PORT",
                    String.valueOf(PayaraProcess.isFree(PREFERRED_DB_PORT) ? PREFERRED_DB_PORT : PayaraProcess.freePort())));
            db = new EmbeddedMariaDb(buildDir, dataDir.resolve("mariadb"), dbPort);
            System.out.println("[benchmark] Starting the embedded MariaDB on 127.0.0.1:" + dbPort + ", data in "
                    + dataDir.resolve("mariadb"));
            url = db.startWithSchoolDatabase();
            user = "lms";
            password = "lms";
            env.put("LMS_DB_URL", url);
            env.put("LMS_DB_USER", user);
            env.put("LMS_DB_PASSWORD", password);
        } else {
            url = externalUrl;
            user = System.getenv().getOrDefault("LMS_DB_USER", "");
            password = System.getenv().getOrDefault("LMS_DB_PASSWORD", "");
            System.out.println("[benchmark] Using the MariaDB server at " + externalUrl + " (LMS_DB_URL).");
        }
        PayaraProcess payara = null;
        FastStart fastStart = null;
        int exit = 1;
        try {
            Workload workload;
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                workload = Workload.find(c);
            }
            env.putIfAbsent("LMS_CONTENT_DIR", projectDir.resolve("content").toString());
            env.putIfAbsent("LMS_FILES_DIR", dataDir.resolve("files").toString());
            // Certificate verification is rate-limited per address, and wrk comes from one address: lift the limit.
            env.put("LMS_VERIFY_PER_MINUTE", "100000000");
            env.put("LMS_VERIFY_BURST", "100000000");
            // A trainee's session size after fifty pages, asked for with a header the load runs never send.
            env.put("LMS_DEBUG_SESSION_BYTES", "true");
            if (Boolean.getBoolean("lms.benchmark.sqlCount")) {
                // Each page's SQL statement count in a header, printed by the first check of each page. The filter
                // buffers every response, so figures measured with it on are not the plain app's.
                env.put("LMS_DEBUG_SQL_COUNT", "true");
            }
            Path log = buildDir.resolve("benchmark-payara.log");
            Files.deleteIfExists(log);
            System.out.println("[benchmark] Starting Payara Micro on port " + httpPort + " (log: " + log + ") ...");
            // Ready with JDK 25's ahead-of-time class cache (issue #25, point 2), as the run command starts; when this
            // build has none yet, a first start records it, and its time is the one without the cache.
            fastStart = FastStart.prepare(projectDir, buildDir);
            System.out.println("[benchmark] Payara Micro starts " + fastStart.how());
            AotCache.Plan aot = fastStart.aot();
            Duration withoutCache = null;
            boolean useAot = !"false".equals(System.getProperty("lms.benchmark.aot"));
            // A JFR run starts the JVM with JFR's stack depth option, which loads jdk.jfr at start; the JVM then refuses
            // a cache recorded without it ("jdk.jfr specified during runtime but not during dump time") and starts
            // without one: say so, rather than report that start as one with the cache.
            boolean jfrRun = Boolean.getBoolean("lms.benchmark.jfr");
            if (!useAot || jfrRun) {
                aot = new AotCache.Plan(List.of(), true, aot.file());
            } else if (aot.training()) {
                System.out.println("[benchmark] Recording the class cache " + aot.file() + " (a start, then a stop) ...");
                payara = PayaraProcess.start(projectDir, buildDir, httpPort, env, log, List.of("--nocluster"),
                        aot.jvmOptions(), fastStart.nextStart());
                withoutCache = payara.awaitReady(Duration.ofMinutes(5));
                System.out.println("[benchmark] Ready without the cache after " + withoutCache.toMillis() / 1000.0 + " s");
                payara.close();
                aot = fastStart.aot();
            }
            List<String> jvmOptions = new ArrayList<>(aot.training() ? List.of() : aot.jvmOptions());
            // -Dlms.benchmark.jvmOptions="-XX:… -XX:…": more JVM options for the measured start, for an A/B of a setting
            // before it goes into the launch command.
            String extra = System.getProperty("lms.benchmark.jvmOptions", "").strip();
            if (!extra.isEmpty()) {
                jvmOptions.addAll(List.of(extra.split("\\s+")));
                System.out.println("[benchmark] Extra JVM options: " + extra);
            }
            if (jfrRun) {
                // A page's stack is deeper than JFR's default 64 frames: cut there, a profile loses where requests start.
                jvmOptions.add("-XX:FlightRecorderOptions:stackdepth=256");
            }
            payara = PayaraProcess.start(projectDir, buildDir, httpPort, env, log, List.of("--nocluster"), jvmOptions,
                    fastStart.nextStart());
            Duration ready = payara.awaitReady(Duration.ofMinutes(5));
            System.out.println("[benchmark] Ready after " + ready.toMillis() / 1000.0 + " s"
                    + (jfrRun ? " (no class cache: a JFR run cannot use it)"
                    : !useAot ? " (no class cache: -Dlms.benchmark.aot=false)"
                    : aot.training() ? " (no class cache: recording it failed)" : " with the class cache"));
            PageBenchmark benchmark = new PageBenchmark(buildDir, dataDir, payara.baseUrl(), payara.pid());
            exit = benchmark.run(workload, new Readiness(ready, !aot.training(), withoutCache));
        } catch (Unusable e) {
            System.err.println("[benchmark] " + e.getMessage());
            exit = 2;
        } finally {
            if (payara != null) {
                payara.close();
            }
            if (db != null) {
                db.close();
            }
            if (fastStart != null) {
                fastStart.close();
            }
        }
        System.exit(exit);
    }

    /** Time to ready of the measured start, whether it had the class cache, and a start without it (or null). */
    record Readiness(Duration ready, boolean cached, Duration withoutCache) {
    }

    /** The data cannot be benchmarked; main stops the app and the database and exits with a clear message. */
    static final class Unusable extends RuntimeException {
        Unusable(String message) {
            super(message);
        }
    }

    private static void fail(String message) {
        throw new Unusable(message);
    }

    /** The people and ids the benchmark uses, found in the generated data. */
    record Workload(List<String> trainees, long moduleId, long lessonId, Map<String, Long> mentorDays,
            List<String> administrators, List<String> certificates) {

        static Workload find(Connection c) throws SQLException {
            long generated = one(c, "SELECT COUNT(*) FROM person WHERE email LIKE ?", "%@" + DOMAIN);
            if (generated == 0) {
                fail("The database holds no generated people (e-mails @" + DOMAIN + "). Fill it first with mvn -Pgenerate"
                        + " (see the README's section on generating data).");
            }
            int traineeCount = Integer.getInteger("lms.benchmark.trainees", 40);
            int mentorCount = Integer.getInteger("lms.benchmark.mentors", 10);
            int adminCount = Integer.getInteger("lms.benchmark.administrators", 5);
            // Trainees of ACTIVE cohorts of the programme; a small data set may have none, then the latest cohorts'.
            long active = one(c, "SELECT COUNT(*) FROM cohort k JOIN programme g ON g.id = k.programme_id"
                    + " WHERE g.code = ? AND k.status = 'ACTIVE'", PROGRAMME);
            if (active == 0) {
                System.out.println("[benchmark] NOTE: no ACTIVE cohort of " + PROGRAMME + "; using trainees and mentors"
                        + " of its latest cohorts instead (generate more cohorts for a realistic run).");
            }
            List<String> trainees = strings(c, "SELECT p.email FROM person p"
                    + " JOIN cohort_member m ON m.person_id = p.id AND m.role = 'TRAINEE'"
                    + " JOIN cohort k ON k.id = m.cohort_id"
                    + " JOIN programme g ON g.id = k.programme_id AND g.code = ?"
                    + " WHERE p.email LIKE ? AND p.active GROUP BY p.email"
                    + " ORDER BY MAX(k.status = 'ACTIVE') DESC, MAX(k.starts_on) DESC, p.email LIMIT " + traineeCount,
                    PROGRAMME, "%@" + DOMAIN);
            if (trainees.isEmpty()) {
                fail("No generated trainee is in a cohort of " + PROGRAMME + "; generate more cohorts.");
            }
            long module = one(c, "SELECT m.id FROM course_module m JOIN programme g ON g.id = m.programme_id"
                    + " WHERE g.code = ? AND NOT m.archived ORDER BY m.position LIMIT 1", PROGRAMME);
            long lesson = one(c, "SELECT l.id FROM lesson l WHERE l.module_id = ? AND NOT l.archived"
                    + " ORDER BY l.position LIMIT 1", module);
            // Mentors (of active cohorts first), each with a session day of their cohort (the latest one already held).
            Map<String, Long> mentorDays = new java.util.LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT p.email, MAX(d.id) FROM person p"
                    + " JOIN cohort_member m ON m.person_id = p.id AND m.role = 'MENTOR'"
                    + " JOIN cohort k ON k.id = m.cohort_id"
                    + " JOIN training_session t ON t.cohort_id = k.id"
                    + " JOIN session_day d ON d.session_id = t.id AND d.day <= CURRENT_DATE"
                    + " WHERE p.email LIKE ? AND p.active GROUP BY p.email"
                    + " ORDER BY MAX(k.status = 'ACTIVE') DESC, MAX(k.starts_on) DESC, p.email LIMIT " + mentorCount)) {
                s.setString(1, "%@" + DOMAIN);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        mentorDays.put(r.getString(1), r.getLong(2));
                    }
                }
            }
            if (mentorDays.isEmpty()) {
                fail("No generated mentor's cohort has a session day; generate more cohorts.");
            }
            List<String> administrators = strings(c, "SELECT p.email FROM person p"
                    + " JOIN person_role r ON r.person_id = p.id AND r.role = 'ADMINISTRATOR'"
                    + " WHERE p.email LIKE ? AND p.active ORDER BY p.email LIMIT " + adminCount, "%@" + DOMAIN);
            List<String> certificates = strings(c, "SELECT number FROM certificate ORDER BY id LIMIT 200");
            return new Workload(trainees, module, lesson, mentorDays, administrators, certificates);
        }

        private static long one(Connection c, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("nothing found: " + sql);
                    }
                    return r.getLong(1);
                }
            }
        }

        private static List<String> strings(Connection c, String sql, Object... parameters) throws SQLException {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        }
    }

    private int run(Workload w, Readiness ready) throws Exception {
        System.out.println("[benchmark] Signing in " + w.trainees().size() + " trainees, " + w.mentorDays().size()
                + " mentors, " + w.administrators().size() + " administrators through the sign-in form ...");
        List<String> trainees = signIn(w.trainees());
        List<String> mentorEmails = new ArrayList<>(w.mentorDays().keySet());
        List<String> mentors = signIn(mentorEmails);
        List<String> administrators = signIn(w.administrators());

        // The module and lesson a trainee really opens: the first ones linked from the first trainee's home page.
        String home = new WebClient(base).get("/home/trainee.xhtml", "Cookie", trainees.getFirst()).body();
        long moduleId = firstId(home, "/study/module.xhtml?id=", w.moduleId());
        long lessonId = firstId(home, "/study/lesson.xhtml?id=", firstId(new WebClient(base)
                .get("/study/module.xhtml?id=" + moduleId, "Cookie", trainees.getFirst()).body(),
                "/study/lesson.xhtml?id=", w.lessonId()));
        w = new Workload(w.trainees(), moduleId, lessonId, w.mentorDays(), w.administrators(), w.certificates());
        Workload workload = w;

        List<Page> pages = new ArrayList<>();
        pages.add(page("trainee home", trainees, c -> "/home/trainee.xhtml"));
        pages.add(page("module page", trainees, c -> "/study/module.xhtml?id=" + workload.moduleId()));
        pages.add(repeatVisit("module page seen again (If-None-Match, 304)", trainees,
                "/study/module.xhtml?id=" + workload.moduleId()));
        pages.add(page("lesson page", trainees, c -> "/study/lesson.xhtml?id=" + workload.lessonId()));
        List<String[]> grid = new ArrayList<>();
        for (int i = 0; i < mentors.size(); i++) {
            grid.add(new String[] {"/attendance/mark.xhtml?day=" + w.mentorDays().get(mentorEmails.get(i)), mentors.get(i)});
        }
        pages.add(new Page("attendance grid", true, grid));
        pages.add(page("review queue", mentors, c -> "/review/queue.xhtml"));
        pages.add(page("people list", administrators, c -> "/people/list.xhtml"));
        List<String[]> verify = new ArrayList<>();
        for (String number : w.certificates()) {
            verify.add(new String[] {"/verify/" + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8), null});
        }
        if (!verify.isEmpty()) {
            pages.add(new Page("certificate verification", true, verify));
        }
        // The layout's own floor: a signed-in page with a small form and no data of its own. What a page costs above
        // it is the page's work; what it costs is what every page pays for the layout, Faces and the filters.
        pages.add(page(EMPTY_PAGE, trainees, c -> "/account/password.xhtml"));
        pages.add(new Page("static file (" + staticPath() + ")", false,
                List.<String[]>of(new String[] {staticPath(), null})));

        // -Dlms.benchmark.pages=trainee home,module page: only those (and the static file), for a quick A/B of a change.
        String only = System.getProperty("lms.benchmark.pages", "");
        if (!only.isBlank()) {
            List<String> wanted = List.of(only.split(","));
            pages.removeIf(p -> p.dynamic() && wanted.stream().noneMatch(name -> p.name().startsWith(name.strip())));
        }
        // Every page is warmed once before the first is measured: otherwise the first page measured paid for the JIT
        // compilation of the code all pages share (the layout, Faces, the container), and its CPU per request said more
        // about its place in the list than about the page. The JIT column shows what compilation is left in a run.
        if (warmRound()) {
            for (Page page : pages) {
                wrk(writeScript(page), warmUpSeconds);
            }
        }
        List<Result> results = new ArrayList<>();
        for (Page page : pages) {
            checkFirst(page);
            results.add(load(page));
        }
        long[] heap = heapAfterRuns();
        long[] session = sessionBytes(trainees.getLast(), w);
        Map<String, long[]> sizes = transferSizes(w);
        String report = report(results, heap, ready, sizes) + String.format(Locale.ROOT,
                "%n- A trainee's session, serialized as a cluster replicates it: %s after 1 page, %s after 50 pages "
                + "(lesson and module pages in turn) — target: bounded, not growing with the pages opened: %s%n",
                bytes(session[0]), bytes(session[1]), session[1] < 0 ? "**not measured**"
                        : session[1] <= Math.max(2 * session[0], 32 * 1024) ? "met" : "**missed**");
        System.out.println();
        System.out.println(report);
        Path file = buildDir.resolve("benchmark-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("[benchmark] Written to " + file);
        BenchmarkHistory.append(history, LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"))
                        + (Boolean.getBoolean("lms.benchmark.jfr") ? BenchmarkHistory.PROFILED : ""),
                results.stream().map(r -> new BenchmarkHistory.Row(BenchmarkHistory.key(r.name()),
                        r.requestsPerSecond(), r.p95(), r.cpuMsPerRequest())).toList());
        System.out.println("[benchmark] Added to the history in " + history);
        return 0;
    }

    /** The first id in a link of the page that starts so (with &amp; or not), or the fallback. */
    private static long firstId(String html, String link, long fallback) {
        Matcher m = Pattern.compile(Pattern.quote(link) + "(\\d+)").matcher(html);
        return m.find() ? Long.parseLong(m.group(1)) : fallback;
    }

    private static Page page(String name, List<String> cookies, java.util.function.Function<String, String> path) {
        List<String[]> requests = new ArrayList<>();
        for (String cookie : cookies) {
            requests.add(new String[] {path.apply(cookie), cookie});
        }
        return new Page(name, true, requests);
    }

    /**
     * Issue #25, point 3: each trainee's own copy of the page asked about again, as the browser does on a repeat visit
     * (If-None-Match with the tag the page came with); every answer should be 304.
     */
    private Page repeatVisit(String name, List<String> cookies, String path) {
        List<String[]> requests = new ArrayList<>();
        for (String cookie : cookies) {
            var first = new WebClient(base).get(path, "Cookie", cookie);
            String tag = first.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(
                    path + " answered " + first.statusCode() + " without an ETag: no conditional GET to measure"));
            requests.add(new String[] {path, cookie, tag});
        }
        return new Page(name, true, requests, 304);
    }

    /** Signs each person in through the real form; answers their Cookie headers. */
    private List<String> signIn(List<String> emails) {
        List<String> cookies = new ArrayList<>();
        for (String email : emails) {
            WebClient client = new WebClient(base);
            var answer = client.signIn(email, PASSWORD);
            if (answer.statusCode() != 302 && answer.statusCode() != 303) {
                throw new IllegalStateException("Signing in " + email + " answered " + answer.statusCode()
                        + " instead of a redirect: wrong password or e-mail?");
            }
            cookies.add(client.cookieHeader());
        }
        return cookies;
    }

    /** The stylesheet's address as the pages link it: a resource served through the Faces servlet from the WAR. */
    private String staticPath() {
        return staticPath.updateAndGet(known -> {
            if (known != null) {
                return known;
            }
            String login = new WebClient(base).get("/login.xhtml").body();
            Matcher m = Pattern.compile("href=\"([^\"]*lms\\.css[^\"]*)\"").matcher(login);
            return m.find() ? m.group(1).replace("&amp;", "&") : "/jakarta.faces.resource/lms.css.xhtml?ln=lms";
        });
    }

    private final java.util.concurrent.atomic.AtomicReference<String> staticPath =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** A wrong page (e.g. a redirect to the sign-in page) would be a wrong measurement: say so before loading it. */
    private void checkFirst(Page page) {
        String[] first = page.requests().getFirst();
        WebClient client = new WebClient(base);
        var answer = first[1] == null ? client.get(first[0]) : first.length > 2
                ? client.get(first[0], "Cookie", first[1], "If-None-Match", first[2])
                : client.get(first[0], "Cookie", first[1]);
        System.out.println("[benchmark] " + page.name() + ": GET " + first[0] + " -> " + answer.statusCode() + ", "
                + answer.body().length() + " chars" + answer.headers().firstValue("X-SQL-Statements")
                        .map(n -> ", " + n + " SQL statements").orElse("")
                + answer.headers().firstValue("X-SQL-Transactions").map(n -> " in " + n + " transactions").orElse(""));
    }

    private Result load(Page page) throws IOException, InterruptedException {
        Path script = writeScript(page);
        if (warmUpSeconds > 0) {
            wrk(script, warmUpSeconds);
        }
        // -Dlms.benchmark.jfr=true: a Flight Recorder profile of each measured run, to find where the CPU goes
        // (jfr print --events jdk.ExecutionSample target/benchmark-<page>.jfr).
        boolean jfr = Boolean.getBoolean("lms.benchmark.jfr");
        Path recording = buildDir.resolve(script.getFileName().toString().replace(".lua", ".jfr"));
        if (jfr) {
            jcmd("JFR.start", "name=benchmark", "settings=profile", "filename=" + recording);
        }
        long cpuBefore = cpuTicks();
        long jitBefore = jitTicks();
        Map<String, String> figures = wrk(script, seconds);
        long cpuTicks = cpuTicks() - cpuBefore;
        long jitTicks = jitTicks() - jitBefore;
        if (jfr) {
            jcmd("JFR.stop", "name=benchmark");
        }
        long requests = Long.parseLong(figures.get("requests"));
        double durationS = Long.parseLong(figures.get("duration_us")) / 1e6;
        double cpuMs = cpuTicks * 1000.0 / clockTicksPerSecond() / Math.max(1, requests);
        double jitMs = jitTicks * 1000.0 / clockTicksPerSecond() / Math.max(1, requests);
        Result result = new Result(page.name(), page.dynamic(), requests / durationS,
                Long.parseLong(figures.get("p50_us")) / 1000.0, Long.parseLong(figures.get("p95_us")) / 1000.0,
                Long.parseLong(figures.get("p99_us")) / 1000.0, cpuMs, jitMs, requests,
                Long.parseLong(figures.get("non200")), Long.parseLong(figures.get("socket_errors")));
        System.out.printf(Locale.ROOT, "[benchmark] %s: %.0f req/s, p95 %.1f ms, %.2f CPU ms/req (JIT %.2f), %d with "
                + "another status%n", result.name(), result.requestsPerSecond(), result.p95(), result.cpuMsPerRequest(),
                result.jitMsPerRequest(), result.non200());
        return result;
    }

    /**
     * A wrk script that rotates through the page's requests (each thread from its own offset), counts answers other
     * than 200, and prints the figures on one line for this class to read.
     */
    private Path writeScript(Page page) throws IOException {
        StringBuilder lua = new StringBuilder("-- generated by ru.ciss.lms.launch.PageBenchmark\nlocal items = {\n");
        for (String[] r : page.requests()) {
            lua.append("  {").append(luaString(r[0])).append(", ").append(r[1] == null ? "nil" : luaString(r[1]))
                    .append(", ").append(r.length > 2 ? luaString(r[2]) : "nil").append("},\n");
        }
        lua.append("}\nlocal expected = ").append(page.expected()).append('\n');
        lua.append("""
                local threads = {}
                local counter = 1
                function setup(thread)
                  thread:set("id", #threads)
                  table.insert(threads, thread)
                end
                function init(args)
                  non200 = 0
                  counter = (id * 7) % #items
                end
                function request()
                  counter = counter % #items + 1
                  local item = items[counter]
                  local headers = {}
                  if item[2] then headers["Cookie"] = item[2] end
                  if item[3] then headers["If-None-Match"] = item[3] end
                  return wrk.format("GET", item[1], headers)
                end
                function response(status, headers, body)
                  if status ~= expected then non200 = non200 + 1 end
                end
                function done(summary, latency, requests)
                  local bad = 0
                  for _, t in ipairs(threads) do bad = bad + t:get("non200") end
                  local e = summary.errors
                  io.write(string.format("BENCHMARK requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d non200=%d socket_errors=%d\\n",
                    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
                    latency:percentile(99), bad, e.connect + e.read + e.write + e.timeout))
                end
                """);
        Path file = buildDir.resolve("benchmark-" + page.name().replaceAll("[^A-Za-z0-9]+", "-") + ".lua");
        Files.writeString(file, lua, StandardCharsets.UTF_8);
        return file;
    }

    private static String luaString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Map<String, String> wrk(Path script, int durationSeconds) throws IOException, InterruptedException {
        List<String> command = List.of(System.getProperty("lms.wrk", "/usr/bin/wrk"), "-t" + threads,
                "-c" + connections, "-d" + durationSeconds + "s", "--latency", "--timeout", "10s",
                "-s", script.toString(), base + "/");
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(durationSeconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        Matcher line = Pattern.compile("BENCHMARK (.*)").matcher(output);
        if (!line.find()) {
            throw new IOException("wrk printed no figures: " + output);
        }
        Map<String, String> figures = new HashMap<>();
        for (String pair : line.group(1).trim().split(" ")) {
            String[] kv = pair.split("=", 2);
            figures.put(kv[0], kv[1]);
        }
        return figures;
    }

    /** User plus system CPU time of the Payara JVM so far, in clock ticks (fields 14 and 15 of /proc/pid/stat). */
    private long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // The command name (field 2) is in parentheses and may hold spaces: count from the last ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** -Dlms.benchmark.skipWarmRound=true: each page warmed only just before its run, as before issue #25's fifth session. */
    private boolean warmRound() {
        return warmUpSeconds > 0 && !Boolean.getBoolean("lms.benchmark.skipWarmRound");
    }

    /**
     * CPU time, in clock ticks, of the JVM's JIT compiler threads so far (the kernel names them «C1 CompilerThre»,
     * «C2 CompilerThre»): compilation is paid once per start, so the report shows how much of a run's CPU it was.
     */
    private long jitTicks() throws IOException {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (java.nio.file.NoSuchFileException gone) {
                    // a compiler thread the JVM stopped meanwhile: its time is no longer counted anywhere
                }
            }
        }
        return ticks;
    }

    private static long clockTicksPerSecond() throws IOException, InterruptedException {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
        String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        getconf.waitFor();
        return Long.parseLong(out);
    }

    /** Heap in use right after the runs and after a full collection (live data), and the committed heap, in KiB. */
    private long[] heapAfterRuns() throws IOException, InterruptedException {
        long[] used = heapInfo();
        jcmd("GC.run");
        long[] live = heapInfo();
        return new long[] {used[0], live[0], live[1]};
    }

    /** Used and committed KiB of the Java heap (not metaspace), from jcmd GC.heap_info. */
    private long[] heapInfo() throws IOException, InterruptedException {
        long used = 0;
        long committed = 0;
        Pattern usedK = Pattern.compile("used (\\d+)K");
        Pattern committedK = Pattern.compile("(?:committed|total) (\\d+)K");
        for (String line : jcmd("GC.heap_info").split("\n")) {
            // Top-level lines are the heap (G1) or its generations (Serial, Parallel); indented ones are their parts.
            String l = line.toLowerCase(Locale.ROOT);
            if (line.startsWith("  ") || l.contains("metaspace") || l.contains("class space")) {
                continue;
            }
            Matcher u = usedK.matcher(line);
            Matcher c = committedK.matcher(line);
            if (u.find()) {
                used += Long.parseLong(u.group(1));
            }
            if (c.find()) {
                committed += Long.parseLong(c.group(1));
            }
        }
        return new long[] {used, committed};
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** First-visit (empty cache) and repeat-visit bytes of the trainee pages, in headless Chromium. */
    private Map<String, long[]> transferSizes(Workload w) {
        Map<String, long[]> sizes = new java.util.LinkedHashMap<>();
        if (Boolean.getBoolean("lms.benchmark.skipBrowser")) {
            return sizes;
        }
        System.out.println("[benchmark] Measuring transfer sizes in headless Chromium ...");
        try (Browser browser = new Browser(URI.create(base + "/").toURL())) {
            browser.signIn(w.trainees().getFirst(), PASSWORD);
            for (String[] page : List.of(new String[] {"trainee home", "/home/trainee.xhtml"},
                    new String[] {"module page", "/study/module.xhtml?id=" + w.moduleId()},
                    new String[] {"lesson page", "/study/lesson.xhtml?id=" + w.lessonId()})) {
                browser.clearCache();
                browser.open(page[1]);
                long first = browser.transferredBytes();
                browser.open(page[1]);
                long repeat = browser.transferredBytes();
                sizes.put(page[0], new long[] {first, repeat});
            }
        } catch (RuntimeException | java.net.MalformedURLException e) {
            System.out.println("[benchmark] Chromium failed, no transfer sizes: " + e);
        }
        return sizes;
    }

    /**
     * The session of one signed-in trainee after one page and after fifty (the figure issue #18 asks the benchmark to
     * state): X-Session-Bytes, which the app sends only to a request asking for it (lms.debug.session-bytes).
     */
    private long[] sessionBytes(String cookie, Workload w) {
        WebClient client = new WebClient(base);
        long[] bytes = {-1, -1};
        for (int page = 1; page <= 50; page++) {
            client.get(page % 2 == 0 ? "/study/module.xhtml?id=" + w.moduleId() : "/study/lesson.xhtml?id=" + w.lessonId(),
                    "Cookie", cookie);
            if (page == 1 || page == 50) {
                String header = client.get("/home/trainee.xhtml", "Cookie", cookie, "X-Measure-Session", "1").headers()
                        .firstValue("X-Session-Bytes").orElse("-1");
                bytes[page == 1 ? 0 : 1] = header.matches("\\d+") ? Long.parseLong(header) : -1;
            }
        }
        System.out.printf(Locale.ROOT, "[benchmark] trainee session: %s after 1 page, %s after 50%n", bytes(bytes[0]),
                bytes(bytes[1]));
        return bytes;
    }

    private static String bytes(long value) {
        return value < 0 ? "not measured" : String.format(Locale.ROOT, "%.1f KiB", value / 1024.0);
    }

    private String report(List<Result> results, long[] heap, Readiness readiness, Map<String, long[]> sizes)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Page benchmark, %s; wrk -t%d -c%d -d%ds (%s), %d CPU cores%n%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), threads, connections,
                seconds, warmRound() ? "every page warmed for " + warmUpSeconds + " s before the first is measured, and "
                        + "again just before its own run" : "after a " + warmUpSeconds + " s warm-up",
                Runtime.getRuntime().availableProcessors()));
        md.append("| page | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | of which JIT | wrong status | of static req/s "
                + "| CPU × static | CPU × empty page | since the previous run | targets |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        double staticRps = results.stream().filter(r -> !r.dynamic()).mapToDouble(Result::requestsPerSecond)
                .findFirst().orElse(Double.NaN);
        double staticCpu = results.stream().filter(r -> !r.dynamic()).mapToDouble(Result::cpuMsPerRequest)
                .findFirst().orElse(Double.NaN);
        double emptyCpu = results.stream().filter(r -> r.name().equals(EMPTY_PAGE)).mapToDouble(Result::cpuMsPerRequest)
                .findFirst().orElse(Double.NaN);
        Map<String, BenchmarkHistory.Row> before = BenchmarkHistory.previous(history);
        boolean allMet = true;
        int sharesMissed = 0;
        for (Result r : results) {
            List<String> missed = new ArrayList<>();
            boolean list = LISTS.contains(r.name());
            double maxCpu = list ? MAX_LIST_CPU_MS : MAX_CPU_MS;
            double maxP95 = list ? MAX_LIST_P95_MS : MAX_P95_MS;
            if (r.cpuMsPerRequest() > maxCpu) {
                missed.add("CPU > " + maxCpu + " ms");
            }
            if (r.p95() > maxP95) {
                missed.add("p95 > " + maxP95 + " ms");
            }
            double share = r.requestsPerSecond() / staticRps;
            // Issue #9's share of the static file is reported on its own: issue #25's limits (CPU, p95, status) are
            // the ones a page is judged by, and one «missed» for both read as if those had failed.
            boolean belowShare = r.dynamic() && share < MIN_STATIC_SHARE;
            sharesMissed += belowShare ? 1 : 0;
            if (r.non200() > 0 || r.socketErrors() > 0) {
                missed.add("errors");
            }
            boolean measured = r.non200() < r.requests();
            allMet &= missed.isEmpty();
            String key = BenchmarkHistory.key(r.name());
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %.2f | %.2f | %d%s | %s | %s | %s | %s | %s |%n",
                    r.name(), r.requestsPerSecond(), r.p50(), r.p95(), r.p99(), r.cpuMsPerRequest(),
                    r.jitMsPerRequest(), r.non200(),
                    r.socketErrors() > 0 ? " (+" + r.socketErrors() + " socket errors)" : "",
                    r.dynamic() ? String.format(Locale.ROOT, "%.0f%%", 100 * share) : "—",
                    r.dynamic() ? BenchmarkHistory.timesStatic(r.cpuMsPerRequest(), staticCpu) : "1×",
                    r.dynamic() ? BenchmarkHistory.timesEmpty(r.cpuMsPerRequest(), emptyCpu) : "—",
                    BenchmarkHistory.change(new BenchmarkHistory.Row(key, r.requestsPerSecond(), r.p95(),
                            r.cpuMsPerRequest()), before.get(key)),
                    (!measured ? "**not measured**: no answer had the expected status"
                            : missed.isEmpty() ? "met" : "**missed**: " + String.join(", ", missed))
                            + (belowShare ? " (#9's ≥ 30% of static: missed)" : "")));
        }
        md.append('\n');
        BenchmarkHistory.Row staticBefore = before.get("static file");
        if (staticBefore != null) {
            // The yardstick: when the static file moved as much, the machine changed, not the pages.
            md.append(String.format(Locale.ROOT, "- The static file itself since the previous run: %s — a change of that "
                    + "size on every page is this machine's speed, not the pages'; the «CPU × static» column allows for it%n",
                    BenchmarkHistory.change(new BenchmarkHistory.Row("static file", staticRps, results.stream()
                            .filter(r -> !r.dynamic()).mapToDouble(Result::p95).findFirst().orElse(Double.NaN),
                            staticCpu), staticBefore)));
        }
        long usedMb = heap[0] / 1024;
        long liveMb = heap[1] / 1024;
        md.append(String.format(Locale.ROOT, "- Heap in use after the runs: %d MB (%d MB live after a full GC, %d MB"
                + " committed; -Xmx512m) — target ≤ %d MB: %s%n", usedMb, liveMb, heap[2] / 1024, MAX_HEAP_MB,
                usedMb <= MAX_HEAP_MB ? "met" : "**missed**"));
        md.append(String.format(Locale.ROOT, "- Static-file throughput (the stack's own limit): %.0f req/s%n", staticRps));
        Duration ready = readiness.ready();
        md.append(String.format(Locale.ROOT, "- Ready after start: %.1f s %s%s — target ≤ %d s: %s%n",
                ready.toMillis() / 1000.0, readiness.cached() ? "with the ahead-of-time class cache" : "without a class cache",
                readiness.withoutCache() == null ? "" : String.format(Locale.ROOT, " (%.1f s without it, the start that "
                        + "recorded it)", readiness.withoutCache().toMillis() / 1000.0),
                MAX_READY_S, ready.toMillis() <= MAX_READY_S * 1000 ? "met" : "**missed**"));
        md.append("- Issue #25's targets per page (at ").append(connections).append(" connections): CPU ≤ 5 ms/request and"
                + " p95 ≤ 100 ms (attendance grid, review queue, people list: 8 ms and 150 ms), every answer 200 (304 for"
                + " a page seen again): ").append(allMet ? "all met" : "**some missed** (see the table)")
                .append(String.format(Locale.ROOT, "; issue #9's «dynamic pages ≥ 30%% of the static file's req/s»: %s%n",
                        sharesMissed == 0 ? "met" : "missed by " + sharesMissed + " of the dynamic pages"));
        if (!sizes.isEmpty()) {
            md.append("\nTransfer sizes in headless Chromium (page plus every resource it loaded):\n\n");
            md.append("| trainee page | first visit KiB | repeat visit KiB |\n|---|---:|---:|\n");
            sizes.forEach((name, s) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", name,
                    s[0] / 1024.0, s[1] / 1024.0)));
        }
        md.append(String.format(Locale.ROOT, "%nMachine load average when done: %s%n",
                Files.readString(Path.of("/proc/loadavg")).trim()));
        return md.toString();
    }
}
