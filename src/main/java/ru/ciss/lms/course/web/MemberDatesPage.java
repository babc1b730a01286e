package ru.ciss.lms.course.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Cohorts;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.CourseRuleException;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Texts;

/**
 * /course/member.xhtml?member=N: a curator sets the date a member was enrolled from and the day they left. The form
 * keeps the version it was opened with, so a second curator's older form is refused instead of overwriting; after
 * saving, the cohort's member list opens again (post → redirect → get) with the message. A trainee still in the
 * cohort can also be taken out of it («выбыл(а)» from today, records kept) or moved to another open cohort.
 */
@Named
@ViewScoped
public class MemberDatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cohorts cohorts;

    private String member;
    private CohortViews.MemberDates dates;
    private LocalDate enrolledOn;
    private LocalDate leftOn;
    private Long targetCohortId;
    private java.util.List<CohortViews.CohortChoice> targets = java.util.List.of();

    public void load() throws IOException {
        if (dates != null) {
            return;
        }
        try {
            dates = cohorts.memberDates(Long.parseLong(member == null ? "" : member));
        } catch (NumberFormatException | CourseNotFoundException e) {
            NotFound.answer();
            return;
        }
        enrolledOn = dates.enrolledOn();
        leftOn = dates.leftOn();
        targets = cohorts.moveTargets(dates.cohortId());
    }

    /** Ends the membership today; the page asked first. */
    public String remove() {
        try {
            String name = cohorts.removeMember(dates.memberId(), dates.version());
            return backToCohort(gendered("course.member.removed"), name);
        } catch (CourseRuleException e) {
            Texts.error(null, e.messageKey(), e.arguments());
            return null;
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            Texts.error(null, "course.member.changedMeanwhile");
            return null;
        }
    }

    /** Ends the membership today and enrols in the chosen cohort from today, in one transaction. */
    public String move() {
        try {
            String name = cohorts.moveMember(dates.memberId(), dates.version(), targetCohortId);
            String target = targets.stream().filter(t -> targetCohortId != null && t.cohortId() == targetCohortId).map(CohortViews.CohortChoice::name)
                    .findFirst().orElse("");
            return backToCohort(gendered("course.member.moved"), name, target);
        } catch (CourseRuleException e) {
            Texts.error(e.messageKey().equals("course.member.moveTarget") ? "move:target" : null, e.messageKey(),
                    e.arguments());
            return null;
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            Texts.error(null, "course.member.changedMeanwhile");
            return null;
        }
    }

    /** The key of the words that agree with the member («выбыла», «он выбудет»), or the neutral ones. */
    public String gendered(String key) {
        return ru.ciss.lms.people.GenderedWords.key(key, dates == null ? null : dates.gender());
    }

    private String backToCohort(String key, Object... args) {
        Texts.info(key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/course/cohort.xhtml?faces-redirect=true&id=" + dates.cohortId();
    }

    /** Only a trainee still in the cohort can be taken out of it or moved. */
    public boolean isLeavable() {
        return dates.role() == ru.ciss.lms.platform.security.Role.TRAINEE && dates.leftOn() == null;
    }

    public java.util.List<CohortViews.CohortChoice> getTargets() {
        return targets;
    }

    public Long getTargetCohortId() {
        return targetCohortId;
    }

    public void setTargetCohortId(Long targetCohortId) {
        this.targetCohortId = targetCohortId;
    }

    public String save() {
        try {
            cohorts.changeDates(dates.memberId(), dates.version(), enrolledOn, leftOn);
        } catch (CourseRuleException e) {
            Texts.error(e.messageKey().equals("course.member.leftBeforeEnrolled") ? "dates:leftOn"
                    : e.messageKey().equals("course.member.changedMeanwhile") ? null : "dates:enrolledOn",
                    e.messageKey(), e.arguments());
            return null;
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            // The database's version check: someone saved this membership a moment ago.
            Texts.error(null, "course.member.changedMeanwhile");
            return null;
        }
        Texts.info("course.member.saved", dates.fullName());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/course/cohort.xhtml?faces-redirect=true&id=" + dates.cohortId();
    }

    public CohortViews.MemberDates getDates() {
        return dates;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }
}
