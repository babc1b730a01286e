package ru.ciss.lms.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import ru.ciss.lms.platform.security.PasswordHasher;

/**
 * Accounts for client-side tests, written straight into the test database with a unique e-mail each, so tests
 * never share or depend on each other's people.
 */
public final class TestPeople {

    public record Account(long id, String email, String password, String surname) {
    }

    private static final PasswordHasher HASHER = new PasswordHasher();

    public static Account create(String surname, String... roles) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "t-" + unique + "@test.example.org";
        String password = "Pw-" + unique + "-secret";
        try (Connection c = connection()) {
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO person (surname, given_name, patronymic, "
                    + "email, language, active, password_hash, created_at, updated_at, district_id) "
                    + "VALUES (?, ?, ?, ?, 'RU', TRUE, ?, ?, ?, 31)", Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setString(1, surname);
                insert.setString(2, "Пётр");
                insert.setString(3, "Тестович");
                insert.setString(4, email);
                insert.setString(5, HASHER.hash(password));
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement role = c.prepareStatement("INSERT INTO person_role (person_id, role) VALUES (?, ?)")) {
                for (String r : roles) {
                    role.setLong(1, id);
                    role.setString(2, r);
                    role.executeUpdate();
                }
            }
            // Test accounts have consented, as an activated account has; ConsentsBrowserIT withdraws it where it matters.
            try (PreparedStatement consent = c.prepareStatement("INSERT INTO consent (person_id, kind, text_version, "
                    + "given_at) VALUES (?, 'PERSONAL_DATA', '2026-11', NOW(3))")) {
                consent.setLong(1, id);
                consent.executeUpdate();
            }
            return new Account(id, email, password, surname);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test account", e);
        }
    }

    /**
     * The test database: from the test JVM through the URL Maven passes, or, in a test that runs inside the server
     * (where that property is not set), through the application's own data source.
     */
    public static Connection connection() throws SQLException {
        String url = System.getProperty("lms.test.db.url");
        if (url == null) {
            try {
                return ((javax.sql.DataSource) new javax.naming.InitialContext().lookup("java:app/jdbc/lms"))
                        .getConnection();
            } catch (javax.naming.NamingException e) {
                throw new SQLException("no lms.test.db.url and no application data source", e);
            }
        }
        return DriverManager.getConnection(url, System.getProperty("lms.test.db.user"),
                System.getProperty("lms.test.db.password"));
    }

    private TestPeople() {
    }
}
