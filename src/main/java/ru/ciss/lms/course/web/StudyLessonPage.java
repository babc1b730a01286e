package ru.ciss.lms.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.Study;
import ru.ciss.lms.course.LessonMarkdown;
import ru.ciss.lms.people.boundary.ConsentRequiredException;
import ru.ciss.lms.platform.web.NotFound;

/**
 * /study/lesson.xhtml?id=N&cohort=C: a lesson of one of the trainee's cohorts, with its self-check, "studied" and the
 * way on; the cohort is named and carried on to the next lesson and the module (see {@link CohortAddress}).
 * View-scoped: an answer posts back from inside the list of questions, which must still be there to receive it.
 */
@Named
@ViewScoped
public class StudyLessonPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Study study;

    private String id;
    private String cohort;
    private CohortViews.CohortChoice current;
    private java.util.List<CohortAddress.Link> cohortChoice;
    private String choice;
    /**
     * Not kept in the replicated session: the lesson's text and questions would be serialized after every request.
     * Another server that takes the session over loads it again from the id.
     */
    private transient Study.StudyLesson page;

    public void load() throws IOException {
        try {
            long lessonId = Long.parseLong(id == null ? "" : id);
            Study.StudyLesson lesson = study.lesson(lessonId);
            java.util.List<CohortViews.CohortChoice> mine = lesson.cohorts();
            CohortAddress.Resolved resolved = CohortAddress.resolve(cohort, mine, "/study/lesson.xhtml?id=" + lessonId,
                    false);
            cohortChoice = resolved.choice();
            if (resolved.cohortId() == null) {
                return;
            }
            current = mine.stream().filter(c -> c.cohortId() == resolved.cohortId()).findFirst().orElseThrow();
            page = lesson;
        } catch (NumberFormatException | CourseNotFoundException e) {
            NotFound.answer();
        } catch (ConsentRequiredException e) {
            ConsentGate.redirect();
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
        } catch (ru.ciss.lms.course.boundary.CourseRuleException e) {
            // A page opened before the cohort finished: shown again as it is now, where the button was it says why.
            page = study.lesson(Long.parseLong(id));
            if (current != null) {
                long shown = current.cohortId();
                current = page.cohorts().stream().filter(c -> c.cohortId() == shown).findFirst().orElse(current);
            }
            return;
        } catch (ConsentRequiredException e) {
            ConsentGate.redirect();
            return;
        }
        page = study.lesson(lessonId);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath()
                + (page.nextId() == null ? "/home/trainee.xhtml"
                : "/study/lesson.xhtml?id=" + page.nextId() + cohortParameter()));
    }

    /** Checks an answer; the page shows the result with the explanation, and the answer is kept. */
    public void answer(long questionId) throws IOException {
        try {
            study.answer(questionId, choice);
        } catch (ru.ciss.lms.course.boundary.CourseRuleException e) {
            ru.ciss.lms.platform.web.Texts.error(null, e.messageKey());
        } catch (CourseNotFoundException e) {
            NotFound.answer();
            return;
        } catch (ConsentRequiredException e) {
            ConsentGate.redirect();
            return;
        }
        page = study.lesson(Long.parseLong(id));
        choice = null;
    }

    /** "&cohort=C" for the next address: the cohort this page is about (the next page checks it again). */
    private String cohortParameter() {
        if (current != null) {
            return "&cohort=" + current.cohortId();
        }
        return cohort != null && cohort.strip().matches("[0-9]{1,18}") ? "&cohort=" + cohort.strip() : "";
    }

    /** The cohort the page is about; null while the trainee chooses (or in a view rebuilt after it expired). */
    public CohortViews.CohortChoice getCurrent() {
        return current;
    }

    public java.util.List<CohortAddress.Link> getCohortChoice() {
        return cohortChoice;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public ru.ciss.lms.course.entity.SelfCheckAttempt lastAnswer(ru.ciss.lms.course.entity.SelfCheckQuestion question) {
        return getPage().lastAnswers().get(question.getId());
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    /** Safe to output unescaped: LessonMarkdown escapes any raw HTML of the content files. */
    public String getHtml() {
        return LessonMarkdown.toHtml(getPage().lesson().getMarkdown());
    }

    public Study.StudyLesson getPage() {
        if (page == null && id != null) {
            page = study.lesson(Long.parseLong(id)); // after a move to another server; load() checked the id
        }
        return page;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
