package ru.ciss.lms.presentations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.presentations.boundary.PresentationAdmin;
import ru.ciss.lms.presentations.boundary.PresentationNotFoundException;
import ru.ciss.lms.presentations.boundary.PresentationViews.AdminRow;
import ru.ciss.lms.presentations.boundary.PresentationViews.Workload;
import ru.ciss.lms.presentations.control.ScoreAggregation;
import ru.ciss.lms.presentations.boundary.PresentationViews;

/**
 * /presentations/presentation.xhtml?cohort=C&amp;id=N: one presentation for administrators: its mentors (added or taken off
 * by hand), returning the plan, moderation with a reason, and the audit trail of its result.
 */
@Named
@ViewScoped
public class PresentationAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PresentationAdmin admin;

    private String cohort;
    private String id;
    private long cohortId;
    private long presentationId;
    private AdminRow row;
    private List<Workload> mentors;
    private List<PresentationViews.TrailRow> trail;
    private Long mentorId;
    private String returnComment;
    private String moderatedPercent;
    private String reason;

    public void load() throws IOException {
        try {
            cohortId = Long.parseLong(cohort == null ? "" : cohort);
            presentationId = Long.parseLong(id == null ? "" : id);
            reload();
        } catch (NumberFormatException | PresentationNotFoundException e) {
            NotFound.answer();
        }
    }

    private void reload() {
        row = admin.rows(cohortId).stream().filter(r -> r.presentationId() == presentationId).findFirst()
                .orElseThrow(PresentationNotFoundException::new);
        mentors = admin.workload(cohortId);
        trail = admin.trail(presentationId);
    }

    public String addMentor() {
        return act(() -> {
            if (mentorId == null) {
                Texts.error(null, "invitation.refused.mentor");
                return;
            }
            admin.allocate(presentationId, mentorId);
            Texts.info("allocation.added");
        });
    }

    public String removeMentor(long mentor) {
        return act(() -> {
            admin.unallocate(presentationId, mentor);
            Texts.info("allocation.removed");
        });
    }

    public String returnPlan() {
        return act(() -> {
            admin.returnPlan(presentationId, row.version(), returnComment);
            returnComment = null;
            Texts.info("presentation.returned");
        });
    }

    public String moderate() {
        return act(() -> {
            Double percent;
            try {
                percent = moderatedPercent == null || moderatedPercent.isBlank() ? null
                        : Double.valueOf(moderatedPercent.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                percent = Double.NaN; // refused by the boundary together with the reason's problems, at the field
            }
            admin.moderate(presentationId, row.version(), percent, reason);
            reason = null;
            moderatedPercent = null;
            Texts.info("moderation.done");
        }, "moderate");
    }

    /**
     * Done without an error: post → redirect → get with ?cohort=&id= (Redirects.samePage); refused: re-render,
     * what was typed kept.
     */
    private String act(Runnable action) {
        return act(action, null);
    }

    /** Runs the action; a refusal naming fields is shown at those fields of the given form (null: on the page). */
    private String act(Runnable action, String form) {
        try {
            action.run();
            var severity = jakarta.faces.context.FacesContext.getCurrentInstance().getMaximumSeverity();
            if (severity == null || severity.compareTo(jakarta.faces.application.FacesMessage.SEVERITY_ERROR) < 0) {
                return Redirects.samePage();
            }
        } catch (RuntimeException e) {
            if (form == null) {
                RuleRefusals.show(e, null);
            } else {
                RuleRefusals.showOnFields(e, form);
            }
        }
        reload();
        return null;
    }

    public String percent(Double value) {
        return value == null ? "—" : ScoreAggregation.oneDecimal(value);
    }

    public AdminRow getRow() {
        return row;
    }

    public List<Workload> getMentors() {
        return mentors;
    }

    public List<PresentationViews.TrailRow> getTrail() {
        return trail;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public void setReturnComment(String returnComment) {
        this.returnComment = returnComment;
    }

    public String getModeratedPercent() {
        return moderatedPercent;
    }

    public void setModeratedPercent(String moderatedPercent) {
        this.moderatedPercent = moderatedPercent;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
