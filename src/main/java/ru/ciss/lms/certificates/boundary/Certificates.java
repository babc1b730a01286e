package ru.ciss.lms.certificates.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.certificates.CertificateStatus;
import ru.ciss.lms.certificates.control.BulkIssue;
import ru.ciss.lms.certificates.control.BulkJobs;
import ru.ciss.lms.certificates.control.CertificateIssuer;
import ru.ciss.lms.certificates.control.CounterRows;
import ru.ciss.lms.certificates.control.EligibilityReader;
import ru.ciss.lms.certificates.control.IssueDates;
import ru.ciss.lms.certificates.entity.Certificate;
import ru.ciss.lms.certificates.entity.CertificateEvent;
import ru.ciss.lms.course.boundary.CohortRules;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.files.StoredRef;
import ru.ciss.lms.platform.rules.Flush;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;

/**
 * The administrators' side of certificates: who may receive one and why not, issuing one or a whole cohort,
 * revoking and reissuing, and the register. Every issue re-checks the rules on the server, whatever the page showed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortRules cohortRules;

    @Inject
    CourseFacts course;

    @Inject
    Caller caller;

    @Inject
    EligibilityReader eligibility;

    @Inject
    CertificateIssuer issuer;

    @Inject
    BulkIssue bulk;

    @Inject
    CounterRows counters;

    @Inject
    PublicAddress address;

    @Inject
    ru.ciss.lms.mail.boundary.Notices notices;

    public CertificateViews.CohortCertificates cohort(long cohortId) {
        CohortRules.Rules cohort = find(cohortId);
        Map<Long, Certificate> valid = new HashMap<>();
        em.createQuery("SELECT c FROM Certificate c WHERE c.cohortId = :c AND c.status = :valid", Certificate.class)
                .setParameter("c", cohortId).setParameter("valid", CertificateStatus.VALID).getResultList()
                .forEach(c -> valid.put(c.getPersonId(), c));
        List<CertificateViews.EligibilityRow> rows = eligibility.of(cohort).stream().map(t -> {
            Certificate held = valid.get(t.personId());
            return new CertificateViews.EligibilityRow(t.personId(), t.fullName(), t.district(), t.eligibility(),
                    held == null ? null : held.getId(), held == null ? null : held.getNumber());
        }).toList();
        return new CertificateViews.CohortCertificates(cohortId, cohort.name(), cohort.programmeTitle(),
                cohort.version(), cohort.minAttendancePercent(), cohort.assignmentsRequired(),
                cohort.minScorePercent(), cohort.ownAssignmentsRequired(), cohort.ownMinScorePercent(),
                rows, cohort.endsOn());
    }

    /** The cohort's own rules for assignments and the presentation; nulls bring back the programme's. */
    public void changeRules(long cohortId, long seenVersion, Boolean assignmentsRequired, Integer minScorePercent) {
        find(cohortId);
        if (minScorePercent != null && (minScorePercent < 0 || minScorePercent > 100)) {
            throw new CertificateRefusedException("certificates.refused.scoreRange");
        }
        if (!cohortRules.changeCertificateRule(cohortId, seenVersion, assignmentsRequired, minScorePercent)) {
            throw new CertificateRefusedException("certificates.refused.changed");
        }
        Flush.orRefuse(em, () -> new CertificateRefusedException("certificates.refused.changed"));
    }

    /**
     * Issues to one trainee; refused with the reason when they are not eligible or already hold one. Outside a
     * transaction of its own: the counter row is made sure of first, then the issuer's transaction runs alone.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String issueOne(long cohortId, long personId) {
        return issuer.issue(issue(cohortId), List.of(personId), true).numbers().getFirst();
    }

    /**
     * Starts issuing to every eligible trainee of the cohort who holds none yet, in the background.
     *
     * @return how many are to receive one; 0 when there is nobody, or when a job for this cohort is already running
     *         (then nothing new is started)
     */
    public int startBulk(long cohortId) {
        return startBulk(cohortId, null);
    }

    /**
     * @param issuedOn the date to print and register (null: today). Today is always allowed (a running cohort's
     *                 certificates were issued so before); another date must lie between the cohort's end and today,
     *                 so a past cohort's certificates carry the date and the number year they were handed out.
     */
    public int startBulk(long cohortId, java.time.LocalDate issuedOn) {
        CohortRules.Rules cohort = find(cohortId);
        java.time.LocalDate date = IssueDates.forBulk(issuedOn, cohort.endsOn(), SchoolClock.current());
        CertificateViews.CohortCertificates overview = cohort(cohortId);
        List<Long> people = overview.rows().stream().filter(r -> r.eligible() && !r.holding())
                .map(CertificateViews.EligibilityRow::personId).toList();
        if (people.isEmpty()) {
            return 0;
        }
        return bulk.start(issue(cohortId, date), people) ? people.size() : 0;
    }

    /** The cohort's latest bulk issue; one whose server stopped is carried on from here (the page shows it). */
    public BulkJobs.Job progress(long cohortId) {
        BulkJobs.Job job = bulk.progress(cohortId);
        if (job != null && job.stalled() && bulk.resumeStalled() > 0) {
            job = bulk.progress(cohortId);
        }
        return job;
    }

    public List<BulkJobs.Refusal> refusals(long jobId) {
        return bulk.refusals(jobId);
    }

    public CertificateViews.Detail detail(long id) {
        Certificate c = em.find(Certificate.class, id);
        if (c == null) {
            throw new CertificateRefusedException("certificates.notFound");
        }
        String cohortName = course.cohort(c.getCohortId()).map(CourseFacts.CohortRef::name).orElse("");
        List<CertificateViews.TrailRow> trail = em.createQuery("SELECT e.kind, e.reason, "
                        + "p.surname, p.givenName, p.patronymic, e.at FROM CertificateEvent e, Person p "
                        + "WHERE p.id = e.byPerson AND e.certificateId = :id ORDER BY e.at, e.id", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new CertificateViews.TrailRow((CertificateEvent.Kind) r[0], (String) r[1],
                        ru.ciss.lms.people.FullName.of((String) r[2], (String) r[3], (String) r[4]),
                        (java.time.Instant) r[5])).toList();
        return new CertificateViews.Detail(c.getId(), c.getVersion(), c.getNumber(), c.getHolderName(),
                c.getPersonId(), c.getProgrammeTitle(), c.getCohortId(), cohortName, c.getAcademicHours(),
                c.getCohortStartsOn(), c.getCohortEndsOn(), c.getIssuedOn(),
                c.getSignatoryName() + ", " + c.getSignatoryPosition(), c.getStatus(), c.getStatusReason(),
                c.getStatusChangedAt(), numberOf(c.getReplacesId()), numberOf(c.getReplacedById()), c.getPdfSha256(),
                trail, c.getPublicNote(), c.getInternalNote());
    }

    public void revoke(long id, long seenVersion, String publicNote, String internalNote) {
        ru.ciss.lms.certificates.entity.Certificate revoked;
        try {
            revoked = issuer.revoke(id, seenVersion, publicNote, internalNote, caller.id());
        } catch (OptimisticLockException e) {
            throw new CertificateRefusedException("certificates.refused.changed");
        }
        // The holder hears of it, with the public reason; the mail announcing it, if it still waits, does not go.
        notices.withdrawWaiting(CertificateIssuer.ISSUED_MAIL_KEY + id);
        // "programme" is also what signs the mail (MailText.PROGRAMME): the programme the certificate was for.
        notices.send(ru.ciss.lms.mail.MailKind.CERTIFICATE_REVOKED, revoked.getPersonId(), Map.of(
                "programme", revoked.getProgrammeTitle(), "number", revoked.getNumber(),
                "reason", revoked.getPublicNote(), "verifyUrl", address.of(CertificateIssuer.verifyPath(revoked.getNumber()))));
    }

    /** @return the new certificate's id; without a transaction of its own, as {@link #issueOne} */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long reissue(long id, String reason) {
        Long cohortId = counters.cohortOf(id);
        if (cohortId == null) {
            throw new CertificateRefusedException("certificates.notFound");
        }
        return issuer.reissue(id, reason, issue(cohortId)).getId();
    }

    public List<CertificateViews.RegisterRow> register(CertificateViews.RegisterFilter filter, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery("SELECT c.id, c.number, c.holderName, c.programmeTitle, h.name, "
                + "c.academicHours, c.issuedOn, c.signatoryName, c.status, c.replacedById, c.statusChangedAt, "
                + "COALESCE(c.internalNote, c.publicNote) "
                + "FROM Certificate c, Cohort h WHERE h.id = c.cohortId" + where(filter)
                + " ORDER BY c.issuedOn DESC, c.id DESC", Object[].class);
        bind(query, filter).setFirstResult(first).setMaxResults(max);
        List<Object[]> rows = query.getResultList();
        Set<Long> replacements = rows.stream().map(r -> (Long) r[9]).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> numbers = replacements.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT c.id, c.number FROM Certificate c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", replacements).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        return rows.stream().map(r -> new CertificateViews.RegisterRow((Long) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (Integer) r[5], (java.time.LocalDate) r[6], (String) r[7],
                (CertificateStatus) r[8], r[9] == null ? null : numbers.get((Long) r[9]), (java.time.Instant) r[10],
                (String) r[11])).toList();
    }

    private static final String FACTS = "SELECT NEW ru.ciss.lms.certificates.boundary.CertificateViews$CertificateFacts("
            + "c.id, c.number, c.personId, c.holderName, c.programmeTitle, c.cohortId, c.academicHours, c.issuedOn, "
            + "c.status, c.replacesId, c.replacedById, c.version) FROM Certificate c ";

    /** Certificates in the order they were issued, after {@code afterId} (a stable cursor), of one cohort if given. */
    public List<CertificateViews.CertificateFacts> facts(Long afterId, int limit, Long cohortId) {
        TypedQuery<CertificateViews.CertificateFacts> query = em.createQuery(FACTS + "WHERE c.id > :after"
                        + (cohortId == null ? "" : " AND c.cohortId = :cohort") + " ORDER BY c.id",
                CertificateViews.CertificateFacts.class).setParameter("after", afterId == null ? 0L : afterId)
                .setMaxResults(limit);
        if (cohortId != null) {
            query.setParameter("cohort", cohortId);
        }
        return query.getResultList();
    }

    public java.util.Optional<CertificateViews.CertificateFacts> facts(long id) {
        return em.createQuery(FACTS + "WHERE c.id = :id", CertificateViews.CertificateFacts.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public java.util.Optional<CertificateViews.CertificateFacts> facts(String number) {
        return em.createQuery(FACTS + "WHERE c.number = :number", CertificateViews.CertificateFacts.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    /** A page of the register and how many certificates the filter finds in all, in one call (one transaction). */
    public ru.ciss.lms.platform.database.CountedRows<CertificateViews.RegisterRow> registerPage(
            CertificateViews.RegisterFilter filter, int first, int max) {
        return new ru.ciss.lms.platform.database.CountedRows<>(registerCount(filter), register(filter, first, max));
    }

    public long registerCount(CertificateViews.RegisterFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM Certificate c WHERE 1 = 1" + where(filter),
                Long.class);
        return bind(query, filter).getSingleResult();
    }

    /** A valid certificate's PDF of the cohort, for the ZIP of all of them. */
    public record CohortPdf(String number, String holder, StoredRef stored) {
    }

    public List<CohortPdf> cohortPdfs(long cohortId) {
        find(cohortId);
        return em.createQuery("SELECT c.number, c.holderName, f.id, f.sha256, f.size FROM Certificate c, StoredFile f "
                        + "WHERE f.id = c.pdfFileId AND c.cohortId = :c AND c.status = :valid ORDER BY c.sequence",
                        Object[].class).setParameter("c", cohortId).setParameter("valid", CertificateStatus.VALID)
                .getResultList().stream().map(r -> new CohortPdf((String) r[0], (String) r[1],
                        new StoredRef((Long) r[2], (String) r[3], (Long) r[4])))
                .toList();
    }

    private String numberOf(Long id) {
        return id == null ? null : em.find(Certificate.class, id).getNumber();
    }

    private static String where(CertificateViews.RegisterFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter != null && filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (c.number LIKE :prefix OR LOWER(c.holderName) LIKE :part)");
        }
        if (filter != null && filter.status() != null) {
            where.append(" AND c.status = :status");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, CertificateViews.RegisterFilter filter) {
        if (filter != null && filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("prefix", text.toUpperCase(java.util.Locale.ROOT) + "%");
            query.setParameter("part", "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter != null && filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        return query;
    }

    private CertificateIssuer.Issue issue(long cohortId) {
        return issue(cohortId, null);
    }

    /** @param issuedOn null: today, decided inside the issuing transaction (see CertificateIssuer) */
    private CertificateIssuer.Issue issue(long cohortId, java.time.LocalDate issuedOn) {
        CounterRows.Key counter = issuedOn == null ? counters.ensure(cohortId)
                : counters.ensure(cohortId, issuedOn.getYear());
        if (counter == null) {
            throw new CertificateRefusedException("certificates.notFound");
        }
        return new CertificateIssuer.Issue(counter, caller.id(), address.of(""), issuedOn);
    }

    private CohortRules.Rules find(long cohortId) {
        return cohortRules.of(cohortId).orElseThrow(() -> new CertificateRefusedException("certificates.notFound"));
    }
}
