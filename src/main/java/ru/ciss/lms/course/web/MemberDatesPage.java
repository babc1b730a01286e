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
 * saving, the cohort's member list opens again (post → redirect → get) with the message.
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
    }

    public String save() {
        try {
            cohorts.changeDates(dates.memberId(), dates.version(), enrolledOn, leftOn);
        } catch (CourseRuleException e) {
            Texts.error(e.messageKey().equals("course.member.leftBeforeEnrolled") ? "dates:leftOn"
                    : e.messageKey().equals("course.member.changedMeanwhile") ? null : "dates:enrolledOn",
                    e.messageKey());
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
