package ru.ciss.lms.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.format.DateTimeFormatter;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.MailText;
import ru.ciss.lms.mail.boundary.Notices;
import ru.ciss.lms.people.entity.ActivationLink;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;
import ru.ciss.lms.platform.security.SecretTokens;

/**
 * Makes and finds activation links inside the caller's transaction. A person has at most one open link: a new one
 * closes the older, so a link copied into a lost e-mail stops working once the administrator makes another.
 */
@ApplicationScoped
public class ActivationLinks {

    @PersistenceContext
    EntityManager em;

    /** The page a link opens; the secret follows. */
    public static final String ACTIVATION_PAGE = "/activate.xhtml?token=";

    @Inject
    Notices notices;

    @Inject
    PublicAddress address;

    @Inject
    @ConfigProperty(name = "lms.activation.valid-days", defaultValue = "14")
    int validDays;

    /** New links for these people; the answer maps each person's id to the secret that goes into their link. */
    public Map<Long, String> issue(List<Long> personIds) {
        Instant expires = Instant.now(SchoolClock.current()).plus(validity());
        for (int from = 0; from < personIds.size(); from += 1000) { // IN lists stay a sensible size
            em.createNamedQuery(ActivationLink.OPEN_OF_PEOPLE, ActivationLink.class)
                    .setParameter("people", personIds.subList(from, Math.min(personIds.size(), from + 1000)))
                    .getResultList().forEach(ActivationLink::markReplaced);
        }
        Map<Long, String> secrets = new LinkedHashMap<>();
        String validUntil = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(SchoolClock.ZONE).format(expires);
        for (Long personId : personIds) {
            SecretTokens.Issued issued = SecretTokens.issue(32);
            em.persist(new ActivationLink(personId, issued, expires));
            String secret = issued.secret();
            secrets.put(personId, secret);
            // The e-mail leaves only if this transaction commits, so nobody receives a link that does not exist.
            notices.send(MailKind.ACTIVATION_LINK, personId, Map.of(
                    "link", address.of(ACTIVATION_PAGE + secret), "validUntil", validUntil,
                    MailText.PROGRAMME, Objects.requireNonNullElse(notices.programmeOfPerson(personId), "")));
        }
        return secrets;
    }

    /**
     * Withdraws the sign-up of these people where nothing else holds it: those with no password yet and no
     * membership left get their open link closed and its waiting e-mail taken back (an import undone must not
     * invite the people it listed by mistake). Answers how many were withdrawn.
     */
    public int withdrawUnused(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return 0;
        }
        var query = em.createNativeQuery("SELECT p.id FROM person p WHERE p.password_hash IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM cohort_member m WHERE m.person_id = p.id) AND p.id IN ("
                + ru.ciss.lms.platform.database.NativeRows.placeholders(personIds) + ")");
        ru.ciss.lms.platform.database.NativeRows.bind(query, 1, personIds);
        List<Long> unused = query.getResultList().stream().map(ru.ciss.lms.platform.database.NativeRows::asLong)
                .toList();
        if (unused.isEmpty()) {
            return 0;
        }
        em.createNamedQuery(ActivationLink.OPEN_OF_PEOPLE, ActivationLink.class).setParameter("people", unused)
                .getResultList().forEach(ActivationLink::markReplaced);
        notices.withdrawWaiting(MailKind.ACTIVATION_LINK, unused);
        return unused.size();
    }

    public String issue(long personId) {
        return issue(new ArrayList<>(List.of(personId))).get(personId);
    }

    /** The link with this secret, locked until the transaction ends so that it is used once only; or null. */
    public ActivationLink lockedBySecret(String secret) {
        return SecretTokens.find(em, ActivationLink.class, secret, LockModeType.PESSIMISTIC_WRITE).orElse(null);
    }

    public Duration validity() {
        return Duration.ofDays(Math.max(1, validDays));
    }
}
