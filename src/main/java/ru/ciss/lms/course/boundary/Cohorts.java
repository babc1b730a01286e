package ru.ciss.lms.course.boundary;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.course.entity.CohortMember;
import ru.ciss.lms.course.entity.MembershipChange;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.platform.time.SchoolClock;

/** Administrators run cohorts: create them and enrol trainees and mentors. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class Cohorts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public Cohort create(long programmeId, String name, LocalDate startsOn, LocalDate endsOn, CohortStatus status) {
        Programme programme = em.find(Programme.class, programmeId);
        if (programme == null) {
            throw new CourseNotFoundException();
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new CourseRuleException("course.cohort.badDates");
        }
        Cohort cohort = new Cohort(programme, name, startsOn, endsOn, status == null ? CohortStatus.PLANNED : status);
        em.persist(cohort);
        return cohort;
    }

    /** Every cohort but the archived ones: see {@link #list(boolean)}. */
    public List<CohortViews.CohortRow> list() {
        return list(false);
    }

    /** The cohorts, newest first; archived ones only when asked (they leave the lists, not the database). */
    public List<CohortViews.CohortRow> list(boolean archived) {
        return em.createQuery("SELECT NEW ru.ciss.lms.course.boundary.CohortViews$CohortRow(c.id, c.name, "
                + "c.programme.title, c.startsOn, c.endsOn, c.status, "
                + "(SELECT COUNT(t) FROM CohortMember t WHERE t.cohort = c AND t.role = ru.ciss.lms.platform.security.Role.TRAINEE), "
                + "(SELECT COUNT(n) FROM CohortMember n WHERE n.cohort = c AND n.role = ru.ciss.lms.platform.security.Role.MENTOR)) "
                + "FROM Cohort c WHERE c.status " + (archived ? "=" : "<>") + " :archived "
                + "ORDER BY c.startsOn DESC, c.name", CohortViews.CohortRow.class)
                .setParameter("archived", CohortStatus.ARCHIVED).getResultList();
    }

    private static final String FACTS = "SELECT NEW ru.ciss.lms.course.boundary.CohortViews$CohortFacts(c.id, "
            + "c.name, c.programme.id, c.programme.title, c.startsOn, c.endsOn, c.status, "
            + "(SELECT COUNT(t) FROM CohortMember t WHERE t.cohort = c AND t.role = ru.ciss.lms.platform.security.Role.TRAINEE), "
            + "(SELECT COUNT(n) FROM CohortMember n WHERE n.cohort = c AND n.role = ru.ciss.lms.platform.security.Role.MENTOR), "
            + "c.version) FROM Cohort c ";

    /**
     * Cohorts in the order they were made, from the one after {@code afterId} (a stable cursor: a cohort made
     * meanwhile comes at the end, none is seen twice), at most {@code limit}; of one programme when given.
     */
    public List<CohortViews.CohortFacts> facts(Long afterId, int limit, Long programmeId) {
        var query = em.createQuery(FACTS + "WHERE c.id > :after"
                        + (programmeId == null ? "" : " AND c.programme.id = :programme") + " ORDER BY c.id",
                CohortViews.CohortFacts.class).setParameter("after", afterId == null ? 0L : afterId).setMaxResults(limit);
        if (programmeId != null) {
            query.setParameter("programme", programmeId);
        }
        return query.getResultList();
    }

    /** One cohort's facts; empty when there is no such cohort. */
    public java.util.Optional<CohortViews.CohortFacts> facts(long id) {
        return em.createQuery(FACTS + "WHERE c.id = :id", CohortViews.CohortFacts.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Cohort cohort(long id) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null) {
            throw new CourseNotFoundException();
        }
        return cohort;
    }

    public List<CohortViews.MemberRow> members(long cohortId) {
        return em.createQuery("SELECT NEW ru.ciss.lms.course.boundary.CohortViews$MemberRow(p.id, p.surname, "
                        + "p.givenName, p.patronymic, p.email, m.role, m.id, m.enrolledAt, m.leftOn, p.gender) FROM CohortMember m, Person p "
                        + "WHERE m.personId = p.id AND m.cohort.id = :cohort ORDER BY m.role, p.surname, p.givenName",
                CohortViews.MemberRow.class).setParameter("cohort", cohortId).getResultList();
    }

    /** How the members table can be ordered; the JPQL each stands for is fixed here, never taken from the request. */
    public enum MemberSort {
        NAME("p.surname %1$s, p.givenName %1$s, p.patronymic %1$s"), EMAIL("p.email %1$s"),
        ROLE("m.role %1$s, p.surname, p.givenName"), ENROLLED("m.enrolledAt %1$s, p.surname, p.givenName");

        private final String order;

        MemberSort(String order) {
            this.order = order;
        }
    }

    /**
     * One page of a cohort's members, those whose name or e-mail contains {@code search} (null or blank: all), with
     * how many match in all and which of the page's people have activated their account: three queries.
     */
    public CohortViews.MemberPage members(long cohortId, String search, MemberSort sort, boolean descending,
                                          int first, int size) {
        String where = "FROM CohortMember m, Person p WHERE m.personId = p.id AND m.cohort.id = :cohort";
        String pattern = null;
        if (search != null && !search.isBlank()) {
            where += NAME_OR_EMAIL;
            pattern = containsPattern(search);
        }
        var count = em.createQuery("SELECT COUNT(m) " + where, Long.class).setParameter("cohort", cohortId);
        var rows = em.createQuery("SELECT NEW ru.ciss.lms.course.boundary.CohortViews$MemberRow(p.id, p.surname, "
                        + "p.givenName, p.patronymic, p.email, m.role, m.id, m.enrolledAt, m.leftOn, p.gender) " + where
                        + " ORDER BY " + (sort == null ? MemberSort.NAME : sort).order.formatted(descending ? "DESC" : "ASC")
                        + ", m.id", CohortViews.MemberRow.class).setParameter("cohort", cohortId);
        if (pattern != null) {
            count.setParameter("q", pattern);
            rows.setParameter("q", pattern);
        }
        List<CohortViews.MemberRow> page = rows.setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList();
        List<Long> ids = page.stream().map(CohortViews.MemberRow::personId).toList();
        java.util.Set<Long> activated = ids.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(em.createQuery(
                "SELECT p.id FROM Person p WHERE p.id IN :ids AND p.passwordHash IS NOT NULL", Long.class)
                .setParameter("ids", ids).getResultList());
        return new CohortViews.MemberPage(page, count.getSingleResult(), activated);
    }

    /**
     * A curator's correction of a cohort's name and dates, as the form opened at {@code version} showed them; a
     * change made meanwhile by someone else is refused, not overwritten. All problems are reported at once.
     */
    public void edit(long cohortId, long version, String name, LocalDate startsOn, LocalDate endsOn) {
        Cohort cohort = current(cohortId, version);
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            problems.put("name", "course.cohort.nameRequired");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            problems.put("endsOn", "course.cohort.badDates");
        }
        if (!problems.isEmpty()) {
            throw new CohortFormException(problems);
        }
        cohort.edit(name, startsOn, endsOn);
        em.flush(); // the database's version check too: a change committed a moment ago is refused here
    }

    /**
     * Moves the cohort along its life cycle (planned → active → finished → archived), or back when a curator
     * corrects a mistake: a finished cohort's study pages are read-only, an archived one leaves the lists.
     */
    public void changeStatus(long cohortId, long version, CohortStatus status) {
        Cohort cohort = current(cohortId, version);
        if (status == null) {
            throw new CourseRuleException("course.cohort.statusRequired");
        }
        cohort.setStatus(status);
        em.flush();
    }

    private Cohort current(long cohortId, long version) {
        Cohort cohort = cohort(cohortId);
        if (cohort.getVersion() != version) {
            throw new CourseRuleException("course.cohort.changedMeanwhile");
        }
        return cohort;
    }

    /**
     * Takes a trainee out of the cohort from today: the membership stays with every record of theirs (attendance,
     * answers, certificates), ends today («выбыл(а)»), and the change is in the audit trail. Returns their name.
     */
    public String removeMember(long memberId, int version) {
        CohortMember m = leaving(memberId, version);
        end(m);
        return memberDates(memberId).fullName();
    }

    /**
     * Moves a trainee to another cohort in one transaction: the membership here ends today (records kept, as in
     * {@link #removeMember}) and one in the target cohort starts today. The target must be open (planned or active)
     * and must not have them as a trainee already.
     */
    public String moveMember(long memberId, int version, Long targetCohortId) {
        CohortMember m = leaving(memberId, version);
        Cohort target = targetCohortId == null ? null : em.find(Cohort.class, targetCohortId);
        if (target == null || target.getId().equals(m.getCohort().getId()) || !target.isOpenForStudy()) {
            throw new CourseRuleException("course.member.moveTarget");
        }
        long already = em.createQuery("SELECT COUNT(x) FROM CohortMember x WHERE x.cohort = :target "
                        + "AND x.personId = :person AND x.role = :role", Long.class).setParameter("target", target)
                .setParameter("person", m.getPersonId()).setParameter("role", Role.TRAINEE).getSingleResult();
        if (already > 0) {
            throw new CourseRuleException("course.member.alreadyThere", target.getName());
        }
        end(m);
        em.persist(new CohortMember(target, m.getPersonId(), Role.TRAINEE, LocalDate.now(SchoolClock.current())));
        em.flush();
        return memberDates(memberId).fullName();
    }

    /** The open cohorts a member of this cohort can be moved to, newest first. */
    public List<CohortViews.CohortChoice> moveTargets(long cohortId) {
        return em.createQuery("SELECT c.id, c.name, c.programme.title FROM Cohort c WHERE c.id <> :cohort "
                        + "AND c.status IN :open ORDER BY c.startsOn DESC, c.name", Object[].class)
                .setParameter("cohort", cohortId).setParameter("open", List.of(CohortStatus.PLANNED, CohortStatus.ACTIVE))
                .getResultStream().map(r -> new CohortViews.CohortChoice((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    private CohortMember leaving(long memberId, int version) {
        CohortMember m = member(memberId);
        if (m.getVersion() != version) {
            throw new CourseRuleException("course.member.changedMeanwhile");
        }
        if (m.getRole() != Role.TRAINEE) {
            throw new CourseRuleException("course.member.onlyTrainees");
        }
        if (m.getLeftOn() != null) {
            throw new CourseRuleException("course.member.alreadyLeft");
        }
        return m;
    }

    /** Ends the membership today (or on its first day, if it starts later), with the audit trail. */
    private void end(CohortMember m) {
        LocalDate today = LocalDate.now(SchoolClock.current());
        LocalDate enrolled = m.getEnrolledOn();
        LocalDate last = enrolled.isAfter(today) ? enrolled : today;
        m.setLeftOn(last);
        em.persist(new MembershipChange(m.getId(), enrolled, enrolled, null, last,
                caller.id()));
    }

    /** The people who are (or were) trainees of the cohort. */
    public List<Long> traineeIds(long cohortId) {
        return em.createQuery("SELECT m.personId FROM CohortMember m WHERE m.cohort.id = :cohort AND m.role = :role",
                Long.class).setParameter("cohort", cohortId).setParameter("role", Role.TRAINEE).getResultList();
    }

    /**
     * How many people the cohort page lists to choose from in one role: a school's register grows by every cohort, and
     * the rest are found by a search rather than sent to every page.
     */
    public static final int CANDIDATES_SHOWN = 200;

    private static final String CANDIDATE = "FROM Person p WHERE p.active = TRUE AND :role MEMBER OF p.roles "
            + "AND NOT EXISTS (SELECT m FROM CohortMember m WHERE m.personId = p.id AND m.cohort.id = :cohort "
            + "AND m.role = :role)";

    private static final String NAME_OR_EMAIL = " AND (LOWER(CONCAT(p.surname, ' ', p.givenName, ' ', "
            + "COALESCE(p.patronymic, ''))) LIKE :q ESCAPE '!' OR LOWER(p.email) LIKE :q ESCAPE '!')";

    /**
     * Active people holding the role who are not yet in the cohort in it, whose name or e-mail contains {@code search}
     * (null or blank: anyone), in alphabetical order: the first {@code limit} of them and how many there are in all
     * (counted only when there are more than shown).
     */
    public CohortViews.Candidates candidates(long cohortId, Role role, String search, int limit) {
        String pattern = containsPattern(search);
        String where = CANDIDATE + (pattern == null ? "" : NAME_OR_EMAIL);
        var rows = em.createQuery("SELECT NEW ru.ciss.lms.course.boundary.CohortViews$Candidate(p.id, p.surname, "
                + "p.givenName, p.patronymic, p.email) " + where + " ORDER BY p.surname, p.givenName, p.id",
                CohortViews.Candidate.class).setParameter("cohort", cohortId).setParameter("role", role);
        if (pattern != null) {
            rows.setParameter("q", pattern);
        }
        List<CohortViews.Candidate> found = rows.setMaxResults(limit + 1).getResultList();
        if (found.size() <= limit) {
            return new CohortViews.Candidates(found, found.size());
        }
        var count = em.createQuery("SELECT COUNT(p) " + where, Long.class).setParameter("cohort", cohortId)
                .setParameter("role", role);
        if (pattern != null) {
            count.setParameter("q", pattern);
        }
        return new CohortViews.Candidates(found.subList(0, limit), count.getSingleResult());
    }

    /** A LIKE pattern for «contains», lower case, its wildcards escaped with '!'; null for no search. */
    private static String containsPattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        return "%" + search.strip().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
    }

    /**
     * The first of the cohort's session days that is already past (Omsk) and not cancelled, or null: when there is one, enrolling
     * someone now asks from when they are expected. Read by a native query: the days belong to attendance.
     */
    public LocalDate firstPastDay(long cohortId) {
        Object first = em.createNativeQuery("SELECT MIN(d.day) FROM session_day d JOIN training_session s "
                + "ON s.id = d.session_id WHERE s.cohort_id = ? AND d.day < ? AND d.cancelled_at IS NULL").setParameter(1, cohortId)
                .setParameter(2, LocalDate.now(SchoolClock.current())).getSingleResult();
        return first == null ? null : first instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) first;
    }

    /** Enrols from today: see {@link #enrol(long, List, Role, LocalDate)}. */
    public int enrol(long cohortId, List<Long> personIds, Role role) {
        return enrol(cohortId, personIds, role, null);
    }

    /**
     * Enrols the people from the given date (null: today, Omsk); anyone already enrolled in that role, inactive, or
     * without the role is refused.
     */
    public int enrol(long cohortId, List<Long> personIds, Role role, LocalDate enrolledOn) {
        Cohort cohort = cohort(cohortId);
        if (role != Role.TRAINEE && role != Role.MENTOR) {
            throw new CourseRuleException("course.cohort.role");
        }
        // Checked for exactly the people chosen, not against the list the page showed: that list is cut short.
        List<Long> chosen = personIds.stream().distinct().toList();
        if (!chosen.isEmpty() && !chosen.contains(null)) {
            // A second tab or a colleague enrolled some of them meanwhile: say who, not «choose from the list».
            List<String> already = em.createQuery("SELECT p.surname, p.givenName, p.patronymic FROM CohortMember m, "
                            + "Person p WHERE p.id = m.personId AND m.cohort.id = :cohort AND m.role = :role "
                            + "AND m.personId IN :ids ORDER BY p.surname, p.givenName", Object[].class)
                    .setParameter("cohort", cohortId).setParameter("role", role).setParameter("ids", chosen)
                    .getResultStream().map(n -> (n[0] + " " + n[1] + (n[2] == null ? "" : " " + n[2])).strip()).toList();
            if (!already.isEmpty()) {
                throw new CourseRuleException("course.cohort.alreadyIn", String.join(", ", already));
            }
        }
        if (chosen.isEmpty() || chosen.contains(null) || em.createQuery("SELECT COUNT(p) " + CANDIDATE
                        + " AND p.id IN :ids", Long.class).setParameter("cohort", cohortId).setParameter("role", role)
                .setParameter("ids", chosen).getSingleResult() != chosen.size()) {
            throw new CourseRuleException("course.cohort.notEligible");
        }
        LocalDate from = enrolledOn == null ? LocalDate.now(SchoolClock.current()) : enrolledOn;
        chosen.forEach(id -> em.persist(new CohortMember(cohort, id, role, from)));
        return chosen.size();
    }

    /** A membership's dates for its edit form; unknown ids answer as not found. */
    public CohortViews.MemberDates memberDates(long memberId) {
        CohortMember m = member(memberId);
        Object[] name = em.createQuery("SELECT p.surname, p.givenName, p.patronymic, p.gender FROM Person p "
                + "WHERE p.id = :id", Object[].class).setParameter("id", m.getPersonId()).getSingleResult();
        String fullName = (name[0] + " " + name[1] + (name[2] == null ? "" : " " + name[2])).strip();
        Cohort c = m.getCohort();
        return new CohortViews.MemberDates(memberId, c.getId(), c.getName(), c.getStartsOn(), c.getEndsOn(), fullName,
                m.getRole(), m.getEnrolledOn(), m.getLeftOn(), m.getVersion(),
                ru.ciss.lms.people.GenderedWords.of((ru.ciss.lms.people.Gender) name[3], (String) name[2]));
    }

    /**
     * Changes a membership's enrolment date and the day the member left (null: still in the cohort), as the form
     * opened at {@code version} showed them; a change made meanwhile by someone else is refused, not overwritten.
     * Every change is written to the audit trail with who made it.
     */
    public void changeDates(long memberId, int version, LocalDate enrolledOn, LocalDate leftOn) {
        CohortMember m = member(memberId);
        if (m.getVersion() != version) {
            throw new CourseRuleException("course.member.changedMeanwhile");
        }
        Cohort c = m.getCohort();
        if (enrolledOn == null) {
            throw new CourseRuleException("course.member.enrolledRequired");
        }
        if (enrolledOn.isAfter(c.getEndsOn())) {
            throw new CourseRuleException("course.member.enrolledAfterEnd");
        }
        // As the roster import refuses it. Only a changed date: a cohort whose start was moved later keeps its
        // members' earlier dates, and the day they left can still be set for them.
        if (enrolledOn.isBefore(c.getStartsOn()) && !enrolledOn.equals(m.getEnrolledOn())) {
            throw new CourseRuleException("course.member.enrolledBeforeStart",
                    c.getStartsOn().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
        if (leftOn != null && leftOn.isBefore(enrolledOn)) {
            throw new CourseRuleException("course.member.leftBeforeEnrolled");
        }
        LocalDate enrolledBefore = m.getEnrolledOn();
        LocalDate leftBefore = m.getLeftOn();
        if (enrolledBefore.equals(enrolledOn) && java.util.Objects.equals(leftBefore, leftOn)) {
            return;
        }
        m.setEnrolledOn(enrolledOn);
        m.setLeftOn(leftOn);
        em.persist(new MembershipChange(memberId, enrolledBefore, enrolledOn, leftBefore, leftOn,
                caller.id()));
        em.flush(); // the version check of the database, too: a change committed a moment ago is refused here
    }

    private CohortMember member(long memberId) {
        CohortMember m = em.find(CohortMember.class, memberId);
        if (m == null) {
            throw new CourseNotFoundException();
        }
        return m;
    }
}
