package ru.ciss.lms.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ciss.lms.attendance.AttendanceStatus;
import ru.ciss.lms.attendance.MarkSource;
import ru.ciss.lms.platform.time.SchoolClock;

/** One line of the audit trail: a mark went from one status to another, by whom, when, how. Never changed. */
@Entity
@Table(name = "attendance_change")
public class AttendanceChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "day_id", updatable = false)
    private long dayId;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private AttendanceStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private AttendanceStatus to;

    @Column(updatable = false)
    private String reason;

    @Column(name = "changed_by", updatable = false)
    private long changedBy;

    @Column(name = "changed_at", updatable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private MarkSource source;

    protected AttendanceChange() {
    }

    AttendanceChange(long dayId, long personId, AttendanceStatus from, AttendanceStatus to, String reason, long by,
                     MarkSource source) {
        this.dayId = dayId;
        this.personId = personId;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.changedBy = by;
        this.changedAt = Instant.now(SchoolClock.current());
        this.source = source;
    }

    public long getPersonId() {
        return personId;
    }

    public AttendanceStatus getFrom() {
        return from;
    }

    public AttendanceStatus getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public MarkSource getSource() {
        return source;
    }
}
