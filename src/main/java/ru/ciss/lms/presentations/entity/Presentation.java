package ru.ciss.lms.presentations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.course.entity.JsonList;
import ru.ciss.lms.files.control.FileType;

/**
 * A trainee's final presentation in one cohort: the plan of the resource centre they will run, its slides, and the
 * result the mentors' scores give. Versioned: two tabs, or a trainee and an administrator, cannot both win.
 */
@Entity
@Table(name = "presentation")
public class Presentation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", updatable = false)
    private long cohortId;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    private PlanState state = PlanState.DRAFT;

    @Column(name = "district_id")
    private Integer districtId;

    @Column(name = "host_organisation")
    private String hostOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_kind")
    private HostKind hostKind;

    @Column(name = "target_groups")
    private String targetGroups;

    @Column(name = "growth_points")
    private String growthPoints;

    private String services;
    private String partners;
    private String funding;
    private String milestones;

    @Column(name = "video_url")
    private String videoUrl;

    @Column(name = "slides_file_id")
    private Long slidesFileId;

    @Column(name = "slides_name")
    private String slidesName;

    @Enumerated(EnumType.STRING)
    @Column(name = "slides_type")
    private FileType slidesType;

    @Column(name = "slides_size")
    private Long slidesSize;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "returned_comment")
    private String returnedComment;

    @Column(name = "final_percent")
    private Double finalPercent;

    private boolean flagged;

    @Column(name = "moderated_percent")
    private Double moderatedPercent;

    @Column(name = "moderation_reason")
    private String moderationReason;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The anonymous number mentors know the presentation by («П-017»); unique in the cohort, null until needed. */
    @Column(name = "blind_code")
    private Integer blindCode;

    @Version
    private long version;

    protected Presentation() {
    }

    public Presentation(long cohortId, long personId) {
        this.cohortId = cohortId;
        this.personId = personId;
        this.updatedAt = Instant.now();
    }

    /** Writes the plan's parts; blank rows of the lists are dropped. The caller checks that it may be edited. */
    public void write(Plan plan) {
        districtId = plan.districtId();
        hostOrganisation = trim(plan.hostOrganisation());
        hostKind = plan.hostKind();
        targetGroups = trim(plan.targetGroups());
        growthPoints = trim(plan.growthPoints());
        partners = trim(plan.partners());
        videoUrl = trim(plan.videoUrl());
        services = JsonList.write(plan.services().stream().filter(s -> !s.isBlank()).toList());
        funding = JsonList.write(plan.funding().stream().filter(f -> !f.isBlank()).toList());
        milestones = JsonList.write(plan.milestones().stream().filter(m -> !m.isBlank()).toList());
        updatedAt = Instant.now();
    }

    public void attachSlides(long storedFileId, String name, FileType type, long size) {
        slidesFileId = storedFileId;
        slidesName = name;
        slidesType = type;
        slidesSize = size;
        updatedAt = Instant.now();
    }

    public void submit(Instant at) {
        state = PlanState.SUBMITTED;
        submittedAt = at;
        returnedComment = null;
        updatedAt = at;
    }

    /** An administrator opens a submitted plan for changes again; the scores given so far stay. */
    public void returnForChanges(String comment) {
        state = PlanState.RETURNED;
        returnedComment = comment;
        updatedAt = Instant.now();
    }

    /** The mentors' result: their aggregate and whether they disagree too much to take it as final. */
    public void scored(Double percent, boolean disagreement) {
        finalPercent = percent;
        flagged = disagreement;
    }

    public void moderate(double percent, String reason, long by, Instant at) {
        moderatedPercent = percent;
        moderationReason = reason;
        moderatedBy = by;
        moderatedAt = at;
    }

    /** The score that counts: the moderated one when an administrator set it, otherwise the mentors' own. */
    public Double getResultPercent() {
        return moderatedPercent != null ? moderatedPercent : finalPercent;
    }

    /** Final when at least one mentor scored and there is no open disagreement. */
    public boolean isFinal() {
        return moderatedPercent != null || (finalPercent != null && !flagged);
    }

    public Plan plan() {
        return new Plan(districtId, hostOrganisation, hostKind, targetGroups, growthPoints,
                new ArrayList<>(JsonList.<PlanParts.Service>read(services, SERVICE_LIST)), partners,
                new ArrayList<>(JsonList.<PlanParts.Funding>read(funding, FUNDING_LIST)),
                new ArrayList<>(JsonList.<PlanParts.Milestone>read(milestones, MILESTONE_LIST)), videoUrl);
    }

    private static final java.lang.reflect.Type SERVICE_LIST =
            new ArrayList<PlanParts.Service>() { }.getClass().getGenericSuperclass();
    private static final java.lang.reflect.Type FUNDING_LIST =
            new ArrayList<PlanParts.Funding>() { }.getClass().getGenericSuperclass();
    private static final java.lang.reflect.Type MILESTONE_LIST =
            new ArrayList<PlanParts.Milestone>() { }.getClass().getGenericSuperclass();

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The plan as the trainee writes it (Serializable: pages keep it in the session, which a cluster replicates). */
    public record Plan(Integer districtId, String hostOrganisation, HostKind hostKind, String targetGroups,
            String growthPoints, List<PlanParts.Service> services, String partners, List<PlanParts.Funding> funding,
            List<PlanParts.Milestone> milestones, String videoUrl) implements Serializable {
    }

    public Long getId() {
        return id;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getPersonId() {
        return personId;
    }

    public PlanState getState() {
        return state;
    }

    public Long getSlidesFileId() {
        return slidesFileId;
    }

    public String getSlidesName() {
        return slidesName;
    }

    public FileType getSlidesType() {
        return slidesType;
    }

    public Long getSlidesSize() {
        return slidesSize;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReturnedComment() {
        return returnedComment;
    }

    public Double getFinalPercent() {
        return finalPercent;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public Double getModeratedPercent() {
        return moderatedPercent;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Integer getBlindCode() {
        return blindCode;
    }

    public long getVersion() {
        return version;
    }
}
