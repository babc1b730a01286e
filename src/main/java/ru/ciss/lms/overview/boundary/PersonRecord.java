package ru.ciss.lms.overview.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.attendance.AttendanceRate;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.platform.security.Role;

/**
 * Everything the school holds on one person, for the administrators' page of that person (issue #20, point 7).
 * Read by {@link PersonOverview} in a fixed number of queries, whatever the number of cohorts.
 *
 * @param activated whether the person has set a password (by the activation link or given one): they can sign in
 */
public record PersonRecord(PersonNames.PersonContacts person, boolean activated, List<Membership> memberships,
                           List<CertificateRow> certificates, List<ConsentRow> consents, List<OutcomeRow> outcomes,
                           List<MailRow> mails) implements Serializable {

    /**
     * One cohort the person belongs to, with their figures there when they are a trainee.
     *
     * @param attendance    the cohort's rule applied by {@link AttendanceRate}; null for a mentor
     * @param presentation  DRAFT, SUBMITTED, RETURNED, or NONE when there is no plan (null for a mentor)
     * @param presentationPercent the result that counts, when it is final
     */
    public record Membership(long memberId, long cohortId, String cohortName, CohortStatus cohortStatus, Role role,
                             LocalDate enrolledOn, LocalDate leftOn, AttendanceRate.Result attendance,
                             int attendanceMinPercent, List<WorkRow> work, String presentation,
                             Double presentationPercent) implements Serializable {

        public boolean isTrainee() {
            return role == Role.TRAINEE;
        }
    }

    /** An assignment answer: its module and where it stands. */
    public record WorkRow(String module, String state, boolean late) implements Serializable {
    }

    public record CertificateRow(long id, String number, String cohortName, LocalDate issuedOn, String status)
            implements Serializable {
    }

    public record ConsentRow(String kind, String textVersion, Instant givenAt, Instant withdrawnAt)
            implements Serializable {
    }

    public record OutcomeRow(String kind, String name, LocalDate happenedOn, String state) implements Serializable {
    }

    public record MailRow(String subject, String state, Instant createdAt, Instant sentAt) implements Serializable {
    }
}
