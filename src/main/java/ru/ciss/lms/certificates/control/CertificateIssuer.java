package ru.ciss.lms.certificates.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.certificates.CertificateStatus;
import ru.ciss.lms.certificates.entity.Certificate;
import ru.ciss.lms.certificates.entity.CertificateEvent;
import ru.ciss.lms.course.boundary.CohortRules;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.files.StoredRef;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.boundary.Notices;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.people.boundary.PersonNames.PersonCard;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Issues certificates: numbers from the series' counter, the PDF, the register row, the audit line and the e-mail,
 * all in the caller's transaction. The counter row is locked first, before anything is read, so two administrators
 * issuing at once run one after the other and the second one sees what the first issued: no number is taken twice,
 * and a rollback gives the numbers back, so there is no gap either. The callers check who may issue; this class
 * has no caller of its own when a background job runs it.
 */
@Stateless
public class CertificateIssuer {

    /** Reasons for a revocation or reissue: as long as the form allows. */
    public static final int MAX_REASON = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortRules cohortRules;

    @Inject
    CourseFacts course;

    @Inject
    PersonNames names;

    @Inject
    EligibilityReader eligibility;

    @Inject
    CertificateSettings settings;

    @Inject
    FinalAssessment assessment;

    @Inject
    FileStore files;

    @Inject
    Notices notices;

    /**
     * @param counter the cohort's counter, made sure of by {@link CounterRows#ensure} before this transaction
     * @param base    the app's public address (no trailing slash), for the QR code, the e-mail and its links
     * @param issuedOn the date printed and registered; its year is the counter's year (null: today, as the counter)
     */
    public record Issue(CounterRows.Key counter, long by, String base, LocalDate issuedOn) {

        public Issue(CounterRows.Key counter, long by, String base) {
            this(counter, by, base, null);
        }

        public long cohortId() {
            return counter.cohortId();
        }
    }

    /**
     * What one call issued, whom it passed over because they were not eligible or already held one, and what became
     * of each trainee in the order asked.
     */
    public record Outcome(List<String> numbers, int notEligible, int alreadyHolding, List<PersonOutcome> people) {

        public int refused() {
            return (int) people.stream().filter(p -> p.result() == Result.REFUSED).count();
        }
    }

    /** What became of one trainee of an issue. */
    public enum Result { ISSUED, PASSED_OVER, REFUSED }

    /** @param number the new certificate's number when issued; @param refusalKey the reason when refused */
    public record PersonOutcome(long personId, Result result, String number, String refusalKey) {
    }

    /**
     * Issues to each of the trainees who is eligible and holds no valid certificate of the cohort yet.
     *
     * @param strict true for one trainee chosen by hand: a reason to pass them over is a refusal, not a skip
     */
    public Outcome issue(Issue issue, Collection<Long> personIds, boolean strict) {
        Counter counter = lock(issue.counter());
        LocalDate today = IssueDates.underLock(issue.issuedOn(), counter.year, SchoolClock.current());
        CohortRules.Rules cohort = cohortRules.of(issue.cohortId()).orElseThrow(
                () -> new CertificateRefusedException("certificates.notFound"));
        Set<Long> holding = validHolders(issue.cohortId());
        List<PersonOutcome> people = new ArrayList<>();
        Map<Long, EligibilityReader.Trainee> verdicts = new HashMap<>();
        eligibility.of(cohort).forEach(t -> verdicts.put(t.personId(), t));
        List<String> numbers = new ArrayList<>();
        int notEligible = 0;
        int already = 0;
        CertificateLayout layout = layout();
        for (long personId : new java.util.LinkedHashSet<>(personIds)) {
            EligibilityReader.Trainee trainee = verdicts.get(personId);
            if (holding.contains(personId)) {
                if (strict) {
                    throw new CertificateRefusedException("certificates.refused.alreadyIssued", trainee == null ? "" : trainee.fullName());
                }
                already++;
                people.add(new PersonOutcome(personId, Result.PASSED_OVER, null, null));
            } else if (trainee == null || !trainee.eligibility().eligible()) {
                if (strict) {
                    throw new CertificateRefusedException("certificates.refused.notEligible",
                            trainee == null ? "" : trainee.fullName());
                }
                notEligible++;
                people.add(new PersonOutcome(personId, Result.PASSED_OVER, null, null));
            } else {
                PersonCard holder = names.card(personId).orElseThrow();
                try {
                    Certificate made = make(printed(cohort, holder, today), counter, issue, null, layout, true);
                    numbers.add(made.getNumber());
                    people.add(new PersonOutcome(personId, Result.ISSUED, made.getNumber(), null));
                } catch (CertificatePdf.DoesNotFit e) {
                    // Only this trainee's name is too long for the form: the others of the batch go on. Any other
                    // text that does not fit (the programme's title) is the same for everyone, so it stops the issue.
                    if (strict || !e.isHolderName()) {
                        throw new CertificateRefusedException(e.isHolderName() ? "certificates.refused.nameDoesNotFit"
                                : "certificates.refused.layout", e.isHolderName() ? holder.fullName() : e.getMessage());
                    }
                    people.add(new PersonOutcome(personId, Result.REFUSED, null, "certificates.refused.nameDoesNotFit"));
                }
            }
        }
        counter.save(em);
        return new Outcome(numbers, notEligible, already, people);
    }

