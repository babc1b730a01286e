package ru.ciss.lms.presentations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.files.StoredRef;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.presentations.entity.Presentation;

/** Who may download a presentation's slides: its trainee, its allocated mentors and administrators; nobody else. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME, Role.INVITED_MENTOR_NAME})
public class PresentationFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FileStore store;

    @Inject
    CourseFacts course;

    /**
     * The stored slides and the name to give them. {@code blind}: the caller is a mentor and scoring is blind, so the
     * name is the presentation's code («П-017.pdf») and the servlet strips a PDF's author fields.
     */
    public record Slides(StoredRef stored, String name, FileType type, boolean blind) {
    }

    public Slides slides(long presentationId) {
        Presentation p = em.find(Presentation.class, presentationId);
        if (p == null || p.getSlidesFileId() == null || !mayRead(p)) {
            throw new PresentationNotFoundException();
        }
        StoredRef stored = store.stored(p.getSlidesFileId()).orElseThrow(PresentationNotFoundException::new);
        boolean blind = !ownOrAdministrator(p)
                && !course.programmeOfCohort(p.getCohortId()).orElseThrow().scoringOpen();
        if (!blind) {
            return new Slides(stored, p.getSlidesName(), p.getSlidesType(), false);
        }
        Integer code = p.getBlindCode() != null ? p.getBlindCode() : rules.giveCodes(p.getCohortId()).get(p.getId());
        return new Slides(stored, ru.ciss.lms.presentations.control.BlindCode.label(code) + "."
                + p.getSlidesType().extensions().getFirst(), p.getSlidesType(), true);
    }

    @jakarta.inject.Inject
    PresentationRules rules;

    @jakarta.inject.Inject
    ru.ciss.lms.presentations.control.InvitationScope scope;

    /** The trainee's own slides, or an administrator's view of them: the file as uploaded. */
    private boolean ownOrAdministrator(Presentation p) {
        if (p.getPersonId() == caller.id()) {
            return true;
        }
        // An invited session is scoring only, whatever else the person may be.
        return caller.hasRole(Role.ADMINISTRATOR) && !caller.hasRoleNamed(Role.INVITED_MENTOR_NAME);
    }

    private boolean mayRead(Presentation p) {
        long me = caller.id();
        if (ownOrAdministrator(p)) {
            return true;
        }
        if (!scope.reaches(caller.hasRoleNamed(Role.INVITED_MENTOR_NAME), p.getCohortId())) {
            return false; // an invited session reaches its cohort only
        }
        return !em.createQuery("SELECT a.id FROM PresentationMentor a WHERE a.presentationId = :p AND a.mentorId = :me",
                Long.class).setParameter("p", p.getId()).setParameter("me", me).setMaxResults(1).getResultList().isEmpty();
    }
}
