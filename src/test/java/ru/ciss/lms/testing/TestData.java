package ru.ciss.lms.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Cohorts, members and session days written straight into the test database, each with unique names, for tests
 * that need them as a starting point rather than as the thing under test.
 */
public final class TestData {

    /** An active cohort of the programme, from a month ago to a month ahead; lateAfterMinutes may be null. */
    public static long cohort(String programmeCode, Integer lateAfterMinutes) throws SQLException {
        return insert("INSERT INTO cohort (programme_id, name, starts_on, ends_on, status, created_at, late_after_minutes) "
                + "SELECT id, CONCAT('Поток ', UUID()), CURDATE() - INTERVAL 30 DAY, CURDATE() + INTERVAL 30 DAY, 'ACTIVE', "
                + "NOW(3), ? FROM programme WHERE code = ?", lateAfterMinutes, programmeCode);
    }

    /** Enrols the person as a trainee, enrolled three weeks ago (so expected on every recent session day). */
    public static void enrolTrainee(long cohort, long person) throws SQLException {
        insert("INSERT INTO cohort_member (cohort_id, person_id, role, enrolled_at) "
                + "VALUES (?, ?, 'TRAINEE', NOW(3) - INTERVAL 21 DAY)", cohort, person);
    }

    public static void enrolMentor(long cohort, long person) throws SQLException {
        insert("INSERT INTO cohort_member (cohort_id, person_id, role, enrolled_at) "
                + "VALUES (?, ?, 'MENTOR', NOW(3) - INTERVAL 21 DAY)", cohort, person);
    }

    /** A new session of the cohort ("Весенняя сессия") with one day; answers the day's id. */
    public static long sessionDay(long cohort, LocalDate date, LocalTime start, LocalTime end) throws SQLException {
        long session = insert("INSERT INTO training_session (cohort_id, title, format, place, created_at) "
                + "VALUES (?, 'Весенняя сессия', 'IN_PERSON', 'Омск, ул. Ленина, 1', NOW(3))", cohort);
        return insert("INSERT INTO session_day (session_id, day, starts_at, ends_at, agenda) "
                + "VALUES (?, ?, ?, ?, 'Знакомство; проекты, гранты')", session, date, start, end);
    }

    /**
     * Makes the trainee meet every certificate rule of the cohort: present on a session day held today, each
     * module's assignment accepted and a released presentation result of the given percent. (A day is needed: with
     * no day at all the attendance rule is not met.)
     */
    public static void passEverything(long cohort, long person, double presentationPercent) throws SQLException {
        presentToday(cohort, person);
        update("INSERT INTO submission (cohort_id, module_id, person_id, state, versions, updated_at) "
                + "SELECT c.id, m.id, ?, 'ACCEPTED', 1, NOW(3) FROM cohort c JOIN course_module m "
                + "ON m.programme_id = c.programme_id AND m.archived = FALSE WHERE c.id = ?", person, cohort);
        update("INSERT INTO presentation (cohort_id, person_id, state, final_percent, flagged, submitted_at, updated_at) "
                + "VALUES (?, ?, 'SUBMITTED', ?, FALSE, NOW(3), NOW(3))", cohort, person, presentationPercent);
        update("INSERT IGNORE INTO presentation_setup (cohort_id, released_at) VALUES (?, NOW(3))", cohort);
    }

    /**
     * A submitted plan of a resource centre of the trainee in the cohort, allocated to the mentor for scoring by the
     * administrator; its id.
     */
    public static long allocatedPresentation(long cohort, long trainee, long mentor, long by) throws SQLException {
        update("INSERT INTO presentation (cohort_id, person_id, state, district_id, host_organisation, target_groups, "
                + "growth_points, services, partners, funding, milestones, submitted_at, updated_at) VALUES (?, ?, "
                + "'SUBMITTED', 31, 'Администрация поселения', 'НКО', 'Дом культуры', '[]', 'Библиотека', '[]', '[]', "
                + "NOW(3), NOW(3))", cohort, trainee);
        long presentation = Long.parseLong(value("SELECT id FROM presentation WHERE cohort_id = ? AND person_id = ?",
                cohort, trainee));
        update("INSERT INTO presentation_mentor (presentation_id, mentor_id, allocated_at, allocated_by) "
                + "VALUES (?, ?, NOW(3), ?)", presentation, mentor, by);
        return presentation;
    }

