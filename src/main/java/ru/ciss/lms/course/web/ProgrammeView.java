package ru.ciss.lms.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.Courses;
import ru.ciss.lms.course.LessonMarkdown;
import ru.ciss.lms.course.entity.CourseModule;
import ru.ciss.lms.course.entity.Lesson;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.platform.web.NotFound;

/** /course/programme.xhtml?id=N: a programme's modules and lessons, its certificate rules and final brief. */
@Named
@RequestScoped
public class ProgrammeView {

    @Inject
    Courses courses;

    private String id;
    private Programme programme;
    private List<CourseModule> modules = List.of();
    /** By module id: modules and lessons come from two queries, so their entity instances differ. */
    private final Map<Long, List<Lesson>> lessonsByModule = new LinkedHashMap<>();

    public void load() throws IOException {
        try {
            programme = courses.programme(Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException | CourseNotFoundException e) {
            NotFound.answer();
            return;
        }
        modules = courses.modules(programme);
        for (Lesson lesson : courses.lessons(programme)) {
            lessonsByModule.computeIfAbsent(lesson.getModule().getId(), m -> new java.util.ArrayList<>()).add(lesson);
        }
    }

    public List<CourseModule> getModules() {
        return modules;
    }

    public List<Lesson> lessonsOf(CourseModule module) {
        return lessonsByModule.getOrDefault(module.getId(), List.of());
    }

    public String getFinalBriefHtml() {
        return LessonMarkdown.toHtml(programme.getFinalBriefMarkdown());
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
