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
import java.time.ZoneId;

/** A day of a session, in Omsk time: date, start, end and agenda. Attendance is marked per day. */
@Entity
@Table(name = "session_day")
public class SessionDay implements Serializable {

    /** Sessions are planned and held in Omsk; the stored times are Omsk times. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Omsk");

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
        return day.atTime(startsAt).atZone(ZONE).toInstant();
    }

    public Instant end() {
        return day.atTime(endsAt).atZone(ZONE).toInstant();
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
