package ru.ciss.lms.course.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.course.boundary.Courses;
import ru.ciss.lms.course.boundary.ProgrammeSummary;
import ru.ciss.lms.course.control.ContentProblem;
import ru.ciss.lms.course.control.ImportReport;
import ru.ciss.lms.platform.web.Texts;

/** /course/programmes.xhtml: the programmes as imported, and the button that imports content/ again. */
@Named
@ViewScoped
public class ProgrammeList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Courses courses;

    private List<ProgrammeSummary> programmes;
    private ImportReport report;

    @PostConstruct
    void init() {
        programmes = courses.programmes();
    }

    public void importContent() {
        report = courses.importContent();
        if (report.ok()) {
            programmes = courses.programmes();
            if (report.changedNothing()) {
                Texts.info("course.import.unchanged");
            } else {
                Texts.info("course.import.done", report.programmesCreated(), report.programmesUpdated(),
                        report.lessonsCreated(), report.lessonsUpdated(), report.lessonsArchived());
            }
        } else {
            Texts.error(null, "course.import.refused", report.problems().size());
        }
    }

    /** A problem in the user's language. */
    public String describe(ContentProblem problem) {
        return Texts.get(problem.textKey(), problem.args());
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes;
    }

    public ImportReport getReport() {
        return report;
    }
}
