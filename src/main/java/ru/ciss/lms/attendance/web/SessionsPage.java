package ru.ciss.lms.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.attendance.SessionFormat;
import ru.ciss.lms.attendance.boundary.AttendanceRefusedException;
import ru.ciss.lms.attendance.boundary.SessionViews;
import ru.ciss.lms.attendance.boundary.Sessions;
import ru.ciss.lms.attendance.entity.TrainingSession;
import ru.ciss.lms.course.boundary.CohortRules;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;

/** /attendance/sessions.xhtml?cohort=N: administrators schedule a cohort's sessions and days and set its rule. */
@Named
@ViewScoped
public class SessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The "add a day" form of one session. */
    public static class NewDay implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate day;
        private LocalTime startsAt = LocalTime.of(10, 0);
        private LocalTime endsAt = LocalTime.of(17, 0);
        private String agenda;

        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public LocalTime getStartsAt() { return startsAt; }
        public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
        public LocalTime getEndsAt() { return endsAt; }
        public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
        public String getAgenda() { return agenda; }
        public void setAgenda(String agenda) { this.agenda = agenda; }
    }

    @Inject
    Sessions sessions;

    private String cohortId;
    private CohortRules.Rules cohort;
    private List<SessionViews.SessionRow> rows;
    private TrainingSession draft;
    private final Map<Long, NewDay> newDays = new HashMap<>();
    private Integer minPercent;
    private Boolean excusedCounts;
    private Integer lateAfter;

    public void load() throws IOException {
        if (cohort != null) {
            return;
        }
        try {
            cohort = sessions.cohortFor(Long.parseLong(cohortId == null ? "" : cohortId));
        } catch (NumberFormatException | AttendanceRefusedException e) {
            NotFound.answer();
            return;
        }
        minPercent = cohort.ownMinAttendancePercent();
        excusedCounts = cohort.ownExcusedCounts();
        lateAfter = cohort.lateAfterMinutes();
        reset();
    }

    /** Success: post → redirect → get of this page with ?cohort= (Redirects.samePage); refused: re-render, typing kept. */
    public String create() {
        try {
            sessions.create(cohort.cohortId(), draft);
            Texts.info("attendance.session.created", draft.getTitle());
            return Redirects.samePage();
        } catch (AttendanceRefusedException e) {
            Texts.error(null, e.messageKey(), e.args());
            return null;
        }
    }

    public String addDay(long sessionId) {
        NewDay form = newDay(sessionId);
        try {
            sessions.addDay(sessionId, form.day, form.startsAt, form.endsAt, form.agenda);
            Texts.info("attendance.day.added");
            return Redirects.samePage();
        } catch (AttendanceRefusedException e) {
            Texts.error(null, e.messageKey(), formatted(e.args()));
            // Each problem next to its field of this session's form (the forms repeat, one per session: the
            // pressed button's client id names the form).
            String dayForm = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().keySet().stream().filter(name -> name.endsWith(":add-day:add"))
                    .findFirst().map(name -> name.substring(0, name.length() - ":add".length())).orElse(null);
            e.problems().forEach(p -> Texts.error(dayForm == null ? null : dayForm + ":" + p.field(), p.messageKey(),
                    formatted(p.args())));
            return null;
        }
    }

    public String saveRule() {
        try {
            sessions.setRule(cohort.cohortId(), minPercent, excusedCounts, lateAfter);
            Texts.info("attendance.rule.saved");
            return Redirects.samePage();
        } catch (AttendanceRefusedException e) {
            RuleRefusals.showOnFields(e, "rule");
            return null;
        }
    }

    private void reset() {
        draft = new TrainingSession(cohort.cohortId());
        draft.setFormat(SessionFormat.IN_PERSON);
        rows = sessions.ofCohort(cohort.cohortId());
    }

    private static Object[] formatted(Object[] args) {
        java.time.format.DateTimeFormatter dates = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        return java.util.Arrays.stream(args).map(a -> a instanceof LocalDate d ? dates.format(d) : a).toArray();
    }

    public NewDay newDay(long sessionId) {
        return newDays.computeIfAbsent(sessionId, id -> new NewDay());
    }

    public SessionFormat[] getFormats() {
        return SessionFormat.values();
    }

    public CohortRules.Rules getCohort() {
        return cohort;
    }

    public List<SessionViews.SessionRow> getRows() {
        return rows;
    }

    public TrainingSession getDraft() {
        return draft;
    }

    public Integer getMinPercent() {
        return minPercent;
    }

    public void setMinPercent(Integer minPercent) {
        this.minPercent = minPercent;
    }

    public Boolean getExcusedCounts() {
        return excusedCounts;
    }

    public void setExcusedCounts(Boolean excusedCounts) {
        this.excusedCounts = excusedCounts;
    }

    public Integer getLateAfter() {
        return lateAfter;
    }

    public void setLateAfter(Integer lateAfter) {
        this.lateAfter = lateAfter;
    }

    public String getCohortId() {
        return cohortId;
    }

    public void setCohortId(String cohortId) {
        this.cohortId = cohortId;
    }
}
