package ru.ciss.lms.outcomes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ciss.lms.testing.Deployments;

/**
 * In the server: graduates are asked for their outcomes 3, 6 and 12 months after their cohort ended, each reminder
 * once however often the timer runs, and never for a long-past date (switching the feature on mails no old cohort).
 */
@ExtendWith(ArquillianExtension.class)
class OutcomeRemindersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    OutcomeReminders reminders;

    @Test
    void remindersGoAtThreeSixAndTwelveMonthsOnceEach() throws Exception {
        // A day of its own far ahead, so no other cohort's reminders fall on it.
        LocalDate ends = LocalDate.of(2090, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 3000));
        long cohort = insert("INSERT INTO cohort (programme_id, name, starts_on, ends_on, status, created_at) "
                + "SELECT id, CONCAT('Поток ', UUID()), ?, ?, 'FINISHED', NOW(3) FROM programme WHERE code = 'rc-leaders'",
                ends.minusMonths(3), ends);
        long graduate = person("Напоминаемая");
        long trainee = person("Безсертификатный");
        insert("INSERT INTO cohort_member (cohort_id, person_id, role, enrolled_at) VALUES (?, ?, 'TRAINEE', NOW(3))",
                cohort, graduate);
        insert("INSERT INTO cohort_member (cohort_id, person_id, role, enrolled_at) VALUES (?, ?, 'TRAINEE', NOW(3))",
                cohort, trainee);
        certificate(cohort, graduate);
        // A graduate of a cohort that ended a year earlier: every one of their reminder days is long past by then.
        long older = insert("INSERT INTO cohort (programme_id, name, starts_on, ends_on, status, created_at) "
                + "SELECT id, CONCAT('Поток ', UUID()), ?, ?, 'FINISHED', NOW(3) FROM programme WHERE code = 'rc-leaders'",
                ends.minusYears(1).minusMonths(3), ends.minusYears(1));
        long oldGraduate = person("Давновыпущенная");
        insert("INSERT INTO cohort_member (cohort_id, person_id, role, enrolled_at) VALUES (?, ?, 'TRAINEE', NOW(3))",
                older, oldGraduate);
        certificate(older, oldGraduate);

        assertEquals(0, reminders.remind(ends.plusMonths(3).minusDays(1)), "not before three months");
        assertEquals(1, reminders.remind(ends.plusMonths(3)),
                "three months: the graduate only; not the one whose twelve months were three months ago");
        assertEquals(0, reminders.remind(ends.plusMonths(3).plusDays(1)), "once, however often the timer runs");
        assertEquals(0, reminders.remind(ends.plusMonths(6).minusDays(1)));
        assertEquals(1, reminders.remind(ends.plusMonths(6).plusDays(2)), "a server down on the day catches up");
        assertEquals(0, reminders.remind(ends.plusMonths(12).minusDays(1)));
        assertEquals(1, reminders.remind(ends.plusMonths(12)), "twelve months");
        assertEquals(0, reminders.remind(ends.plusMonths(12).plusDays(OutcomeReminders.LATE_DAYS + 1)));
        assertEquals(3, number("SELECT COUNT(*) FROM outbox_message WHERE kind = 'OUTCOME_REMINDER' AND person_id = "
                + graduate));
        assertEquals(0, number("SELECT COUNT(*) FROM outbox_message WHERE person_id = " + oldGraduate),
                "a reminder whose day is long past is not sent");
        assertEquals(0, number("SELECT COUNT(*) FROM outbox_message WHERE person_id = " + trainee));
        String body = text("SELECT body FROM outbox_message WHERE kind = 'OUTCOME_REMINDER' AND person_id = " + graduate
                + " ORDER BY id LIMIT 1");
        assertTrue(body.contains("Прошло 3 месяца") && body.contains("/outcomes/my.xhtml"), body);
    }

    private static long person(String surname) throws SQLException {
        return insert("INSERT INTO person (surname, given_name, patronymic, email, language, active, created_at, "
                + "updated_at, district_id) VALUES (?, 'Анна', 'Ивановна', ?, 'RU', TRUE, NOW(3), NOW(3), 31)",
                surname, "r-" + UUID.randomUUID() + "@test.example.org");
    }

    private static void certificate(long cohort, long person) throws SQLException {
        String unique = UUID.randomUUID().toString().replace("-", "");
        long file = insert("INSERT INTO stored_file (sha256, size_bytes, created_at) VALUES (?, 1, NOW(3))",
                (unique + unique).substring(0, 64));
        insert("INSERT INTO certificate (number, series, year, sequence, cohort_id, person_id, programme_id, "
                + "holder_name, programme_title, academic_hours, cohort_starts_on, cohort_ends_on, issued_on, issued_at, "
                + "issued_by, signatory_name, signatory_position, status, pdf_file_id, pdf_sha256, pdf_size) "
                + "SELECT ?, 'ТСТ', 1998, ?, c.id, ?, c.programme_id, 'Тест', 'Тест', 72, c.starts_on, c.ends_on, "
                + "CURDATE(), NOW(3), ?, 'Подписант', 'Директор', 'VALID', ?, ?, 1 FROM cohort c WHERE c.id = ?",
                "ТСТ-R-" + unique.substring(0, 10), file, person, person, file, (unique + unique).substring(0, 64), cohort);
    }

    private static DataSource database() {
        try {
            return (DataSource) new javax.naming.InitialContext().lookup("java:app/jdbc/lms");
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(String sql, Object... values) throws SQLException {
        try (Connection c = database().getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = database().getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static long number(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }
}
