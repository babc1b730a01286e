package ru.ciss.lms.course.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Optional;
import ru.ciss.lms.course.entity.Programme;

/**
 * What a programme says about itself in public: its name, description, hours and certificate rules, as a
 * certificate's Open Badges achievement shows them to anyone who checks it. Nothing here is personal.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@PermitAll
public class ProgrammeCards {

    @PersistenceContext
    EntityManager em;

    public record Card(long id, String code, String title, String description, int academicHours,
                       int minAttendancePercent, boolean allAssignmentsRequired, int minScorePercent)
            implements Serializable {
    }

    public Optional<Card> card(long id) {
        return Optional.ofNullable(em.find(Programme.class, id)).map(ProgrammeCards::card);
    }

    public Optional<Card> card(String code) {
        return em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", code)
                .getResultStream().findFirst().map(ProgrammeCards::card);
    }

    private static Card card(Programme p) {
        return new Card(p.getId(), p.getCode(), p.getTitle(), p.getDescription(), p.getAcademicHours(),
                p.getMinAttendancePercent(), p.isAllAssignmentsRequired(), p.getMinScorePercent());
    }
}