    /**
     * Makes the trainee a graduate of the cohort: a valid certificate row (with a placeholder file row, as the
     * register needs one), without drawing a PDF; for tests of what comes after graduation.
     */
    public static void graduate(long cohort, long person) throws SQLException {
        String unique = java.util.UUID.randomUUID().toString().replace("-", "");
        long file = insert("INSERT INTO stored_file (sha256, size_bytes, created_at) VALUES (?, 1, NOW(3))",
                (unique + unique).substring(0, 64));
        update("INSERT INTO certificate (number, series, year, sequence, cohort_id, person_id, programme_id, holder_name, "
                + "programme_title, academic_hours, cohort_starts_on, cohort_ends_on, issued_on, issued_at, issued_by, "
                + "signatory_name, signatory_position, status, pdf_file_id, pdf_sha256, pdf_size) "
                + "SELECT CONCAT('ТСТ-', ?), 'ТСТ', 1999, ?, c.id, p.id, c.programme_id, p.surname, 'Тест', 72, c.starts_on, "
                + "c.ends_on, CURDATE(), NOW(3), p.id, 'Подписант', 'Директор', 'VALID', ?, ?, 1 "
                + "FROM cohort c, person p WHERE c.id = ? AND p.id = ?",
                unique.substring(0, 12), file, file, (unique + unique).substring(0, 64), cohort, person);
    }

    /**
     * Marks the trainee present on the cohort's certificate day: one day per cohort, held today (Omsk), so that every
     * trainee enrolled by now is expected on it; made by the first call.
     */
    public static void presentToday(long cohort, long person) throws SQLException {
        LocalDate today = SchoolToday.forAWhile();
        String found = value("SELECT d.id FROM session_day d JOIN training_session s ON s.id = d.session_id "
                + "WHERE s.cohort_id = ? AND s.title = 'Сессия для сертификата' AND d.day = ?", cohort, today);
        long day;
        if (found != null) {
            day = Long.parseLong(found);
        } else {
            long session = insert("INSERT INTO training_session (cohort_id, title, format, place, created_at) "
                    + "VALUES (?, 'Сессия для сертификата', 'IN_PERSON', 'Омск, ул. Ленина, 1', NOW(3))", cohort);
            day = insert("INSERT INTO session_day (session_id, day, starts_at, ends_at, agenda) VALUES (?, ?, ?, ?, '')",
                    session, today, LocalTime.of(0, 0), LocalTime.of(23, 59));
        }
        mark(day, person, "PRESENT");
    }

    /** A mark written straight into the register (as if from the grid, by the trainee themself). */
    public static void mark(long day, long person, String status) throws SQLException {
        update("INSERT INTO attendance_mark (day_id, person_id, status, noted_at, marked_by, source) "
                + "VALUES (?, ?, ?, NOW(3), ?, 'GRID')", day, person, status, person);
    }

    /** The id of the programme's first current module (the one a trainee meets first). */
    public static String firstModule(String programmeCode) throws SQLException {
        return value("SELECT m.id FROM course_module m JOIN programme p ON p.id = m.programme_id "
                + "WHERE p.code = ? AND m.archived = FALSE ORDER BY m.position LIMIT 1", programmeCode);
    }

    /** The id of the module's first current lesson. */
    public static String firstLesson(String moduleId) throws SQLException {
        return value("SELECT id FROM lesson WHERE module_id = ? AND archived = FALSE ORDER BY position LIMIT 1", moduleId);
    }

    /** The first column of the first row, as text, or null when there is no row. */
    public static String value(String query, Object... parameters) throws SQLException {
        try (Connection c = TestPeople.connection(); PreparedStatement q = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    public static void update(String statement, Object... parameters) throws SQLException {
        try (Connection c = TestPeople.connection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    /** Inserts one row and answers its generated id. */
    public static long insert(String statement, Object... parameters) throws SQLException {
        try (Connection c = TestPeople.connection();
             PreparedStatement insert = c.prepareStatement(statement, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private TestData() {
    }
}
