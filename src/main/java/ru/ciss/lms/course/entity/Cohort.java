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
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.platform.time.SchoolClock;

/** One run of a programme (e.g. spring 2019): its dates, status, trainees and mentors. */
@Entity
@Table(name = "cohort")
public class Cohort implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Column(name = "starts_on")
    private LocalDate startsOn;

    @NotNull
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CohortStatus status = CohortStatus.PLANNED;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    /** The cohort's own attendance rule; null: the programme's (from content/). */
    @Column(name = "attendance_min_percent")
    private Integer attendanceMinPercent;

    @Column(name = "attendance_excused_counts")
    private Boolean attendanceExcusedCounts;

    /** Minutes after a day's start from which a check-in counts as late; null: the configured default. */
    @Column(name = "late_after_minutes")
    private Integer lateAfterMinutes;

    /** The cohort's own certificate rules; null: the programme's (from content/). */
    @Column(name = "cert_assignments_required")
    private Boolean certAssignmentsRequired;

    @Column(name = "cert_min_score_percent")
    private Integer certMinScorePercent;

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(Programme programme, String name, LocalDate startsOn, LocalDate endsOn, CohortStatus status) {
        this.programme = programme;
        this.name = name == null ? null : name.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = status;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now(SchoolClock.current());
    }

    public int effectiveMinAttendancePercent() {
        return attendanceMinPercent != null ? attendanceMinPercent : programme.getMinAttendancePercent();
    }

    public boolean effectiveExcusedCounts() {
        return attendanceExcusedCounts != null ? attendanceExcusedCounts : programme.isExcusedCountAsAttended();
    }

    /** Overrides the programme's attendance rule; nulls bring the programme's back. */
    public void setAttendanceRule(Integer minPercent, Boolean excusedCounts, Integer lateAfter) {
        this.attendanceMinPercent = minPercent;
        this.attendanceExcusedCounts = excusedCounts;
        this.lateAfterMinutes = lateAfter;
    }

    public boolean effectiveAssignmentsRequired() {
        return certAssignmentsRequired != null ? certAssignmentsRequired : programme.isAllAssignmentsRequired();
    }

    public int effectiveMinScorePercent() {
        return certMinScorePercent != null ? certMinScorePercent : programme.getMinScorePercent();
    }

    /** Overrides the programme's certificate rules for assignments and the presentation; nulls bring them back. */
    public void setCertificateRule(Boolean assignmentsRequired, Integer minScorePercent) {
        this.certAssignmentsRequired = assignmentsRequired;
        this.certMinScorePercent = minScorePercent;
    }

    public Boolean getCertAssignmentsRequired() {
        return certAssignmentsRequired;
    }

    public Integer getCertMinScorePercent() {
        return certMinScorePercent;
    }

    public long getVersion() {
        return version;
    }

    public Integer getAttendanceMinPercent() {
        return attendanceMinPercent;
    }

    public Boolean getAttendanceExcusedCounts() {
        return attendanceExcusedCounts;
    }

    public Integer getLateAfterMinutes() {
        return lateAfterMinutes;
    }

    public boolean isOpenForStudy() {
        return status.openForStudy();
    }

    /** A curator's correction of the name and dates. */
    public void edit(String name, LocalDate startsOn, LocalDate endsOn) {
        this.name = name == null ? null : name.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public void setStatus(CohortStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public CohortStatus getStatus() {
        return status;
    }
}
