package ru.ciss.lms.enrolment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ciss.lms.platform.database.NativeRows;
import ru.ciss.lms.course.boundary.Cohorts;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.course.boundary.CourseFacts.CohortRef;
import ru.ciss.lms.course.boundary.CourseRecords;
import ru.ciss.lms.enrolment.control.Corrections;
import ru.ciss.lms.enrolment.control.KnownDistrict;
import ru.ciss.lms.enrolment.control.LinkMailing;
import ru.ciss.lms.enrolment.control.Roster;
import ru.ciss.lms.enrolment.control.RosterReader;
import ru.ciss.lms.enrolment.control.RosterProblem;
import ru.ciss.lms.enrolment.control.RosterRow;
import ru.ciss.lms.enrolment.entity.EnrolmentImport;
import ru.ciss.lms.people.boundary.ActivationLinks;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.boundary.RosterPeople;
import ru.ciss.lms.people.boundary.RosterPeople.Known;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Enrolling a district's list of people into a cohort from a CSV file: first a preview that changes nothing, then
 * the enrolment itself in one transaction, so the file goes in whole or not at all. The file is read again on
 * commit rather than trusting the preview the browser saw.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class Enrolments {

    /**
     * The preview: the file as read, which of its e-mails already belong to people (they will be updated), the
     * members whose «Зачислен с» in the file differs from their date (kept: an import never changes a date), and
     * the first of the cohort's days already past (null: none, so nobody is asked from when).
     */
    public record Preview(Roster roster, Set<String> existingEmails, List<KeptDate> keptDates, LocalDate firstPastDay,
                          Map<String, LinkState> linkStates) {
        /** Rows without problems that make a new person (rows with problems are counted as such, not here). */
        public long newPeople() {
            return roster.goodRows().stream().filter(r -> !existingEmails.contains(r.email())).count();
        }

        /** Rows without problems whose person is in this state (by e-mail). */
        public long count(LinkState state) {
            return roster.goodRows().stream().filter(r -> linkStates.get(r.email()) == state).count();
        }
    }

    /**
     * What an import does about a row's activation link. NEW_PERSON and NO_LINK get one (and its e-mail);
     * VALID_LINK (unexpired, unused) keeps theirs unless the curator asks for new ones; ACTIVE (a password is set)
     * never gets one from an import: a forgotten password is reset on the person's page.
     */
    public enum LinkState {
        NEW_PERSON, NO_LINK, VALID_LINK, ACTIVE;

        public boolean getsLink(boolean reissue) {
            return this == NEW_PERSON || this == NO_LINK || reissue && this == VALID_LINK;
        }
    }

    /**
     * How to enrol: the corrections accepted in the preview; {@code goodRowsOnly}: enrol the rows without problems
     * and leave the others out (else a file with any problem is refused); {@code reissue}: new links (and e-mails)
     * also for those who still have a valid one, which stops working.
     */
    public record Options(Corrections corrections, boolean goodRowsOnly, boolean reissue) implements java.io.Serializable {
        public static final Options STRICT = new Options(Corrections.NONE, false, false);
    }

    /** A trainee of a cohort and their activation: a password set, or the expiry of their open link (or null). */
    public record CohortLink(long personId, String fullName, String email, String district, boolean activated,
                             java.time.Instant linkValidUntil) implements java.io.Serializable {
    }

    /** An already enrolled member whose date in the file differs from the one they have; theirs is kept. */
    public record KeptDate(int line, String email, LocalDate enrolledOn, LocalDate inFile) implements java.io.Serializable {
    }

    /** A person the import created, with the secret of their activation link (shown to the administrator once). */
    public record NewAccount(long personId, String fullName, String email, String district, String secret)
            implements java.io.Serializable {
    }

    /** linksKept: people who had a valid link and got none; active: people with a password (no link either). */
    public record Result(int created, int updated, int enrolled, int alreadyEnrolled, List<NewAccount> newAccounts,
                         int linksKept, int active, int leftOut) implements java.io.Serializable {
    }

    /** One import into a cohort as its page lists it; remaining: its memberships that still exist. */
    public record ImportRow(long id, java.time.Instant importedAt, String fileName, String importedBy, int enrolled,
                            java.time.Instant undoneAt, long remaining) implements java.io.Serializable {
    }

    /** What has been recorded, since an import, for the trainees it enrolled: kind → how many trainees have it. */
    public enum Obstacle {
        ATTENDANCE("SELECT DISTINCT a.person_id FROM attendance_mark a JOIN session_day d ON d.id = a.day_id "
                + "JOIN training_session s ON s.id = d.session_id WHERE s.cohort_id = m.cohort_id AND a.person_id = m.person_id"),
        SUBMISSIONS("SELECT x.person_id FROM submission x WHERE x.cohort_id = m.cohort_id AND x.person_id = m.person_id"),
        PRESENTATIONS("SELECT x.person_id FROM presentation x WHERE x.cohort_id = m.cohort_id AND x.person_id = m.person_id"),
        CERTIFICATES("SELECT x.person_id FROM certificate x WHERE x.cohort_id = m.cohort_id AND x.person_id = m.person_id"),
        SELF_CHECKS("SELECT x.person_id FROM self_check_attempt x JOIN self_check_question q ON q.id = x.question_id "
                + "JOIN lesson l ON l.id = q.lesson_id JOIN course_module cm ON cm.id = l.module_id JOIN cohort c "
                + "ON c.id = m.cohort_id WHERE cm.programme_id = c.programme_id AND x.person_id = m.person_id "
                + "AND x.answered_at >= i.imported_at"),
        DATE_CHANGES("SELECT x.member_id FROM membership_change x WHERE x.member_id = m.id");

        private final String records;

        Obstacle(String records) {
            this.records = records;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ActivationLinks links;

    @Inject
    Cohorts cohorts;

    @Inject
    CourseFacts course;

    @Inject
    CourseRecords memberships;

    @Inject
    RosterPeople rosterPeople;

    @Inject
    People people;

    @Inject
    LinkMailing mailing;

    public Preview preview(long cohortId, byte[] file) {
        return preview(cohortId, file, Corrections.NONE);
    }

    /** What enrolling the file would do, read with the corrections accepted so far; saves nothing. */
    public Preview preview(long cohortId, byte[] file, Corrections corrections) {
        CohortRef cohort = cohort(cohortId);
        Roster read = read(cohort, file, corrections);
        Map<String, Known> existing = existing(read);
        Roster roster = namedAsTheyAre(read, existing);
        Map<Long, LocalDate> members = memberships.traineesOf(cohortId);
        List<KeptDate> kept = new ArrayList<>();
        for (RosterRow row : roster.rows()) {
            Known person = row.email() == null ? null : existing.get(row.email());
            LocalDate member = person == null ? null : members.get(person.id());
            if (member != null && row.enrolledOn() != null && !row.enrolledOn().equals(member)) {
                kept.add(new KeptDate(row.line(), row.email(), member, row.enrolledOn()));
            }
        }
        Map<Long, java.time.Instant> open = openLinks(existing.values().stream().map(Known::id).toList());
        Map<String, LinkState> states = new HashMap<>();
        for (RosterRow row : roster.rows()) {
            Known person = row.email() == null ? null : existing.get(row.email());
            states.put(row.email(), person == null ? LinkState.NEW_PERSON : person.activated()
                    ? LinkState.ACTIVE : open.containsKey(person.id()) ? LinkState.VALID_LINK : LinkState.NO_LINK);
        }
        return new Preview(roster, existing.keySet(), kept, cohorts.firstPastDay(cohortId), states);
    }

    /** Each person's open link that still works (unused, not replaced, unexpired): its expiry. */
    private Map<Long, java.time.Instant> openLinks(List<Long> people) {
        Map<Long, java.time.Instant> result = new HashMap<>();
        java.time.Instant now = Instant.now(SchoolClock.current());
        for (int from = 0; from < people.size(); from += 1000) {
            em.createQuery("SELECT a.personId, a.expiresAt FROM ActivationLink a WHERE a.personId IN :people "
                            + "AND a.closedAt IS NULL AND a.expiresAt > :now", Object[].class)
                    .setParameter("people", people.subList(from, Math.min(people.size(), from + 1000)))
                    .setParameter("now", now).getResultList()
                    .forEach(r -> result.merge((Long) r[0], (java.time.Instant) r[1],
                            (a, b) -> a.isAfter(b) ? a : b));
        }
        return result;
    }

    /** One problem of a line: the field it is about (the roster's column key) and what is wrong, in words. */
    public record FieldProblem(String field, String message) implements java.io.Serializable {
    }

    /** One roster line's problems. */
    public record RowCheck(int line, String email, List<FieldProblem> problems) implements java.io.Serializable {
    }

    /** A roster checked by the import's rules, its problems in words: what another system is told (REST API). */
    public record Check(boolean acceptable, int rows, List<String> fileProblems, List<RowCheck> wrongRows)
            implements java.io.Serializable {
    }

    /** Checks a roster as the import page's preview does; saves nothing. Line numbers are shown less lineShift. */
    public Check check(long cohortId, byte[] file, java.util.Locale locale, int lineShift) {
        Roster roster = preview(cohortId, file).roster();
        return new Check(roster.acceptable(), roster.rows().size(),
                roster.fileProblems().stream().map(p -> RosterMessages.describe(p, locale, lineShift)).toList(),
                roster.rowsWithProblems().stream().map(r -> new RowCheck(r.line(), r.email(), r.problems().stream()
                        .map(p -> new FieldProblem(RosterMessages.field(p), RosterMessages.describe(p, locale,
                                lineShift))).toList())).toList());
    }

    /** Enrols from today those without a date of their own: see {@link #enrol(long, byte[], LocalDate)}. */
    public Result enrol(long cohortId, byte[] file) {
        return enrol(cohortId, file, null);
    }

    /**
     * Enrols the file: each new member from their «Зачислен с» date, or else from {@code defaultFrom} (null: today,
     * Omsk). People already in the cohort keep their dates; those are changed on the member's page, with the audit.
     */
    public Result enrol(long cohortId, byte[] file, LocalDate defaultFrom) {
        return enrol(cohortId, file, defaultFrom, Options.STRICT, null);
    }

    /**
     * The same with the preview's choices, recording the import (with the file's name) so it can be undone. Rows left
     * out (goodRowsOnly) change nothing; the rows that go in still go in together in this one transaction, or none.
     */
    public Result enrol(long cohortId, byte[] file, LocalDate defaultFrom, Options options, String fileName) {
        CohortRef cohort = cohort(cohortId);
        Roster read = read(cohort, file, options.corrections());
        Map<String, Known> existing = existing(read);
        Roster roster = namedAsTheyAre(read, existing);
        if (options.goodRowsOnly() ? !roster.partlyAcceptable() : !roster.acceptable()) {
            throw new EnrolmentRefusedException("enrolment.notAcceptable");
        }
        List<RosterRow> rows = roster.goodRows();
        Map<Long, java.time.Instant> open = openLinks(existing.values().stream().map(Known::id).toList());
        // Ids for the new people; a refused row (a rule the reader missed) rolls everything back here.
        List<RosterPeople.Written> written = roster(rows, existing);
        long created = written.stream().filter(RosterPeople.Written::created).map(w -> w.person().id()).distinct().count();
        List<Known> everyone = written.stream().map(RosterPeople.Written::person).toList();
        Set<Long> members = new HashSet<>(memberships.traineesOf(cohortId).keySet());
        EnrolmentImport record = new EnrolmentImport(cohortId, fileName, caller.id());
        em.persist(record);
        em.flush();
        LocalDate fallback = defaultFrom == null ? LocalDate.now(SchoolClock.current()) : defaultFrom;
        int enrolled = 0;
        for (int i = 0; i < everyone.size(); i++) {
            Known person = everyone.get(i);
            if (members.add(person.id())) {
                LocalDate own = rows.get(i).enrolledOn();
                memberships.addTrainee(cohortId, person.id(), own == null ? fallback : own, record.getId());
                enrolled++;
            }
        }
        record.setEnrolled(enrolled);
        // New people, and people who were listed before but never set a password, get a link to activate; not
        // those whose link still works (importing the same file again sends nobody a second e-mail), unless asked.
        List<Known> toActivate = everyone.stream().filter(p -> !p.activated()
                && (options.reissue() || !open.containsKey(p.id()))).distinct().toList();
        Map<Long, String> secrets = links.issue(new ArrayList<>(toActivate.stream().map(Known::id).toList()));
        List<NewAccount> accounts = toActivate.stream().map(p -> new NewAccount(p.id(), p.fullName(),
                p.email(), p.districtName(), secrets.get(p.id()))).toList();
        int active = (int) everyone.stream().filter(Known::activated).count();
        return new Result((int) created, everyone.size() - (int) created, enrolled, everyone.size() - enrolled,
                accounts, everyone.size() - active - accounts.size(), active, roster.rows().size() - rows.size());
    }

    /** The cohort's trainees with their activation, by surname: for the links' download and the activated count. */
    public List<CohortLink> cohortLinks(long cohortId) {
        cohort(cohortId);
        List<Known> people = rosterPeople.byName(course.memberIds(cohortId, Role.TRAINEE));
        Map<Long, java.time.Instant> open = openLinks(people.stream().map(Known::id).toList());
        return people.stream().map(p -> new CohortLink(p.id(), p.fullName(), p.email(), p.districtName(),
                p.activated(), open.get(p.id()))).toList();
    }

    /**
     * Starts sending fresh links (each replacing the person's previous one) to every trainee of the cohort who has
     * not activated. Answers the job's id, or null when one is already running for the cohort or nobody is left.
     */
    public String startMailing(long cohortId) {
        List<Long> people = cohortLinks(cohortId).stream().filter(l -> !l.activated()).map(CohortLink::personId)
                .toList();
        return people.isEmpty() ? null : mailing.start(cohortId, people);
    }

    public LinkMailing.Progress mailingProgress(long cohortId) {
        return mailing.progress(cohortId);
    }

    /** The secrets of a finished job's links, once (see {@link LinkMailing#collect}). */
    public Map<Long, String> collectMailed(String jobId) {
        return mailing.collect(jobId);
    }

    /** The cohort's imports, newest first, each with who made it and how many of its memberships still exist. */
    public List<ImportRow> imports(long cohortId) {
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.imported_at, i.file_name, CONCAT_WS(' ', p.surname, "
                + "p.given_name, p.patronymic), i.enrolled, i.undone_at, (SELECT COUNT(*) FROM cohort_member m "
                + "WHERE m.import_id = i.id) FROM enrolment_import i JOIN person p ON p.id = i.imported_by "
                + "WHERE i.cohort_id = ? ORDER BY i.imported_at DESC, i.id DESC").setParameter(1, cohortId)
                .setMaxResults(50).getResultList();
        return rows.stream().map(r -> new ImportRow(((Number) r[0]).longValue(), NativeRows.asInstant(r[1]),
                (String) r[2], (String) r[3], ((Number) r[4]).intValue(), NativeRows.asInstant(r[5]),
                ((Number) r[6]).longValue())).toList();
    }

    /**
     * Undoes an import: removes the memberships it created, when nothing has been recorded for them since; else
     * refuses, naming what stands in the way (how many trainees have attendance marks, answers and so on). The
     * people it created or updated stay (they may be in other cohorts); the import stays listed, as undone.
     */
    public int undo(long cohortId, long importId) {
        EnrolmentImport record = em.find(EnrolmentImport.class, importId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (record == null || record.getCohortId() != cohortId) {
            throw new EnrolmentRefusedException("enrolment.undo.notFound");
        }
        if (record.getUndoneAt() != null) {
            throw new EnrolmentRefusedException("enrolment.undo.already");
        }
        Map<Obstacle, Long> obstacles = new java.util.EnumMap<>(Obstacle.class);
        for (Obstacle obstacle : Obstacle.values()) {
            long people = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cohort_member m JOIN enrolment_import i "
                    + "ON i.id = m.import_id WHERE m.import_id = ? AND EXISTS (" + obstacle.records + ")")
                    .setParameter(1, importId).getSingleResult()).longValue();
            if (people > 0) {
                obstacles.put(obstacle, people);
            }
        }
        if (!obstacles.isEmpty()) {
            long people = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM cohort_member m JOIN enrolment_import i "
                    + "ON i.id = m.import_id WHERE m.import_id = ? AND (" + obstacles.keySet().stream()
                    .map(o -> "EXISTS (" + o.records + ")").collect(java.util.stream.Collectors.joining(" OR ")) + ")")
                    .setParameter(1, importId).getSingleResult()).longValue();
            throw new EnrolmentRefusedException("enrolment.undo.refused", people, obstacles);
        }
        List<Long> listed = ((List<?>) em.createNativeQuery("SELECT person_id FROM cohort_member WHERE import_id = ?")
                .setParameter(1, importId).getResultList()).stream().map(NativeRows::asLong).toList();
        int removed = em.createNativeQuery("DELETE FROM cohort_member WHERE import_id = ?").setParameter(1, importId)
                .executeUpdate();
        // Those in no other cohort who never signed up are not invited any more: their link and its e-mail go.
        links.withdrawUnused(listed);
        record.undone(caller.id());
        return removed;
    }



    /**
     * The rows' people created or brought up to date as trainees, in the rows' order. A known person's name stays as
     * written on their record (the line matched it, perhaps in capitals or without ё); only a missing patronymic is
     * taken from the file.
     */
    private List<RosterPeople.Written> roster(List<RosterRow> rows, Map<String, Known> existing) {
        return rosterPeople.writeTrainees(rows.stream().map(r -> {
            Known known = existing.get(r.email());
            return new RosterPeople.Details(r.email(), known == null ? r.surname() : null,
                    known == null ? r.givenName() : null,
                    known == null || known.patronymic() == null ? r.patronymic() : null, r.phone(), r.districtId(),
                    r.position(), r.organisation(), r.organisationKind());
        }).toList());
    }

    /**
     * A line whose e-mail belongs to someone with another name is refused, not applied: it would rename that person
     * (a mistyped address, or the rejected-rows file of an earlier import uploaded again). A real change of name is
     * made on the person's page.
     */
    private static Roster namedAsTheyAre(Roster roster, Map<String, Known> existing) {
        Map<Integer, RosterProblem> problems = new HashMap<>();
        for (int i = 0; i < roster.rows().size(); i++) {
            RosterRow row = roster.rows().get(i);
            Known person = row.email() == null ? null : existing.get(row.email());
            if (person != null && row.surname() != null && row.givenName() != null
                    && !person.named(row.surname(), row.givenName(), row.patronymic())) {
                problems.put(i, new RosterProblem("enrolment.row.otherPersonsEmail", row.email(), person.fullName()));
            }
        }
        return roster.withProblems(problems);
    }

    /** The people the file's e-mails already belong to, in a few queries however long the file. */
    private Map<String, Known> existing(Roster roster) {
        return rosterPeople.byEmail(roster.rows().stream().map(RosterRow::email).filter(e -> e != null).distinct()
                .toList());
    }

    private Roster read(CohortRef cohort, byte[] file, Corrections corrections) {
        return reader().read(file, cohort.startsOn(), cohort.endsOn(), corrections);
    }

    private RosterReader reader() {
        return new RosterReader(people.districtChoices().stream()
                .map(d -> new KnownDistrict(d.id(), d.nameRu(), d.nameEn(), d.code())).toList());
    }

    /** The cohort to enrol into, for the import page; refused as «no such cohort» when there is none. */
    public CohortRef cohort(long cohortId) {
        return course.cohort(cohortId).orElseThrow(() -> new EnrolmentRefusedException("enrolment.noCohort"));
    }
}
