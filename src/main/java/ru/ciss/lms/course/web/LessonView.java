package ru.ciss.lms.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.Courses;
import ru.ciss.lms.course.LessonMarkdown;
import ru.ciss.lms.course.entity.Lesson;
import ru.ciss.lms.course.entity.SelfCheckQuestion;
import ru.ciss.lms.platform.web.NotFound;

/** /course/lesson.xhtml?id=N: a lesson as trainees will read it, with its self-check questions (preview). */
@Named
@RequestScoped
public class LessonView {

    @Inject
    Courses courses;

    private String id;
    private Lesson lesson;
    private List<SelfCheckQuestion> questions;

    public void load() throws IOException {
        try {
            lesson = courses.lesson(Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException | CourseNotFoundException e) {
            NotFound.answer();
            return;
        }
        questions = courses.questions(lesson);
    }

    /** Safe to output unescaped: LessonMarkdown escapes any raw HTML of the content files. */
    public String getHtml() {
        return LessonMarkdown.toHtml(lesson.getMarkdown());
    }

    public Lesson getLesson() {
        return lesson;
    }

    public List<SelfCheckQuestion> getQuestions() {
        return questions;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
