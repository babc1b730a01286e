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

    /** A line of a day's audit trail, with the names of the trainee and of who made the change. */
    public record ChangeRow(String trainee, AttendanceStatus from, AttendanceStatus to, String reason, String by,
                            java.time.Instant at, ru.ciss.lms.attendance.entity.MarkSource source) implements Serializable {
    }

    public record DayState(SessionViews.DayRow day, AttendanceRate.DayState state, String reason)
            implements Serializable {
    }

    /** A trainee's attendance in one cohort against its rule. */
    public record Record(long cohortId, String cohortName, AttendanceRate.Rule rule, List<DayState> days,
                         AttendanceRate.Result result) implements Serializable {
    }

    public record RegisterRow(long personId, String fullName, String district,
                              ru.ciss.lms.people.entity.OrganisationKind organisationKind,
                              List<AttendanceRate.DayState> days, AttendanceRate.Result result) implements Serializable {
    }

    /** One line of the summary by district or by kind of organisation; group null: not given. */
    public record SummaryRow(String group, int trainees, int expectedDays, int attended, long atRisk)
            implements Serializable {
        public int percent() {
            return expectedDays == 0 ? 100 : attended * 100 / expectedDays;
        }
    }

    public record Register(String cohortName, AttendanceRate.Rule rule, List<SessionViews.DayRow> days,
                           List<RegisterRow> rows) implements Serializable {
        public long atRisk() {
            return rows.stream().filter(r -> r.result().atRisk()).count();
        }

        public List<SummaryRow> byDistrict() {
            return summary(r -> r.district());
        }

        public List<SummaryRow> byOrganisationKind() {
            return summary(r -> r.organisationKind() == null ? null : r.organisationKind().name());
        }

        /** Days held so far count (marked or not), days to come do not: the rate of what has happened. */
        private List<SummaryRow> summary(java.util.function.Function<RegisterRow, String> key) {
            java.util.Map<String, List<RegisterRow>> groups = new java.util.TreeMap<>(
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
            rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new java.util.ArrayList<>()).add(r));
            return groups.entrySet().stream().map(e -> new SummaryRow(e.getKey(), e.getValue().size(),
                    e.getValue().stream().mapToInt(r -> r.result().expectedDays() - r.result().upcoming()).sum(),
                    e.getValue().stream().mapToInt(r -> r.result().attended()).sum(),
                    e.getValue().stream().filter(r -> r.result().atRisk()).count())).toList();
        }
    }

    private AttendanceViews() {
    }
}
