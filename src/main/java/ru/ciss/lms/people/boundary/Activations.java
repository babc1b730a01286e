package ru.ciss.lms.people.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import ru.ciss.lms.people.entity.ActivationLink;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.security.PasswordHasher;
import ru.ciss.lms.people.ConsentKind;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Activation: a person opens the link an administrator gave them, sets a password and gives the consents. Whoever
 * holds the link may do this without signing in, so every refusal says only "this link does not work" and why in
 * words that reveal nothing about other accounts.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
public class Activations {

    /** What the activation page shows before the person commits to anything. */
    public record Invitation(String fullName, String email) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivationLinks links;

    @Inject
    ConsentRecords consents;

    private final PasswordHasher hasher = new PasswordHasher();

    @PermitAll
    public Invitation open(String secret) {
        Person person = usable(secret).person;
        return new Invitation(person.getFullName(), person.getEmail());
    }

    /** Sets the password and records the consents; the link is spent. Returns the e-mail to sign in with. */
    @PermitAll
    public String activate(String secret, String password, boolean personalData, boolean publishName) {
        Usable usable = usable(secret);
        if (!personalData) {
            throw new PeopleRuleException("activation.consentRequired");
        }
        String problem = PasswordPolicy.problem(password, usable.person.getEmail(), usable.person.getSurname(),
                usable.person.getGivenName(), usable.person.getPatronymic());
        if (problem != null) {
            throw new PeopleRuleException(problem);
        }
        usable.person.setPasswordHash(hasher.hash(password));
        consents.give(usable.person.getId(), ConsentKind.PERSONAL_DATA);
        if (publishName) {
            consents.give(usable.person.getId(), ConsentKind.PUBLISH_NAME);
        }
        usable.link.markUsed();
        return usable.person.getEmail();
    }

    /** A new link for the person (any older one stops working); the secret is shown to the administrator once. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public String newLink(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new PeopleRuleException("people.notFound");
        }
        if (!person.isActive()) {
            throw new PeopleRuleException("activation.inactive");
        }
        return links.issue(personId);
    }

    public long validDays() {
        return links.validity().toDays();
    }

    private record Usable(ActivationLink link, Person person) {
    }

    private Usable usable(String secret) {
        ActivationLink link = links.lockedBySecret(secret);
        if (link == null) {
            throw new PeopleRuleException("activation.unknown");
        }
        if (link.isUsed()) {
            throw new PeopleRuleException("activation.used");
        }
        if (link.isReplaced()) {
            throw new PeopleRuleException("activation.replaced");
        }
        if (!link.isUsable(Instant.now(SchoolClock.current()))) {
            throw new PeopleRuleException("activation.expired");
        }
        Person person = em.find(Person.class, link.getPersonId());
        if (person == null || !person.isActive()) {
            throw new PeopleRuleException("activation.unknown");
        }
        return new Usable(link, person);
    }
}
