package ru.ciss.lms.assignments.boundary;

/**
 * A feature that builds on accepted answers (the certificates, through {@link AcceptedWork}) says when an acceptance
 * must stand: a reviewer taking it back would pull the ground from under what was built on it. Implemented by those
 * features, so that the assignments feature asks without depending on them.
 */
public interface AcceptanceUse {

    /** A message key saying why the acceptances of this trainee's answers in this cohort must stand, or null. */
    String whyAcceptanceStands(long cohortId, long personId);
}
