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
import java.io.Serializable;
import java.time.Instant;
import ru.ciss.lms.people.entity.Role;

/**
 * A person in a cohort, as trainee or mentor. The person is referred to by id: the people feature owns people,
 * and this feature only needs to know who belongs where.
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

    @Column(name = "enrolled_at", updatable = false)
    private Instant enrolledAt;

    protected CohortMember() {
    }

    public CohortMember(Cohort cohort, long personId, Role role) {
        this(cohort, personId, role, Instant.now());
    }

    /** Enrolled at a given moment: attendance counts a trainee only on days from their enrolment on. */
    public CohortMember(Cohort cohort, long personId, Role role, Instant enrolledAt) {
        this.cohort = cohort;
        this.personId = personId;
        this.role = role;
        this.enrolledAt = enrolledAt;
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
