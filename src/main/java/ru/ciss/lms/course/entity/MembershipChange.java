package ru.ciss.lms.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.ciss.lms.platform.time.SchoolClock;

/** One line of the audit trail of enrolment dates: never changed, never deleted. */
@Entity
@Table(name = "membership_change")
public class MembershipChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", updatable = false)
    private long memberId;

    @Column(name = "enrolled_before", updatable = false)
    private LocalDate enrolledBefore;

    @Column(name = "enrolled_after", updatable = false)
    private LocalDate enrolledAfter;

    @Column(name = "left_before", updatable = false)
    private LocalDate leftBefore;

    @Column(name = "left_after", updatable = false)
    private LocalDate leftAfter;

    @Column(name = "changed_by", updatable = false)
    private long changedBy;

    @Column(name = "changed_at", updatable = false)
    private Instant changedAt;

    protected MembershipChange() {
    }

    public MembershipChange(long memberId, LocalDate enrolledBefore, LocalDate enrolledAfter, LocalDate leftBefore,
            LocalDate leftAfter, long changedBy) {
        this.memberId = memberId;
        this.enrolledBefore = enrolledBefore;
        this.enrolledAfter = enrolledAfter;
        this.leftBefore = leftBefore;
        this.leftAfter = leftAfter;
        this.changedBy = changedBy;
        this.changedAt = Instant.now(SchoolClock.current());
    }
}
