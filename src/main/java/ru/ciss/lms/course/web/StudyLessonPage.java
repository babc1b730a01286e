package ru.ciss.lms.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.Study;
import ru.ciss.lms.course.control.LessonMarkdown;

/** /study/lesson.xhtml?id=N: a lesson of the trainee's own cohort, with "studied" and the way on. */
@Named
@RequestScoped
public class StudyLessonPage {

    @Inject
    Study study;

    private String id;
    private Study.StudyLesson page;

    public void load() throws IOException {
        try {
            page = study.lesson(Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException | CourseNotFoundException e) {
            NotFound.answer();
        }
    }

    /** Records the lesson as studied and goes on to the next one (or home after the last). */
    public void studied() throws IOException {
        long lessonId;
        try {
            lessonId = Long.parseLong(id);
            study.markStudied(lessonId);
        } catch (NumberFormatException | CourseNotFoundException e) {
            NotFound.answer();
            return;
        }
        page = study.lesson(lessonId);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath()
                + (page.nextId() == null ? "/home/trainee.xhtml" : "/study/lesson.xhtml?id=" + page.nextId()));
    }

    /** Safe to output unescaped: LessonMarkdown escapes any raw HTML of the content files. */
    public String getHtml() {
        return LessonMarkdown.toHtml(page.lesson().getMarkdown());
    }

    public Study.StudyLesson getPage() {
        return page;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
