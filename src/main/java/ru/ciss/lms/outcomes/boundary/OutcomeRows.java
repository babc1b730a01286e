package ru.ciss.lms.outcomes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.outcomes.entity.OutcomeState;
import ru.ciss.lms.people.FullName;

/** Outcomes as rows with the graduate's name, cohort and district: one query per page, whatever its length. */
@ApplicationScoped
public class OutcomeRows {

    private static final String SELECT = "SELECT o, p.surname, p.givenName, p.patronymic, h.name, d.nameRu "
            + "FROM Outcome o JOIN Person p ON p.id = o.personId JOIN Cohort h ON h.id = o.cohortId "
            + "LEFT JOIN District d ON d.id = o.districtId ";

    @PersistenceContext
    EntityManager em;

    public List<OutcomeViews.Row> ofPerson(long personId) {
        return rows(em.createQuery(SELECT + "WHERE o.personId = :p ORDER BY o.happenedOn DESC, o.id DESC",
                Object[].class).setParameter("p", personId));
    }

    /** Oldest reports first: the review queue is worked from the top. */
    public List<OutcomeViews.Row> page(OutcomeState state, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery(SELECT + (state == null ? "" : "WHERE o.state = :s ")
                + "ORDER BY o.reportedAt, o.id", Object[].class);
        if (state != null) {
            query.setParameter("s", state);
        }
        return rows(query.setFirstResult(first).setMaxResults(max));
    }

    public long count(OutcomeState state) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(o) FROM Outcome o"
                + (state == null ? "" : " WHERE o.state = :s"), Long.class);
        if (state != null) {
            query.setParameter("s", state);
        }
        return query.getSingleResult();
    }

    private static List<OutcomeViews.Row> rows(TypedQuery<Object[]> query) {
        return query.getResultList().stream().map(r -> {
            Outcome o = (Outcome) r[0];
            return new OutcomeViews.Row(o.getId(), o.getVersion(), o.getPersonId(),
                    FullName.of((String) r[1], (String) r[2], (String) r[3]), o.getCohortId(), (String) r[4], o.facts(),
                    (String) r[5], o.getState(), o.getReviewComment(), o.getEvidenceFileId() != null,
                    o.getEvidenceName(), o.getEvidenceUrl(), o.getReportedAt());
        }).toList();
    }
}
