package ru.ciss.lms.presentations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.presentations.entity.MentorInvitation;

/**
 * Signs a mentor in by an invitation link. The session gets one role, {@link Role#INVITED_MENTOR_NAME}, whatever roles
 * the person has: a link that leaks opens a scoring queue, not an administrator's account.
 */
@ApplicationScoped
public class InvitationIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    PersonNames people;

    @Transactional
    public CredentialValidationResult validate(InvitationCredential credential) {
        MentorInvitation invitation = SecretTokens.find(em, MentorInvitation.class, credential.secret())
                .orElse(null);
        Instant now = Instant.now(SchoolClock.current());
        if (invitation == null || !invitation.isUsable(now)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        // Only an active account may sign in through its invitation (an archived mentor's link stops working).
        if (people.active(List.of(invitation.getMentorId())).isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        invitation.used(now);
        return new CredentialValidationResult(String.valueOf(invitation.getMentorId()),
                Set.of(Role.INVITED_MENTOR_NAME));
    }
}
