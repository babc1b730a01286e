package ru.ciss.lms.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Cohorts;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.CourseRuleException;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.course.entity.CohortMember;
import ru.ciss.lms.people.boundary.Consents;
import ru.ciss.lms.people.entity.Role;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.Texts;

/**
 * /course/cohort.xhtml?id=N: a cohort's trainees and mentors with their enrolment dates, and enrolling more by
 * picking people. When some of the cohort's days are already past, enrolling trainees asks from when they are
 * expected (nothing chosen beforehand): from the start of the cohort, or from today.
 */
@Named
@ViewScoped
public class CohortView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Cohorts cohorts;

    @Inject
    Consents consents;

    private String id;
    private Cohort cohort;
    private List<CohortViews.MemberRow> members;
    private Set<Long> consented = Set.of();
    private List<CohortViews.Candidate> trainees;
    private List<CohortViews.Candidate> mentors;
    private List<Long> chosenTrainees = new ArrayList<>();
    private List<Long> chosenMentors = new ArrayList<>();
    private LocalDate firstPastDay;
    private String enrolFrom;

    public void load() throws IOException {
        if (cohort != null) {
            return;
        }
        try {
            cohort = cohorts.cohort(Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException | CourseNotFoundException e) {
            NotFound.answer();
            return;
        }
        refresh();
    }

    /** Success: post → redirect → get with ?id= (Redirects.samePage); refused: re-render with the choice kept. */
    public String enrolTrainees() {
        LocalDate from = null;
        if (firstPastDay != null) {
            if (!"START".equals(enrolFrom) && !"TODAY".equals(enrolFrom)) {
                Texts.error("enrol:enrolFrom", "course.cohort.enrolFrom.required");
                return null;
            }
            from = "START".equals(enrolFrom) ? cohort.getStartsOn() : LocalDate.now(CohortMember.ZONE);
        }
        return enrol(chosenTrainees, Role.TRAINEE, from);
    }

    public String enrolMentors() {
        return enrol(chosenMentors, Role.MENTOR, null);
    }

    private String enrol(List<Long> people, Role role, LocalDate from) {
        try {
            int count = cohorts.enrol(cohort.getId(), people, role, from);
            Texts.info("course.cohort.enrolled", count);
            return Redirects.samePage();
        } catch (CourseRuleException e) {
            Texts.error(null, e.messageKey());
            refresh();
            return null;
        }
    }

    private void refresh() {
        members = cohorts.members(cohort.getId());
        consented = new HashSet<>(consents.withPersonalDataConsent(members.stream().map(CohortViews.MemberRow::personId).toList()));
        trainees = cohorts.candidates(cohort.getId(), Role.TRAINEE);
        mentors = cohorts.candidates(cohort.getId(), Role.MENTOR);
        firstPastDay = cohorts.firstPastDay(cohort.getId());
    }

    /** The first of the cohort's days already past, or null when none is: then nobody is asked. */
    public LocalDate getFirstPastDay() {
        return firstPastDay;
    }

    /** «с начала потока (дни с 01.03.2019 будут ожидаться и войдут в посещаемость)»: the consequence, said. */
    public String getFromStartLabel() {
        return Texts.get("course.cohort.enrolFrom.START", DATE.format(cohort.getStartsOn()), DATE.format(firstPastDay));
    }

    public String getFromTodayLabel() {
        return Texts.get("course.cohort.enrolFrom.TODAY", DATE.format(LocalDate.now(CohortMember.ZONE)),
                DATE.format(firstPastDay));
    }

    public String getEnrolFrom() {
        return enrolFrom;
    }

    public void setEnrolFrom(String enrolFrom) {
        this.enrolFrom = enrolFrom;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public List<CohortViews.MemberRow> getMembers() {
        return members;
    }

    public boolean consented(CohortViews.MemberRow member) {
        return consented.contains(member.personId());
    }

    public long getTraineesWithoutConsent() {
        return members.stream().filter(m -> m.role() == Role.TRAINEE && !consented.contains(m.personId())).count();
    }

    public List<CohortViews.Candidate> getTrainees() {
        return trainees;
    }

    public List<CohortViews.Candidate> getMentors() {
        return mentors;
    }

    public List<Long> getChosenTrainees() {
        return chosenTrainees;
    }

    public void setChosenTrainees(List<Long> chosenTrainees) {
        this.chosenTrainees = chosenTrainees == null ? new ArrayList<>() : chosenTrainees;
    }

    public List<Long> getChosenMentors() {
        return chosenMentors;
    }

    public void setChosenMentors(List<Long> chosenMentors) {
        this.chosenMentors = chosenMentors == null ? new ArrayList<>() : chosenMentors;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
