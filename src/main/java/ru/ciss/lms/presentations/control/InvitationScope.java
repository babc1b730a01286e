package ru.ciss.lms.presentations.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import ru.ciss.lms.people.web.SessionValidityFilter;

/**
 * A session opened by an invitation link reaches the invited cohort only (issue #21): the mentor's allocations in
 * other cohorts stay behind their password. The invitation is the one whose hash the session keeps.
 */
@Dependent
public class InvitationScope {

    /** No cohort at all: an invited session whose invitation cannot be found sees nothing. */
    public static final long NOTHING = -1;

    @Inject
    HttpServletRequest request;

    @PersistenceContext
    EntityManager em;

    /**
     * The cohort an invited session is limited to; null for a session opened with a password. The caller's role
     * comes from the calling EJB's own context: the request's view of roles is not the EJB caller's in Payara.
     */
    public Long cohort(boolean invited) {
        if (!invited) {
            return null;
        }
        HttpSession session = request.getSession(false);
        Object hash = session == null ? null : session.getAttribute(SessionValidityFilter.INVITATION);
        if (hash == null) {
            return NOTHING;
        }
        return em.createQuery("SELECT i.cohortId FROM MentorInvitation i WHERE i.tokenHash = :h", Long.class)
                .setParameter("h", hash).getResultStream().findFirst().orElse(NOTHING);
    }

    /** Whether a presentation of this cohort is within the session's reach. */
    public boolean reaches(boolean invited, long cohortId) {
        Long scope = cohort(invited);
        return scope == null || scope == cohortId;
    }
}