    /**
     * Enters a certificate the school issued before its register moved here (the demo's 2018 cohort): numbered from
     * the counter of its own year, dated as it was issued, and announced to nobody. The caller has made sure the
     * counter row exists and that nobody else issues at the same time.
     */
    public Certificate enterIssued(Issue issue, long personId, LocalDate issuedOn) {
        Counter counter = lock(issue.counter());
        CohortRules.Rules cohort = cohortRules.of(issue.cohortId()).orElseThrow();
        Certificate made = make(printed(cohort, names.card(personId).orElseThrow(), issuedOn), counter, issue, null,
                layout(), false);
        counter.save(em);
        return made;
    }

    /** Gives a new certificate with a new number in place of a valid one (after a change of name, say). */
    public Certificate reissue(long certificateId, String reason, Issue issue) {
        String why = reason(reason);
        // Locking reads first, so that what is read after them is what others committed before (see the class).
        List<?> locked = em.createNativeQuery("SELECT id FROM certificate WHERE id = ? AND cohort_id = ? FOR UPDATE")
                .setParameter(1, certificateId).setParameter(2, issue.cohortId()).getResultList();
        if (locked.isEmpty()) {
            throw new CertificateRefusedException("certificates.notFound");
        }
        Counter counter = lock(issue.counter());
        LocalDate today = IssueDates.underLock(issue.issuedOn(), counter.year, SchoolClock.current());
        long by = issue.by();
        Certificate old = em.find(Certificate.class, certificateId);
        em.refresh(old); // the shared cache may hold an older state; the row is locked now
        if (!old.isValid()) {
            throw new CertificateRefusedException("certificates.refused.notValid", old.getNumber());
        }
        Instant now = Instant.now(SchoolClock.current());
        // The old row stops being the valid one first: the database allows one valid certificate per trainee.
        old.replaced(why, now);
        em.flush();
        CohortRules.Rules cohort = cohortRules.of(old.getCohortId()).orElseThrow();
        Certificate made = make(printed(cohort, names.card(old.getPersonId()).orElseThrow(), today), counter,
                issue, old.getId(), layout(), true);
        old.replacedBy(made.getId());
        em.persist(new CertificateEvent(old.getId(), CertificateEvent.Kind.REISSUED, why + " → " + made.getNumber(), by, now));
        counter.save(em);
        return made;
    }

