package ru.ciss.lms.presentations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ru.ciss.lms.people.FullName;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.CohortAccess;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;
import ru.ciss.lms.presentations.entity.MentorInvitation;

/**
 * Personal invitation links for a cohort's mentors: each opens only that mentor's scoring queue, expires, and can be
 * revoked. The link is shown once, when made; only its hash is stored, so a copy of the database opens nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class MentorInvitations {

    public static final String INVITATION_PATH = "/invite.xhtml?t=";
    static final int MAX_DAYS = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PublicAddress address;

    @Inject
    CohortAccess access;

    /** A row of the cohort's invitation list (Serializable: a view-scoped page keeps it in the replicated session). */
    public record InvitationRow(long id, long mentorId, String mentorName, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant usedAt, boolean usable) implements Serializable {
    }

    /** Makes a new link for the mentor; answers the full link, which is never shown again. */
    public String invite(long cohortId, long mentorId, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new PresentationRefusedException("invitation.refused.days", MAX_DAYS);
        }
        if (!access.isMember(mentorId, cohortId, Role.MENTOR)) {
            throw new PresentationRefusedException("allocation.refused.notMentor");
        }
        SecretTokens.Issued secret = SecretTokens.issue(32);
        em.persist(new MentorInvitation(mentorId, cohortId, secret, caller.id(),
                Instant.now(SchoolClock.current()).plus(Duration.ofDays(days))));
        return address.of(INVITATION_PATH + secret.secret());
    }

    public void revoke(long invitationId) {
        MentorInvitation invitation = em.find(MentorInvitation.class, invitationId);
        if (invitation == null) {
            throw new PresentationNotFoundException();
        }
        invitation.revoke(Instant.now(SchoolClock.current()));
    }

    public List<InvitationRow> list(long cohortId) {
        Instant now = Instant.now(SchoolClock.current());
        return em.createQuery("SELECT i, m.surname, m.givenName, m.patronymic FROM MentorInvitation i JOIN Person m "
                        + "ON m.id = i.mentorId WHERE i.cohortId = :c ORDER BY i.createdAt DESC", Object[].class)
                .setParameter("c", cohortId).setMaxResults(200).getResultStream().map(r -> {
                    MentorInvitation i = (MentorInvitation) r[0];
                    return new InvitationRow(i.getId(), i.getMentorId(), FullName.of((String) r[1],
                            (String) r[2], (String) r[3]), i.getCreatedAt(), i.getExpiresAt(), i.getRevokedAt(),
                            i.getUsedAt(), i.isUsable(now));
                }).toList();
    }
}
