package ru.ciss.lms.attendance.boundary;

import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.attendance.AttendanceRate;
import ru.ciss.lms.attendance.AttendanceStatus;

/** Read models of attendance: a day's grid, a trainee's record, a cohort's register. */
public final class AttendanceViews {

    /**
     * One trainee on the marking grid; version null: not marked yet. {@code enrolledOn} is the day from which the
     * trainee is expected, shown next to a mark that is disabled because the day came before it; {@code gender} the one
     * the row's words follow (null: the neutral forms).
     */
    public record GridRow(long personId, String fullName, AttendanceStatus status, String reason, Long version,
                          boolean expected, java.time.LocalDate enrolledOn, ru.ciss.lms.people.Gender gender)
            implements Serializable {
    }

    public record Grid(SessionViews.DayRow day, List<GridRow> rows) implements Serializable {
    }

    /** The grid page's day: its grid and its history, with one check of the day and the caller (issue #25). */
    public record MarkingDay(Grid grid, History history) {
    }

    /** The newest changes of a day, as many as were asked for, and how many the day has in all. */
    public record History(List<ChangeRow> latest, long total) {
    }

    /** What the marker changed in one row, with the version the row had when the grid was opened. */
    public record CellEdit(long personId, AttendanceStatus status, String reason, Long seenVersion)
            implements Serializable {
    }

    /** Conflicts: the people whose marks someone else changed meanwhile; theirs were kept, not overwritten. */
    public record SaveResult(int saved, List<String> conflicts) implements Serializable {
    }

    /**
     * A line of a day's audit trail, with the names of the trainee and of who made the change. {@code afterTheFact}:
     * entered on a later day than the session day (Omsk time), e.g. copied from a paper register.
     */
    public record ChangeRow(String trainee, AttendanceStatus from, AttendanceStatus to, String reason, String by,
                            java.time.Instant at, ru.ciss.lms.attendance.MarkSource source, boolean afterTheFact)
            implements Serializable {
    }

    public record DayState(SessionViews.DayRow day, AttendanceRate.DayState state, String reason)
            implements Serializable {
    }

    /**
     * A trainee's attendance in one cohort against its rule, and whether the cohort is finished: a running cohort with
     * no day yet has simply not had its sessions planned, a finished one without a day can no longer meet the rule.
     */
    public record Record(long cohortId, String cohortName, AttendanceRate.Rule rule, List<DayState> days,
                         AttendanceRate.Result result, boolean cohortFinished) implements Serializable {

        /** No day expected of the trainee yet, and days may still come. */
        public boolean daysToCome() {
            return result.noDays() && !cohortFinished;
        }
    }

    public record RegisterRow(long personId, String fullName, String district,
                              ru.ciss.lms.people.OrganisationKind organisationKind,
                              List<AttendanceRate.DayState> days, AttendanceRate.Result result) implements Serializable {
    }

    /**
     * One line of the summary by district or by kind of organisation; group null: not given. The rate is the
     * trainees' held days together, by the same definition as each trainee's ({@link AttendanceRate#percent}).
     */
    public record SummaryRow(String group, int trainees, int heldDays, int attended, long atRisk)
            implements Serializable {
        public int percent() {
            return AttendanceRate.percent(attended, heldDays);
        }
    }

    /** A held day on which some expected trainees have no mark yet: work for the curator. */
    public record UnmarkedDay(SessionViews.DayRow day, int unmarked) implements Serializable {
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

        /** Held days with trainees nobody marked yet, oldest first. */
        public List<UnmarkedDay> unmarkedDays() {
            List<UnmarkedDay> work = new java.util.ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                int index = i;
                int unmarked = (int) rows.stream()
                        .filter(r -> r.days().get(index) == AttendanceRate.DayState.NOT_MARKED).count();
                if (unmarked > 0) {
                    work.add(new UnmarkedDay(days.get(i), unmarked));
                }
            }
            return work;
        }

        /** Days held so far count (marked or not), days to come do not: the rate of what has happened. */
        private List<SummaryRow> summary(java.util.function.Function<RegisterRow, String> key) {
            java.util.Map<String, List<RegisterRow>> groups = new java.util.TreeMap<>(
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
            rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new java.util.ArrayList<>()).add(r));
            return groups.entrySet().stream().map(e -> new SummaryRow(e.getKey(), e.getValue().size(),
                    e.getValue().stream().mapToInt(r -> r.result().heldDays()).sum(),
                    e.getValue().stream().mapToInt(r -> r.result().attended()).sum(),
                    e.getValue().stream().filter(r -> r.result().atRisk()).count())).toList();
        }
    }

    /** A mark as other systems read it (the REST API): status is the name of an {@code AttendanceStatus}. */
    public record MarkFacts(long dayId, long personId, String status, String reason) implements Serializable {
    }

    /** One mark as it stands, with its version (the REST API's ETag). */
    public record MarkState(String status, String reason, long version) implements Serializable {
    }

    private AttendanceViews() {
    }
}
