package ru.ciss.lms.presentations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.ciss.lms.course.boundary.CourseFacts.CohortRef;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.presentations.boundary.MentorInvitations;
import ru.ciss.lms.presentations.boundary.PresentationAdmin;
import ru.ciss.lms.presentations.boundary.PresentationNotFoundException;
import ru.ciss.lms.presentations.boundary.PresentationViews.AdminRow;
import ru.ciss.lms.presentations.boundary.PresentationViews.Workload;
import ru.ciss.lms.presentations.control.ScoreAggregation;
import ru.ciss.lms.presentations.entity.PresentationSetup;

/**
 * /presentations/cohort.xhtml?cohort=N: a cohort's final presentations for administrators: settings, automatic
 * allocation, each mentor's workload, every trainee's plan and result, invitation links, release and export.
 */
@Named
@ViewScoped
public class CohortPresentationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PresentationAdmin admin;

    @Inject
    MentorInvitations invitations;

    private String cohort;
    private long cohortId;
    private String cohortName;
    private List<AdminRow> rows;
    private List<Workload> workload;
    private List<MentorInvitations.InvitationRow> links;
    private boolean released;
    private long setupVersion;
    private int mentorsPerPresentation;
    private boolean excludeSameDistrict;
    private String dueAt;
    private Long inviteMentorId;
    private int inviteDays = 14;
    private String newLink;

    public void load() throws IOException {
        try {
            cohortId = Long.parseLong(cohort == null ? "" : cohort);
            CohortRef c = admin.cohort(cohortId);
            cohortName = c.name();
            reload();
            PresentationSetup setup = admin.setup(cohortId);
            mentorsPerPresentation = setup.getMentorsPerPresentation();
            excludeSameDistrict = setup.isExcludeSameDistrict();
            dueAt = setup.getDueAt() == null ? null
                    : LocalDateTime.ofInstant(setup.getDueAt(), SchoolClock.ZONE).toString().substring(0, 16);
        } catch (NumberFormatException | PresentationNotFoundException e) {
            NotFound.answer();
        }
    }

    private void reload() {
        rows = admin.rows(cohortId);
        workload = admin.workload(cohortId);
        links = invitations.list(cohortId);
        PresentationSetup setup = admin.setup(cohortId);
        released = setup.isReleased();
        setupVersion = setup.getVersion();
    }

    /** Success: post → redirect → get with ?cohort= (Redirects.samePage); refused: re-render, typing kept. */
    public String saveSetup() {
        try {
            admin.changeSetup(cohortId, setupVersion, mentorsPerPresentation, excludeSameDistrict,
                    dueAt == null || dueAt.isBlank() ? null
                            : LocalDateTime.parse(dueAt.strip()).atZone(SchoolClock.ZONE).toInstant());
            Texts.info("presentation.setup.saved");
            return Redirects.samePage();
        } catch (DateTimeParseException e) {
            Texts.error(null, "presentation.invalid.due");
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        reload();
        return null;
    }

    public String allocate() {
        try {
            int[] result = admin.allocateAutomatically(cohortId);
            Texts.info("allocation.done", result[0]);
            if (result[1] > 0) {
                Texts.error(null, "allocation.short", result[1]);
            }
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        reload();
        return null;
    }

    public String release() {
        try {
            admin.release(cohortId);
            Texts.info("release.done");
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        reload();
        return null;
    }

    /** No redirect: the new link is shown once, only in this view (the address keeps ?cohort= through o:form). */
    public void invite() {
        newLink = null;
        try {
            if (inviteMentorId == null) {
                Texts.error(null, "invitation.refused.mentor");
                return;
            }
            newLink = invitations.invite(cohortId, inviteMentorId, inviteDays);
            Texts.info("invitation.made");
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        reload();
    }

    public String revoke(long invitationId) {
        try {
            invitations.revoke(invitationId);
            Texts.info("invitation.revoked");
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        reload();
        return null;
    }

    public String percent(Double value) {
        return value == null ? "—" : ScoreAggregation.oneDecimal(value);
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public List<AdminRow> getRows() {
        return rows;
    }

    public List<Workload> getWorkload() {
        return workload;
    }

    public List<MentorInvitations.InvitationRow> getLinks() {
        return links;
    }

    public boolean isReleased() {
        return released;
    }

    public int getMentorsPerPresentation() {
        return mentorsPerPresentation;
    }

    public void setMentorsPerPresentation(int mentorsPerPresentation) {
        this.mentorsPerPresentation = mentorsPerPresentation;
    }

    public boolean isExcludeSameDistrict() {
        return excludeSameDistrict;
    }

    public void setExcludeSameDistrict(boolean excludeSameDistrict) {
        this.excludeSameDistrict = excludeSameDistrict;
    }

    public String getDueAt() {
        return dueAt;
    }

    public void setDueAt(String dueAt) {
        this.dueAt = dueAt;
    }

    public Long getInviteMentorId() {
        return inviteMentorId;
    }

    public void setInviteMentorId(Long inviteMentorId) {
        this.inviteMentorId = inviteMentorId;
    }

    public int getInviteDays() {
        return inviteDays;
    }

    public void setInviteDays(int inviteDays) {
        this.inviteDays = inviteDays;
    }

    public String getNewLink() {
        return newLink;
    }
}
