package ru.ciss.lms.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Cohorts;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.CourseRuleException;
import ru.ciss.lms.course.boundary.Courses;
import ru.ciss.lms.course.boundary.ProgrammeSummary;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.platform.web.Texts;

/**
 * /course/cohorts.xhtml: every cohort but the archived ones (those at ?archived=true), and a form to start a new one.
 */
@Named
@ViewScoped
public class CohortList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cohorts cohorts;

    @Inject
    Courses courses;

    private List<CohortViews.CohortRow> rows;
    private List<ProgrammeSummary> programmes;
    private Long programmeId;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private CohortStatus status = CohortStatus.PLANNED;

    private boolean archived;

    @PostConstruct
    void init() {
        archived = "true".equals(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("archived"));
        rows = cohorts.list(archived);
        programmes = courses.programmes();
    }

    public void create() {
        try {
            cohorts.create(programmeId, name, startsOn, endsOn, status);
        } catch (CourseRuleException e) {
            Texts.error("cohort:endsOn", e.messageKey());
            return;
        } catch (CourseNotFoundException e) {
            Texts.error("cohort:programme", "course.cohort.noProgramme");
            return;
        }
        Texts.info("course.cohort.created", name);
        rows = cohorts.list(archived);
        name = null;
        startsOn = null;
        endsOn = null;
    }

    public boolean isArchived() {
        return archived;
    }

    /** A new cohort is planned, running or (entered afterwards) finished; archiving comes later, on its page. */
    public CohortStatus[] getStatuses() {
        return new CohortStatus[] {CohortStatus.PLANNED, CohortStatus.ACTIVE, CohortStatus.FINISHED};
    }

    public List<CohortViews.CohortRow> getRows() {
        return rows;
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public void setStatus(CohortStatus status) {
        this.status = status;
    }
}
