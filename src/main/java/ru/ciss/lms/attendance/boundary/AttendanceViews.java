package ru.ciss.lms.attendance.boundary;

import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.attendance.control.AttendanceRate;
import ru.ciss.lms.attendance.entity.AttendanceStatus;

/** Read models of attendance: a day's grid, a trainee's record, a cohort's register. */
public final class AttendanceViews {

    /** One trainee on the marking grid; version null: not marked yet. */
    public record GridRow(long personId, String fullName, AttendanceStatus status, String reason, Long version,
                          boolean expected) implements Serializable {
    }

    public record Grid(SessionViews.DayRow day, List<GridRow> rows) implements Serializable {
    }

    /** What the marker changed in one row, with the version the row had when the grid was opened. */
    public record CellEdit(long personId, AttendanceStatus status, String reason, Long seenVersion)
            implements Serializable {
    }

    /** Conflicts: the people whose marks someone else changed meanwhile; theirs were kept, not overwritten. */
    public record SaveResult(int saved, List<String> conflicts) implements Serializable {
    }

    public record DayState(SessionViews.DayRow day, AttendanceRate.DayState state, String reason)
            implements Serializable {
    }

    /** A trainee's attendance in one cohort against its rule. */
    public record Record(long cohortId, String cohortName, AttendanceRate.Rule rule, List<DayState> days,
                         AttendanceRate.Result result) implements Serializable {
    }

    public record RegisterRow(long personId, String fullName, String district, List<AttendanceRate.DayState> days,
                              AttendanceRate.Result result) implements Serializable {
    }

    public record Register(String cohortName, AttendanceRate.Rule rule, List<SessionViews.DayRow> days,
                           List<RegisterRow> rows) implements Serializable {
        public long atRisk() {
            return rows.stream().filter(r -> r.result().atRisk()).count();
        }
    }

    private AttendanceViews() {
    }
}
