package ru.ciss.lms.course.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.ciss.lms.course.control.ImportReport;
import ru.ciss.lms.course.entity.CourseModule;
import ru.ciss.lms.course.entity.Lesson;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.course.entity.SelfCheckQuestion;
import ru.ciss.lms.platform.security.Role;

/**
 * The programmes as stored: the administrators' catalogue and preview, and the import button. (Trainees will
 * reach lessons through their cohort, with its own checks, in the next step of issue #3.)
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class Courses {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentImports imports;

    public ImportReport importContent() {
        return imports.importFrom(imports.contentRoot());
    }

    public List<ProgrammeSummary> programmes() {
        return em.createQuery("SELECT NEW ru.ciss.lms.course.boundary.ProgrammeSummary(p.id, p.title, p.titleEn, "
                        + "p.academicHours, p.importedAt, "
                        + "(SELECT COUNT(m) FROM CourseModule m WHERE m.programme = p AND m.archived = FALSE), "
                        + "(SELECT COUNT(l) FROM Lesson l WHERE l.programme = p AND l.archived = FALSE)) "
                        + "FROM Programme p ORDER BY p.title", ProgrammeSummary.class)
                .getResultList();
    }

    public Programme programme(long id) {
        Programme programme = em.find(Programme.class, id);
        if (programme == null) {
            throw new CourseNotFoundException();
        }
        return programme;
    }

    public List<CourseModule> modules(Programme programme) {
        return em.createNamedQuery(CourseModule.OF_PROGRAMME, CourseModule.class)
                .setParameter("programme", programme).getResultList();
    }

    /** The programme's current lessons in study order, all in one query (for the programme page). */
    public List<Lesson> lessons(Programme programme) {
        return em.createQuery("SELECT l FROM Lesson l JOIN FETCH l.module m WHERE l.programme = :programme "
                        + "AND l.archived = FALSE ORDER BY m.position, l.position", Lesson.class)
                .setParameter("programme", programme).getResultList();
    }

    public Lesson lesson(long id) {
        Lesson lesson = em.find(Lesson.class, id);
        if (lesson == null || lesson.isArchived()) {
            throw new CourseNotFoundException();
        }
        return lesson;
    }

    public List<SelfCheckQuestion> questions(Lesson lesson) {
        return em.createNamedQuery(SelfCheckQuestion.OF_LESSON, SelfCheckQuestion.class)
                .setParameter("lesson", lesson).getResultList();
    }
}
