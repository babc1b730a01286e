package ru.ciss.lms.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.Study;
import ru.ciss.lms.course.control.LessonMarkdown;
import ru.ciss.lms.people.boundary.ConsentRequiredException;
import ru.ciss.lms.platform.web.NotFound;

/** /study/module.xhtml?id=N: a module of the trainee's own cohort: its lessons with marks, the assignment brief. */
@Named
@RequestScoped
public class StudyModulePage {

    @Inject
    Study study;

    private String id;
    private Study.StudyModule page;

    public void load() throws IOException {
        try {
            page = study.module(Long.parseLong(id == null ? "" : id));
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

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
