package ru.ciss.lms.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Cohorts;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.CourseRuleException;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.people.boundary.Consents;
import ru.ciss.lms.people.entity.Role;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.Texts;

/** /course/cohort.xhtml?id=N: a cohort's trainees and mentors, and enrolling more by picking people. */
@Named
@ViewScoped
public class CohortView implements Serializable {

    private static final long serialVersionUID = 1L;

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
        return enrol(chosenTrainees, Role.TRAINEE);
    }

    public String enrolMentors() {
        return enrol(chosenMentors, Role.MENTOR);
    }

    private String enrol(List<Long> people, Role role) {
        try {
            int count = cohorts.enrol(cohort.getId(), people, role);
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
