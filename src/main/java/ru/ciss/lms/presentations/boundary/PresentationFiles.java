package ru.ciss.lms.presentations.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ciss.lms.attendance.control.CohortAccess;
import ru.ciss.lms.files.control.FileType;
import ru.ciss.lms.files.entity.StoredFile;
import ru.ciss.lms.people.entity.Role;
import ru.ciss.lms.presentations.entity.Presentation;

/** Who may download a presentation's slides: its trainee, its allocated mentors and administrators; nobody else. */
@Stateless
@RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME, Scoring.INVITED_MENTOR})
public class PresentationFiles {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    public record Slides(StoredFile stored, String name, FileType type) {
    }

    public Slides slides(long presentationId) {
        Presentation p = em.find(Presentation.class, presentationId);
        if (p == null || p.getSlidesFileId() == null || !mayRead(p)) {
            throw new PresentationNotFoundException();
        }
        return new Slides(em.find(StoredFile.class, p.getSlidesFileId()), p.getSlidesName(), p.getSlidesType());
    }

    @jakarta.inject.Inject
    ru.ciss.lms.presentations.control.InvitationScope scope;

    private boolean mayRead(Presentation p) {
        long me = CohortAccess.callerId(caller);
        if (p.getPersonId() == me) {
            return true;
        }
        // An invited session is scoring only, whatever else the person may be.
        if (caller.isCallerInRole(Role.ADMINISTRATOR_NAME) && !caller.isCallerInRole(Scoring.INVITED_MENTOR)) {
            return true;
        }
        if (!scope.reaches(caller.isCallerInRole(Scoring.INVITED_MENTOR), p.getCohortId())) {
            return false; // an invited session reaches its cohort only
        }
        return !em.createQuery("SELECT a.id FROM PresentationMentor a WHERE a.presentationId = :p AND a.mentorId = :me",
                Long.class).setParameter("p", p.getId()).setParameter("me", me).setMaxResults(1).getResultList().isEmpty();
    }
}
