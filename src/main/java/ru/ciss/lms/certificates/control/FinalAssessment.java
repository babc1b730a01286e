package ru.ciss.lms.certificates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The final assessment printed on a certificate. A certificate is issued only to whom the cohort's rules let through,
 * so the result is always a pass («зачтено»); the presentation's combined score is added when it has one, as a
 * reader of the certificate asks "how well?".
 */
@ApplicationScoped
public class FinalAssessment {

    @PersistenceContext
    EntityManager em;

    /** The printed result for this holder in this cohort. */
    public String of(long cohortId, long personId) {
        Number percent = (Number) em.createNativeQuery("SELECT final_percent FROM presentation "
                        + "WHERE cohort_id = ? AND person_id = ? AND final_percent IS NOT NULL")
                .setParameter(1, cohortId).setParameter(2, personId).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
        return passed(percent == null ? null : percent.doubleValue());
    }

    /** «зачтено», with the presentation's score when there is one: «зачтено (итоговая презентация — 84 %)». */
    public static String passed(Double presentationPercent) {
        if (presentationPercent == null || presentationPercent.isNaN()) {
            return "зачтено";
        }
        return "зачтено (итоговая презентация — " + Math.round(presentationPercent) + " %)";
    }
}
