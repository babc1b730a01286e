package ru.ciss.lms.course.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.platform.time.SchoolClock;

/** Read models of cohorts, each filled by one query (no entity graph walked row by row). */
public final class CohortViews {

    public record CohortRow(Long id, String name, String programmeTitle, LocalDate startsOn, LocalDate endsOn,
                            CohortStatus status, long trainees, long mentors) implements Serializable {
    }

    /** A cohort for other systems (the REST API): with its programme's id and its version for If-Match. */
    public record CohortFacts(Long id, String name, Long programmeId, String programmeTitle, LocalDate startsOn,
                              LocalDate endsOn, CohortStatus status, long trainees, long mentors, long version)
            implements Serializable {
    }

    /** enrolledAt: the start of the enrolment day in Omsk; leftOn: null while the member stays. */
    public record MemberRow(Long personId, String surname, String givenName, String patronymic, String email,
                            Role role, Long memberId, java.time.Instant enrolledAt, LocalDate leftOn,
                            ru.ciss.lms.people.Gender gender) implements Serializable {
        public LocalDate enrolledOn() {
            return LocalDate.ofInstant(enrolledAt, SchoolClock.ZONE);
        }

        public String fullName() {
            return (surname + " " + givenName + (patronymic == null ? "" : " " + patronymic)).strip();
        }
    }

    /** One page of a cohort's members, how many match in all, and the page's people who activated their account. */
    public record MemberPage(List<MemberRow> rows, long total, java.util.Set<Long> activated) implements Serializable {
    }

    /** One membership as its edit form shows it; version is what the form was opened with. */
    public record MemberDates(long memberId, long cohortId, String cohortName, LocalDate cohortStartsOn,
                              LocalDate cohortEndsOn, String fullName, Role role, LocalDate enrolledOn,
                              LocalDate leftOn, int version, ru.ciss.lms.people.Gender gender)
            implements Serializable {
    }

    public record Candidate(Long personId, String surname, String givenName, String patronymic, String email)
            implements Serializable {
        public String label() {
            return (surname + " " + givenName + (patronymic == null ? "" : " " + patronymic)).strip() + " <" + email + ">";
        }
    }

    /** The first people one may enrol in a role (alphabetically) and how many there are in all. */
    public record Candidates(List<Candidate> shown, long total) implements Serializable {
        public boolean cutShort() {
            return total > shown.size();
        }
    }

    public record ModuleProgress(Long moduleId, int position, String title, long lessons, long studied)
            implements Serializable {
        public int percent() {
            return lessons == 0 ? 0 : (int) (studied * 100 / lessons);
        }
    }

    /** finished: the cohort's studies are over; its lessons stay readable, nothing more is recorded. */
    public record MyCohort(Long cohortId, String name, String programmeTitle, LocalDate startsOn, LocalDate endsOn,
                           List<ModuleProgress> modules, Long nextLessonId, String nextLessonTitle, boolean finished)
            implements Serializable {
        public long lessons() {
            return modules.stream().mapToLong(ModuleProgress::lessons).sum();
        }

        public long studied() {
            return modules.stream().mapToLong(ModuleProgress::studied).sum();
        }
    }

    /**
     * One of the trainee's cohorts a page could be about, for the page that asks which one (issue #19): a trainee in
     * two cohorts of one programme chooses, the page never picks one for them.
     */
    public record CohortChoice(long cohortId, String name, String programmeTitle, boolean finished)
            implements Serializable {

        /** A choice whose pages do not depend on whether the cohort has finished. */
        public CohortChoice(long cohortId, String name, String programmeTitle) {
            this(cohortId, name, programmeTitle, false);
        }
    }

    private CohortViews() {
    }
}