    /**
     * @param publicNote   shown to anyone on the verification page; required
     * @param internalNote for the administrators only; optional
     */
    public Certificate revoke(long certificateId, long seenVersion, String publicNote, String internalNote, long by) {
        String why = reason(publicNote);
        String internal = internalNote == null || internalNote.isBlank() ? null : internalNote.strip();
        if (internal != null && internal.length() > MAX_REASON) {
            throw new CertificateRefusedException("certificates.refused.reasonTooLong", MAX_REASON);
        }
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null) {
            throw new CertificateRefusedException("certificates.notFound");
        }
        if (certificate.getVersion() != seenVersion || !certificate.isValid()) {
            throw new CertificateRefusedException("certificates.refused.notValid", certificate.getNumber());
        }
        Instant now = Instant.now(SchoolClock.current());
        certificate.revoke(why, internal, now);
        // The trail is the administrators' own: both notes, so it tells the whole story.
        em.persist(new CertificateEvent(certificateId, CertificateEvent.Kind.REVOKED,
                internal == null ? why : why + " / " + internal, by, now));
        em.flush(); // an optimistic-lock failure must show here, as a refusal, not at commit
        return certificate;
    }

    /** The dedupe key of the mail announcing a certificate, followed by its id. */
    public static final String ISSUED_MAIL_KEY = "certificate-issued:";

    public static String verifyPath(String number) {
        // Each part of the number encoded on its own: a "/" in a configured pattern stays a path separator.
        return "/verify/" + String.join("/", java.util.Arrays.stream(number.split("/", -1))
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20")).toList());
    }

    private Certificate make(Certificate.Printed printed, Counter counter, Issue issue, Long replaces,
                             CertificateLayout layout, boolean announce) {
        long sequence = counter.next();
        String number;
        try {
            number = settings.number(counter.series, counter.year, sequence);
        } catch (IllegalArgumentException e) {
            throw new CertificateRefusedException("certificates.refused.settings", e.getMessage());
        }
        String verifyUrl = issue.base() + verifyPath(number);
        PersonCard holder = names.card(printed.personId()).orElseThrow();
        byte[] pdf;
        try {
            pdf = CertificatePdf.render(layout, new CertificateFacts(number, printed.holderName(),
                    printed.programmeTitle(), printed.academicHours(), printed.cohortStartsOn(), printed.cohortEndsOn(),
                    printed.issuedOn(), settings.school(), printed.signatoryName(), printed.signatoryPosition(),
                    verifyUrl, holder.gender(), settings.issuer(),
                    assessment.of(printed.cohortId(), printed.personId())));
        } catch (CertificatePdf.DoesNotFit e) {
            counter.giveBack(); // nothing was stored under it: the next trainee takes it, and the register has no gap
            throw e;
        }
        StoredRef stored = files.keepGenerated(pdf);
        Instant now = Instant.now(SchoolClock.current());
        Certificate certificate = new Certificate(printed, now, issue.by(), replaces);
        certificate.numbered(number, counter.series, counter.year, sequence);
        certificate.document(stored.id(), stored.sha256(), pdf.length);
        em.persist(certificate);
        em.flush(); // the id, for the audit line and the e-mail's key
        em.persist(new CertificateEvent(certificate.getId(), CertificateEvent.Kind.ISSUED, null, issue.by(), now));
        if (!announce) {
            return certificate;
        }
        notices.send(MailKind.CERTIFICATE_ISSUED, holder.id(), Map.of("programme", printed.programmeTitle(),
                "number", number, "link", issue.base() + "/home/trainee.xhtml", "verifyUrl", verifyUrl),
                ISSUED_MAIL_KEY + certificate.getId());
        return certificate;
    }

    private Certificate.Printed printed(CohortRules.Rules cohort, PersonCard holder, LocalDate today) {
        int hours = course.programme(cohort.programmeId()).orElseThrow().academicHours();
        return new Certificate.Printed(cohort.cohortId(), holder.id(), cohort.programmeId(),
                holder.fullName(), cohort.programmeTitle(), hours,
                cohort.startsOn(), cohort.endsOn(), today, settings.signatoryName(), settings.signatoryPosition());
    }

    private CertificateLayout layout() {
        try {
            return settings.layout();
        } catch (CertificateLayout.LayoutException e) {
            throw new CertificateRefusedException("certificates.refused.layout", e.getMessage());
        }
    }

    private Set<Long> validHolders(long cohortId) {
        return new HashSet<>(em.createQuery("SELECT c.personId FROM Certificate c WHERE c.cohortId = :c "
                        + "AND c.status = :valid", Long.class).setParameter("c", cohortId)
                .setParameter("valid", CertificateStatus.VALID).getResultList());
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new CertificateRefusedException("certificates.refused.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new CertificateRefusedException("certificates.refused.reasonTooLong", MAX_REASON);
        }
        return why;
    }

    /** The counter row, locked; its first statement in the transaction, so later reads see all committed before. */
    private Counter lock(CounterRows.Key key) {
        Number last = (Number) em.createNativeQuery("SELECT last_number FROM certificate_counter "
                        + "WHERE series = ? AND year = ? FOR UPDATE").setParameter(1, key.series())
                .setParameter(2, key.year()).getSingleResult();
        return new Counter(key.series(), key.year(), last.longValue());
    }

    private static final class Counter {
        final String series;
        final int year;
        private long last;
        private final long first;

        Counter(String series, int year, long last) {
            this.series = series;
            this.year = year;
            this.last = last;
            this.first = last;
        }

        long next() {
            return ++last;
        }

        void giveBack() {
            last--;
        }

        void save(EntityManager em) {
            if (last != first) {
                em.createNativeQuery("UPDATE certificate_counter SET last_number = ? WHERE series = ? AND year = ?")
                        .setParameter(1, last).setParameter(2, series).setParameter(3, year).executeUpdate();
            }
        }
    }
}
