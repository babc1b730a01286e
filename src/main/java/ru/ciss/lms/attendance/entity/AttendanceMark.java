package ru.ciss.lms.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import ru.ciss.lms.attendance.AttendanceStatus;
import ru.ciss.lms.attendance.MarkSource;

/** A trainee's attendance on one session day. Versioned: two people marking the same cell cannot both win. */
@Entity
@Table(name = "attendance_mark")
public class AttendanceMark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "day_id", updatable = false)
    private long dayId;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    private String reason;

    @Column(name = "noted_at")
    private Instant notedAt;

    @Column(name = "marked_by")
    private long markedBy;

    @Enumerated(EnumType.STRING)
    private MarkSource source;

    @Version
    private long version;

    protected AttendanceMark() {
    }

    public AttendanceMark(long dayId, long personId) {
        this.dayId = dayId;
        this.personId = personId;
    }

    /** Sets the mark and answers the change for the audit trail, or null when nothing changed. */
    public AttendanceChange set(AttendanceStatus to, String why, Instant at, long by, MarkSource via) {
        String newReason = to == AttendanceStatus.EXCUSED && why != null && !why.isBlank() ? why.strip() : null;
        if (to == status && java.util.Objects.equals(newReason, reason)) {
            return null;
        }
        AttendanceChange change = new AttendanceChange(dayId, personId, status, to, newReason, by, via);
        status = to;
        reason = newReason;
        notedAt = at;
        markedBy = by;
        source = via;
        return change;
    }

    public long getDayId() {
        return dayId;
    }

    public long getPersonId() {
        return personId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getNotedAt() {
        return notedAt;
    }

    public MarkSource getSource() {
        return source;
    }

    public long getVersion() {
        return version;
    }
}
