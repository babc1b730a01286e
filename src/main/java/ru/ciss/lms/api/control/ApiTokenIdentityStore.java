package ru.ciss.lms.api.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import ru.ciss.lms.api.entity.ApiToken;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Lets a request in by a personal API token. The token opens only what its owner could do as an administrator
 * today: a person who was switched off or is no longer an administrator is refused, whatever tokens they made. The
 * groups are ADMINISTRATOR and the token's scope (API_READ, or API_READ and API_WRITE), which the API's filter checks.
 */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    public static final String READ = "API_READ";
    public static final String WRITE = "API_WRITE";

    @PersistenceContext
    EntityManager em;

    @Transactional
    public CredentialValidationResult validate(ApiTokenCredential credential) {
        ApiToken token = SecretTokens.find(em, ApiToken.class, credential.secret()).orElse(null);
        Instant now = Instant.now(SchoolClock.current());
        if (token == null || !token.isUsable(now) || !isActiveAdministrator(token.getPersonId())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (token.lastUseIsOld(now)) {
            // Not through the entity: its version would change under an administrator who is revoking it.
            em.createNativeQuery("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                    .setParameter(1, now).setParameter(2, token.getId()).executeUpdate();
        }
        Set<String> groups = token.getScope() == ApiToken.Scope.WRITE ? Set.of(Role.ADMINISTRATOR_NAME, READ, WRITE)
                : Set.of(Role.ADMINISTRATOR_NAME, READ);
        return new CredentialValidationResult(String.valueOf(token.getPersonId()), groups);
    }

    /** Read by SQL: the person's entity belongs to the people feature. */
    private boolean isActiveAdministrator(long personId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM person p JOIN person_role r ON r.person_id = p.id "
                        + "WHERE p.id = ? AND p.active = TRUE AND r.role = ?")
                .setParameter(1, personId).setParameter(2, Role.ADMINISTRATOR_NAME).getSingleResult()).longValue() > 0;
    }
}
