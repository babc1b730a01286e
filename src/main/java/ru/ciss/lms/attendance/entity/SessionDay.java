package ru.ciss.lms.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.ciss.lms.platform.time.SchoolClock;

/** A day of a session, in Omsk time: date, start, end and agenda. Attendance is marked per day. */
@Entity
@Table(name = "session_day")
public class SessionDay implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private TrainingSession session;

    @NotNull
    private LocalDate day;

    @NotNull
    @Column(name = "starts_at")
    private LocalTime startsAt;

    @NotNull
    @Column(name = "ends_at")
    private LocalTime endsAt;

    @Size(max = 5000)
    private String agenda;

    /** When the day was called off; a cancelled day leaves every attendance figure but keeps its records. */
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Size(max = 500)
    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    private long version;

    protected SessionDay() {
    }

    public SessionDay(TrainingSession session, LocalDate day, LocalTime startsAt, LocalTime endsAt, String agenda) {
        this.session = session;
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.agenda = agenda == null || agenda.isBlank() ? null : agenda.strip();
    }

    public Instant start() {
        return day.atTime(startsAt).atZone(SchoolClock.ZONE).toInstant();
    }

    public Instant end() {
        return day.atTime(endsAt).atZone(SchoolClock.ZONE).toInstant();
    }

    /** A new date, times and agenda; the caller has checked them as for a new day. */
    public void reschedule(LocalDate day, LocalTime startsAt, LocalTime endsAt, String agenda) {
        this.day = day;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.agenda = agenda == null || agenda.isBlank() ? null : agenda.strip();
    }

    public void cancel(String reason, Instant at) {
        this.cancelReason = reason.strip();
        this.cancelledAt = at;
    }

    /** Back in the schedule: a cancellation made by mistake is undone. */
    public void restore() {
        this.cancelReason = null;
        this.cancelledAt = null;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getAgenda() {
        return agenda;
    }
}
