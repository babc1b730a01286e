package ru.ciss.lms.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.certificates.CertificateStatus;
import ru.ciss.lms.people.FullName;

/** A graduate is someone who holds a valid certificate of a cohort; their outcomes belong to that cohort. */
@ApplicationScoped
public class Graduates {

    @PersistenceContext
    EntityManager em;

    public record Graduation(long cohortId, String cohortName, LocalDate cohortStartsOn, LocalDate cohortEndsOn)
            implements Serializable {
    }

    /** A graduate in the administrator's list: one line per person, with how many outcomes they have. */
    public record Graduate(long personId, String name, String cohorts, long outcomes) implements Serializable {
    }

    private static final String HOLDERS = "FROM person p WHERE p.id IN (SELECT c.person_id FROM certificate c "
            + "WHERE c.status = 'VALID') AND (? IS NULL OR p.surname LIKE ?) ";

    /** One page of graduates by surname; a single query whatever the page's length (cohorts and counts grouped in). */
    public List<Graduate> page(String surname, int first, int max) {
        String prefix = prefix(surname);
        List<?> rows = em.createNativeQuery("SELECT p.id, p.surname, p.given_name, p.patronymic, "
                        + "(SELECT GROUP_CONCAT(DISTINCT h.name ORDER BY h.starts_on SEPARATOR ', ') FROM certificate c "
                        + "JOIN cohort h ON h.id = c.cohort_id WHERE c.person_id = p.id AND c.status = 'VALID'), "
                        + "(SELECT COUNT(*) FROM outcome o WHERE o.person_id = p.id) " + HOLDERS
                        + "ORDER BY p.surname, p.given_name, p.id LIMIT ? OFFSET ?")
                .setParameter(1, prefix).setParameter(2, prefix).setParameter(3, max).setParameter(4, first)
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Graduate(((Number) r[0]).longValue(),
                    FullName.of((String) r[1], (String) r[2], (String) r[3]),
                    r[4] == null ? "" : r[4].toString(), ((Number) r[5]).longValue());
        }).toList();
    }

    public long count(String surname) {
        String prefix = prefix(surname);
        return ((Number) em.createNativeQuery("SELECT COUNT(*) " + HOLDERS).setParameter(1, prefix)
                .setParameter(2, prefix).getSingleResult()).longValue();
    }

    /** A LIKE prefix with the user's % and _ taken literally; null for no filter. */
    private static String prefix(String surname) {
        if (surname == null || surname.isBlank()) {
            return null;
        }
        return surname.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public List<Graduation> of(long personId) {
        return em.createQuery("SELECT h.id, h.name, h.startsOn, h.endsOn FROM Certificate c, Cohort h "
                        + "WHERE h.id = c.cohortId AND c.personId = :p AND c.status = :valid ORDER BY h.startsOn DESC",
                        Object[].class).setParameter("p", personId).setParameter("valid", CertificateStatus.VALID)
                .getResultList().stream().map(r -> new Graduation((Long) r[0], (String) r[1], (LocalDate) r[2],
                        (LocalDate) r[3])).toList();
    }

    public java.util.Optional<Graduation> of(long personId, long cohortId) {
        return of(personId).stream().filter(g -> g.cohortId() == cohortId).findFirst();
    }
}
