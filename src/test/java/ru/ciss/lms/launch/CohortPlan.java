package ru.ciss.lms.launch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.presentations.control.ScoreAggregation;

/** One generated cohort: its programme, dates, people, and what each trainee did there. */
final class CohortPlan {

    /** A programme as stored in the database, with what the generator needs of it. */
    record Programme(long id, String code, String title, int hours, String series, int minAttendance,
                     boolean excusedCounts, boolean allAssignments, int minScore, ScoreAggregation.Rubric rubric,
                     List<Long> modules, List<Long> lessons) {

        static Map<String, Programme> load(Connection c) throws SQLException {
            Map<String, Programme> programmes = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, code, title, academic_hours, "
                    + "certificate_series, min_attendance_percent, excused_count_as_attended, all_assignments_required, "
                    + "min_score_percent, rubric_scale_max, rubric_disagreement_percent FROM programme")) {
                while (r.next()) {
                    long id = r.getLong(1);
                    programmes.put(r.getString(2), new Programme(id, r.getString(2), r.getString(3), r.getInt(4),
                            r.getString(5), r.getInt(6), r.getBoolean(7), r.getBoolean(8), r.getInt(9),
                            new ScoreAggregation.Rubric(r.getInt(10), r.getInt(11), criteria(c, id)),
                            ids(c, "SELECT id FROM course_module WHERE archived = FALSE AND programme_id = " + id
                                    + " ORDER BY position"),
                            ids(c, "SELECT l.id FROM lesson l JOIN course_module m ON m.id = l.module_id WHERE "
                                    + "l.archived = FALSE AND l.programme_id = " + id + " ORDER BY m.position, l.position")));
                }
            }
            return programmes;
        }

        private static List<ScoreAggregation.Criterion> criteria(Connection c, long programme) throws SQLException {
            List<ScoreAggregation.Criterion> list = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code, weight FROM rubric_criterion "
                    + "WHERE archived = FALSE AND programme_id = " + programme + " ORDER BY position")) {
                while (r.next()) {
                    list.add(new ScoreAggregation.Criterion(r.getString(1), r.getInt(2)));
                }
            }
            return list;
        }

        private static List<Long> ids(Connection c, String sql) throws SQLException {
            List<Long> list = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    list.add(r.getLong(1));
                }
            }
            return list;
        }
    }

    /** How a trainee works: most are diligent, some fair, a few fall behind. */
    enum Diligence {
        GOOD(0.97), FAIR(0.88), WEAK(0.62);

        final double attends;

        Diligence(double attends) {
            this.attends = attends;
        }
    }

    final long id;
    final Programme programme;
    final String name;
    final LocalDate starts;
    final LocalDate ends;
    final String status;
    final List<GeneratedPeople.Someone> trainees = new ArrayList<>();
    final List<GeneratedPeople.Someone> mentors = new ArrayList<>();
    final List<Diligence> diligence = new ArrayList<>();
    /** Per trainee: session days attended in the programme's sense, and whether everything else was met. */
    int[] attended;
    boolean[] workAccepted;
    Double[] finalPercent;
    int days;

    CohortPlan(long id, Programme programme, String name, LocalDate starts, LocalDate ends, LocalDate today) {
        this.id = id;
        this.programme = programme;
        this.name = name;
        this.starts = starts;
        this.ends = ends;
        this.status = ends.isBefore(today) ? "FINISHED" : starts.isAfter(today) ? "PLANNED" : "ACTIVE";
    }

    boolean finished() {
        return status.equals("FINISHED");
    }

    /** How much of the cohort has passed, 0..1. */
    double elapsed(LocalDate today) {
        long span = ends.toEpochDay() - starts.toEpochDay();
        return Math.clamp((double) (today.toEpochDay() - starts.toEpochDay()) / span, 0.0, 1.0);
    }

    /** The rules of issue #7, as the app's eligibility screen applies them to a finished cohort. */
    boolean eligible(int t) {
        return finished() && attended[t] * 100L >= (long) programme.minAttendance() * days
                && (workAccepted[t] || !programme.allAssignments())
                && finalPercent[t] != null && ScoreAggregation.passes(finalPercent[t], programme.minScore());
    }
}
