package ru.ciss.lms.enrolment.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.people.boundary.ActivationLinks;
import ru.ciss.lms.platform.security.Role;

/**
 * One batch of fresh activation links (and their e-mails, through the outbox) for trainees of a cohort who have not
 * activated, in one transaction. Called by {@link LinkMailing} from a background thread, after the administrator's
 * request was authorised; the cohort and "not activated" are checked again here, at the moment of issuing.
 */
@Stateless
public class LinkReissue {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivationLinks links;

    /** The secrets of the new links by person; someone who activated in the meantime gets none. */
    public Map<Long, String> reissue(long cohortId, List<Long> personIds) {
        List<Long> still = em.createQuery("SELECT p.id FROM Person p WHERE p.id IN :ids AND p.passwordHash IS NULL "
                        + "AND p.id IN (SELECT m.personId FROM CohortMember m WHERE m.cohort.id = :cohort "
                        + "AND m.role = :role)", Long.class)
                .setParameter("ids", personIds).setParameter("cohort", cohortId).setParameter("role", Role.TRAINEE)
                .getResultList();
        return still.isEmpty() ? Map.of() : links.issue(new java.util.ArrayList<>(still));
    }
}
