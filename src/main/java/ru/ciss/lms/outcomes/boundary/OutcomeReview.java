package ru.ciss.lms.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.outcomes.OutcomeRefusedException;
import ru.ciss.lms.outcomes.control.Graduates;
import ru.ciss.lms.outcomes.control.OutcomeRecorder;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.outcomes.entity.OutcomeState;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.platform.rules.Flush;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/** Administrators: the outcomes waiting for review, confirming or questioning them, entering one for a graduate. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class OutcomeReview {

    static final int MAX_COMMENT = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonNames people;

    @Inject
    Caller caller;

    @Inject
    OutcomeRecorder recorder;

    @Inject
    OutcomeRows rows;

    @Inject
    Graduates graduates;

    @Inject
    ru.ciss.lms.mail.boundary.Notices notices;

    @Inject
    ru.ciss.lms.platform.web.PublicAddress address;

    /**
     * Outcomes in the order they were reported, after {@code afterId} (a stable cursor), of one cohort and state if
     * given (the REST API). An unknown state's name is an IllegalArgumentException.
     */
    public List<OutcomeViews.OutcomeFacts> facts(Long afterId, int limit, Long cohortId, String state) {
        jakarta.persistence.TypedQuery<Outcome> q = em.createQuery("SELECT o FROM Outcome o WHERE o.id > :after"
                        + (cohortId == null ? "" : " AND o.cohortId = :cohort")
                        + (state == null ? "" : " AND o.state = :state") + " ORDER BY o.id", Outcome.class)
                .setParameter("after", afterId == null ? 0L : afterId).setMaxResults(limit);
        if (cohortId != null) {
            q.setParameter("cohort", cohortId);
        }
        if (state != null) {
            q.setParameter("state", OutcomeState.valueOf(state));
        }
        return q.getResultList().stream().map(OutcomeViews.OutcomeFacts::of).toList();
    }

    public java.util.Optional<OutcomeViews.OutcomeFacts> facts(long id) {
        return java.util.Optional.ofNullable(em.find(Outcome.class, id)).map(OutcomeViews.OutcomeFacts::of);
    }

    public List<OutcomeViews.Row> page(OutcomeState state, int first, int max) {
        return rows.page(state, first, max);
    }

    public long count(OutcomeState state) {
        return rows.count(state);
    }

    public List<OutcomeViews.Row> ofGraduate(long personId) {
        return rows.ofPerson(personId);
    }

    public List<Graduates.Graduation> graduations(long personId) {
        return graduates.of(personId);
    }

    /** The person's full name, or nothing when there is no such person. */
    public java.util.Optional<String> graduateName(long personId) {
        return people.card(personId).map(PersonNames.PersonCard::fullName);
    }

    /** Graduates by name, those whose surname starts with {@code surname} when given: whom to enter outcomes for. */
    public List<Graduates.Graduate> graduates(String surname, int first, int max) {
        return graduates.page(surname, first, max);
    }

    public long countGraduates(String surname) {
        return graduates.count(surname);
    }

    public void confirm(long id, long seenVersion) {
        decide(id, seenVersion, OutcomeState.CONFIRMED, null);
    }

    /** Asks the graduate for more: a comment saying what is missing is required. */
    public void question(long id, long seenVersion, String comment) {
        String why = comment == null ? "" : comment.strip();
        if (why.isEmpty()) {
            throw new OutcomeRefusedException("outcomes.refused.commentRequired");
        }
        if (why.length() > MAX_COMMENT) {
            throw new OutcomeRefusedException("outcomes.refused.tooLong", MAX_COMMENT);
        }
        Outcome outcome = decide(id, seenVersion, OutcomeState.QUESTIONED, why);
        // The graduate is told: the question waits on a page they may not open for months otherwise.
        String name = outcome.facts().name();
        notices.send(ru.ciss.lms.mail.MailKind.OUTCOME_QUESTIONED, outcome.getPersonId(), java.util.Map.of(
                "outcome", name == null || name.isBlank() ? ru.ciss.lms.platform.web.Texts.get(java.util.Locale.of("ru"),
                        "outcomes.kind." + outcome.getKind()) : name.strip(),
                "reviewer", people.fullName(caller.id()), "comment", why,
                "link", address.of("/outcomes/my.xhtml"),
                ru.ciss.lms.mail.MailText.PROGRAMME, java.util.Objects.requireNonNullElse(
                        notices.programmeOf(outcome.getCohortId()), "")));
    }

    /** An outcome an administrator learnt of (a phone call, a newspaper): recorded for the graduate, to be confirmed. */
    public long enter(long personId, long cohortId, Outcome.Facts facts, IncomingFile evidence, String link) {
        return recorder.record(personId, cohortId, null, -1, facts, evidence, link, caller.id())
                .getId();
    }

    private Outcome decide(long id, long seenVersion, OutcomeState decision, String comment) {
        Outcome outcome = em.find(Outcome.class, id);
        if (outcome == null) {
            throw new OutcomeRefusedException("outcomes.notFound");
        }
        if (outcome.getVersion() != seenVersion) {
            throw new OutcomeRefusedException("outcomes.refused.changed");
        }
        outcome.review(decision, comment, caller.id(), Instant.now(SchoolClock.current()));
        Flush.orRefuse(em, () -> new OutcomeRefusedException("outcomes.refused.changed"));
        return outcome;
    }
}
