package ru.ciss.lms.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * A person in a cohort, as trainee or mentor. The person is referred to by id: the people feature owns people,
 * and this feature only needs to know who belongs where. A trainee is expected on the cohort's days from their
 * enrolment date ({@code enrolled_at}, the start of that day in Omsk) until the day they left ({@code left_on}),
 * if they did; both are edited by curators, with every change in {@code membership_change}.
 */
@Entity
@Table(name = "cohort_member")
public class CohortMember implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id", updatable = false)
    private Cohort cohort;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Role role;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "left_on")
    private LocalDate leftOn;

    /** The CSV import that created this membership (null: enrolled by hand), so that the import can be undone. */
    @Column(name = "import_id", updatable = false)
    private Long importId;

    @Version
    private int version;

    protected CohortMember() {
    }

    public CohortMember(Cohort cohort, long personId, Role role) {
        this(cohort, personId, role, Instant.now(SchoolClock.current()));
    }

    /** Enrolled at a given moment: attendance counts a trainee only on days from their enrolment on. */
    public CohortMember(Cohort cohort, long personId, Role role, Instant enrolledAt) {
        this.cohort = cohort;
        this.personId = personId;
        this.role = role;
        this.enrolledAt = enrolledAt;
    }

    /** Enrolled from the start of that Omsk day. */
    public CohortMember(Cohort cohort, long personId, Role role, LocalDate enrolledOn) {
        this(cohort, personId, role, enrolledOn.atStartOfDay(SchoolClock.ZONE).toInstant());
    }

    public Long getId() {
        return id;
    }

    /** The enrolment date: the first day the trainee is expected. */
    public LocalDate getEnrolledOn() {
        return LocalDate.ofInstant(enrolledAt, SchoolClock.ZONE);
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledAt = enrolledOn.atStartOfDay(SchoolClock.ZONE).toInstant();
    }

    /** The last day in the cohort, or null while the trainee stays. */
    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public Long getImportId() {
        return importId;
    }

    public void setImportId(Long importId) {
        this.importId = importId;
    }

    public int getVersion() {
        return version;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public long getPersonId() {
        return personId;
    }

    public Role getRole() {
        return role;
    }
}
