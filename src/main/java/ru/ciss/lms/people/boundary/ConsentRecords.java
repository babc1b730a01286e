package ru.ciss.lms.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.ciss.lms.people.entity.Consent;
import ru.ciss.lms.people.ConsentKind;

/** Reads and writes consents inside the caller's transaction; a person has at most one consent in force per kind. */
@ApplicationScoped
public class ConsentRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsentAnswers answered;

    public boolean inForce(long personId, ConsentKind kind) {
        Boolean known = answered.known(personId, kind);
        if (known != null) {
            return known;
        }
        boolean inForce = read(personId, kind);
        answered.remember(personId, kind, inForce);
        return inForce;
    }

    /** Native SQL: a column query is prepared anew by EclipseLink at every execution, and this one runs on most pages. */
    private boolean read(long personId, ConsentKind kind) {
        return !em.createNativeQuery("SELECT 1 FROM consent WHERE person_id = ? AND kind = ? AND withdrawn_at IS NULL "
                        + "LIMIT 1").setParameter(1, personId).setParameter(2, kind.name())
                .getResultList().isEmpty();
    }

    public void give(long personId, ConsentKind kind) {
        answered.forget();
        if (!read(personId, kind)) {
            em.persist(new Consent(personId, kind));
        }
    }

    public void withdraw(long personId, ConsentKind kind) {
        answered.forget();
        history(personId).stream().filter(c -> c.getKind() == kind).forEach(Consent::withdraw);
    }

    public Set<Long> inForceAmong(Collection<Long> personIds, ConsentKind kind) {
        Set<Long> result = new HashSet<>();
        List<Long> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            result.addAll(em.createQuery("SELECT c.personId FROM Consent c WHERE c.personId IN :people "
                            + "AND c.kind = :kind AND c.withdrawnAt IS NULL", Long.class)
                    .setParameter("people", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .setParameter("kind", kind).getResultList());
        }
        return result;
    }

    /** Every consent the person ever gave, newest first. */
    public List<Consent> history(long personId) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.personId = :person ORDER BY c.givenAt DESC, c.id DESC",
                Consent.class).setParameter("person", personId).getResultList();
    }
}
