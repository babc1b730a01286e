package ru.ciss.lms.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.Study;
import ru.ciss.lms.course.LessonMarkdown;
import ru.ciss.lms.people.boundary.ConsentRequiredException;
import ru.ciss.lms.platform.web.NotFound;

/**
 * /study/module.xhtml?id=N&cohort=C: a module of one of the trainee's cohorts: its lessons with marks, the assignment
 * brief and the way to that cohort's answer. Lessons and marks are the same in every cohort of the programme; the
 * cohort is named and carried on to the lessons and the assignment (see {@link CohortAddress}).
 */
@Named
@RequestScoped
public class StudyModulePage {

    @Inject
    Study study;

    private String id;
    private String cohort;
    private Study.StudyModule page;
    private CohortViews.CohortChoice current;
    private List<CohortAddress.Link> choice;

    public void load() throws IOException {
        try {
            long moduleId = Long.parseLong(id == null ? "" : id);
            Study.StudyModule module = study.module(moduleId);
            List<CohortViews.CohortChoice> mine = module.cohorts();
            CohortAddress.Resolved resolved = CohortAddress.resolve(cohort, mine, "/study/module.xhtml?id=" + moduleId,
                    false);
            choice = resolved.choice();
            if (resolved.cohortId() == null) {
                return;
            }
            current = mine.stream().filter(c -> c.cohortId() == resolved.cohortId()).findFirst().orElseThrow();
            page = module;
        } catch (NumberFormatException | CourseNotFoundException e) {
            NotFound.answer();
        } catch (ConsentRequiredException e) {
            ConsentGate.redirect();
        }
    }

    /** Safe to output unescaped: LessonMarkdown escapes any raw HTML of the content files. */
    public String getAssignmentHtml() {
        return LessonMarkdown.toHtml(page.module().getAssignmentMarkdown());
    }

    public Study.StudyModule getPage() {
        return page;
    }

    /** The cohort the page is about; null while the trainee chooses. */
    public CohortViews.CohortChoice getCurrent() {
        return current;
    }

    public List<CohortAddress.Link> getChoice() {
        return choice;
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
}
