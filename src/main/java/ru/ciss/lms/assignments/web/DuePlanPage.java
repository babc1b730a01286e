package ru.ciss.lms.assignments.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.ciss.lms.assignments.boundary.AssignmentNotFoundException;
import ru.ciss.lms.assignments.boundary.AssignmentPlans;
import ru.ciss.lms.assignments.boundary.AssignmentViews.DueRow;
import ru.ciss.lms.assignments.entity.LateRule;
import ru.ciss.lms.course.boundary.CourseFacts.CohortRef;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;

/**
 * /course/assignments.xhtml?cohort=N: each module's due date and late rule in a cohort. Date and time are entered
 * with the browser's own picker (school time, Omsk), which phones show well and keyboards can use.
 */
@Named
@ViewScoped
public class DuePlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentPlans plans;

    /** One editable line; the inputs hold "yyyy-MM-ddTHH:mm" as datetime-local inputs send it. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DueRow shown;
        private String due;
        private LateRule rule;
        private String cutoff;

        Line(DueRow shown) {
            this.shown = shown;
            this.due = local(shown.dueAt());
            this.rule = shown.lateRule() == null ? LateRule.ACCEPT : shown.lateRule();
            this.cutoff = local(shown.cutoffAt());
        }

        public DueRow getShown() {
            return shown;
        }

        public String getDue() {
            return due;
        }

        public void setDue(String due) {
            this.due = due;
        }

        public LateRule getRule() {
            return rule;
        }

        public void setRule(LateRule rule) {
            this.rule = rule;
        }

        public String getCutoff() {
            return cutoff;
        }

        public void setCutoff(String cutoff) {
            this.cutoff = cutoff;
        }
    }

    private String cohort;
    private CohortRef shownCohort;
    private List<Line> lines;

    public void load() throws IOException {
        try {
            long id = Long.parseLong(cohort == null ? "" : cohort);
            shownCohort = plans.cohort(id);
            lines = plans.plan(id).stream().map(Line::new).toList();
        } catch (NumberFormatException | AssignmentNotFoundException e) {
            NotFound.answer();
        }
    }

    /** All saved: post → redirect → get with ?cohort= (Redirects.samePage); any line refused: re-render, all typing kept. */
    public String save() {
        int saved = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Instant due;
            Instant cutoff;
            try {
                due = instant(line.due);
                cutoff = line.rule == LateRule.CLOSE ? instant(line.cutoff) : null;
            } catch (DateTimeParseException e) {
                Texts.error("plan:lines:" + i + ":due", "plan.refused.badDate", line.shown.position());
                continue;
            }
            if (due == null && line.shown.dueAt() == null) {
                continue; // still no due date, whatever the other fields say
            }
            if (java.util.Objects.equals(due, line.shown.dueAt()) && orAccept(line.rule) == orAccept(line.shown.lateRule())
                    && java.util.Objects.equals(cutoff, line.shown.cutoffAt())) {
                continue; // unchanged lines are not written, so they cannot conflict with anyone
            }
            try {
                plans.set(shownCohort.id(), line.shown.moduleId(), line.shown.dueVersion(), due, line.rule, cutoff);
                saved++;
            } catch (RuntimeException e) {
                RuleRefusals.show(e, "plan:lines:" + i + ":due");
            }
        }
        if (saved > 0) {
            Texts.info("plan.saved", saved);
        } else if (!FacesMessages.anyError()) {
            Texts.info("plan.unchanged"); // a save that wrote nothing says so, rather than nothing at all
        }
        if (!FacesMessages.anyError()) {
            return Redirects.samePage();
        }
        return null;
    }

    private static LateRule orAccept(LateRule rule) {
        return rule == null ? LateRule.ACCEPT : rule;
    }

    private static Instant instant(String local) {
        return local == null || local.isBlank() ? null
                : LocalDateTime.parse(local.strip()).atZone(SchoolClock.ZONE).toInstant();
    }

    private static String local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, SchoolClock.ZONE).toString().substring(0, 16);
    }

    public LateRule[] getRules() {
        return LateRule.values();
    }

    public CohortRef getShownCohort() {
        return shownCohort;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }
}
