package ru.ciss.lms.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.attendance.AttendanceStatus;
import ru.ciss.lms.attendance.boundary.Attendance;
import ru.ciss.lms.attendance.boundary.AttendanceRefusedException;
import ru.ciss.lms.attendance.boundary.AttendanceViews;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.Texts;

/**
 * /attendance/mark.xhtml?day=N: the whole cohort on one screen for one day. "All present" fills every unmarked row,
 * then the marker changes the exceptions and saves. The versions seen when the grid was opened go back with the
 * save, so a mark someone else changed in the meantime is reported, not overwritten.
 */
@Named
@ViewScoped
public class MarkingGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable row: what the grid showed, and what the marker chose. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final AttendanceViews.GridRow shown;
        private AttendanceStatus status;
        private String reason;

        Row(AttendanceViews.GridRow shown) {
            this.shown = shown;
            this.status = shown.status();
            this.reason = shown.reason();
        }

        public AttendanceViews.GridRow getShown() {
            return shown;
        }

        // Properties for the page: a record's accessor called from EL (row.shown.expected()) looks the method up
        // among all of the record's methods at every call, five times a row (issue #25).
        public boolean isExpected() {
            return shown.expected();
        }

        public String getFullName() {
            return shown.fullName();
        }

        public java.time.LocalDate getEnrolledOn() {
            return shown.enrolledOn();
        }

        /** The gender the row's words follow; null: the neutral forms. */
        public ru.ciss.lms.people.Gender getGender() {
            return shown.gender();
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        boolean changed() {
            return status != shown.status() || !java.util.Objects.equals(blankToNull(reason), shown.reason());
        }
    }

    @Inject
    Attendance attendance;

    private String dayId;
    private AttendanceViews.Grid grid;
    private List<Row> rows;
    /** Read again when needed, not kept in the replicated session: a day's history can run to hundreds of rows. */
    private transient AttendanceViews.History history;
    /**
     * ?history=all: the whole history (up to Attendance.HISTORY_MAX changes). Without it the newest
     * {@link #HISTORY_SHOWN}: a day's first marks alone are one change per trainee, a hundred rows under the grid on a
     * mentor's phone, when what is looked for is mostly the latest corrections.
     */
    private String historyParam;

    static final int HISTORY_SHOWN = 20;

    public void load() throws IOException {
        if (grid != null) {
            return;
        }
        try {
            reload();
        } catch (NumberFormatException | AttendanceRefusedException e) {
            NotFound.answer();
        }
    }

    /**
     * Marks every trainee who is expected and not yet marked as present; nothing is saved until "save". It always
     * says what it did, and when it did nothing, why: everyone is marked already, or nobody was expected that day
     * because everyone was enrolled after it (then the enrolment date is what to change).
     */
    public void allPresent() {
        List<Row> open = rows.stream().filter(r -> r.shown.expected() && r.status == null).toList();
        open.forEach(r -> r.status = AttendanceStatus.PRESENT);
        if (!open.isEmpty()) {
            Texts.info("attendance.mark.allPresent.done", open.size());
        } else if (rows.stream().noneMatch(r -> r.shown.expected())) {
            Texts.error(null, rows.isEmpty() ? "attendance.mark.allPresent.noTrainees"
                    : "attendance.mark.allPresent.noneExpected", rows.size());
        } else {
            Texts.info("attendance.mark.allPresent.nothingLeft");
        }
    }

    /** How many trainees were enrolled after this day, so their marks are disabled. */
    public long getNotExpected() {
        return rows.stream().filter(r -> !r.shown.expected()).count();
    }

    /**
     * Saved without a conflict: post → redirect → get with ?day= (Redirects.samePage). A refusal or a conflict is
     * re-rendered instead, keeping the marker's choices and the other marker's on screen.
     */
    public String save() {
        List<AttendanceViews.CellEdit> edits = new ArrayList<>();
        for (Row row : rows) {
            if (row.changed()) {
                edits.add(new AttendanceViews.CellEdit(row.shown.personId(), row.status, blankToNull(row.reason),
                        row.shown.version()));
            }
        }
        try {
            AttendanceViews.SaveResult result = attendance.save(grid.day().dayId(), edits);
            Texts.info("attendance.mark.saved", result.saved());
            if (result.conflicts().isEmpty()) {
                return Redirects.samePage();
            }
            Texts.error(null, "attendance.mark.conflicts", String.join(", ", result.conflicts()));
        } catch (AttendanceRefusedException e) {
            Texts.error(null, e.messageKey(), e.args());
            return null; // keep the marker's choices on screen so they can correct them
        } catch (jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
            Texts.error(null, "attendance.mark.raced");
        }
        reload();
        return null;
    }

    private void reload() {
        AttendanceViews.MarkingDay day = attendance.markingDay(Long.parseLong(dayId == null ? "" : dayId), historyRows());
        grid = day.grid();
        rows = grid.rows().stream().map(Row::new).toList();
        history = day.history();
    }

    private int historyRows() {
        return isWholeHistory() ? Attendance.HISTORY_MAX : HISTORY_SHOWN;
    }

    private AttendanceViews.History history() {
        if (history == null && grid != null) {
            history = attendance.history(grid.day().dayId(), historyRows());
        }
        return history;
    }

    public List<AttendanceViews.ChangeRow> getHistory() {
        return history() == null ? List.of() : history().latest();
    }

    /** How many changes the day has in all, shown or not. */
    public long getHistoryTotal() {
        return history() == null ? 0 : history().total();
    }

    public boolean isWholeHistory() {
        return "all".equals(historyParam);
    }

    public String getHistoryParam() {
        return historyParam;
    }

    public void setHistoryParam(String historyParam) {
        this.historyParam = historyParam;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public AttendanceViews.Grid getGrid() {
        return grid;
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getMarked() {
        return rows.stream().filter(r -> r.shown.status() != null).count();
    }

    public String getDay() {
        return dayId;
    }

    public void setDay(String day) {
        this.dayId = day;
    }
}
