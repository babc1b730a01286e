package ru.ciss.lms.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import ru.ciss.lms.platform.web.ClientAddress;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.security.PasswordHasher;
import ru.ciss.lms.platform.security.SignInThrottle;

/**
 * Checks an e-mail and password against the people table. The caller's name is the person's id (e-mails may
 * change), and the groups are the person's roles.
 *
 * <p>The throttle is checked here, not only on the sign-in page, so no other way in can skip it.
 */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInThrottle throttle;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    private final PasswordHasher hasher = new PasswordHasher();

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = Person.normaliseEmail(credential.getCaller());
        String password = credential.getPasswordAsString();
        String address = clientAddress.of(request);
        // One attempt taken under the account's and address's lock, counted before the password is looked at:
        // fifty parallel guesses check at most the limit of passwords (SignInThrottle.claimAttempt).
        throttle.openGates(email, address);
        if (!throttle.claimAttempt(email, address)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Person person = em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
        if (person == null || !person.isActive()) {
            hasher.spendEquivalentTime(password);
            return CredentialValidationResult.INVALID_RESULT; // the attempt taken above stays as the failure
        }
        if (!hasher.verify(password, person.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.recordSuccess(email);
        Set<String> groups = person.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(String.valueOf(person.getId()), groups);
    }
}
