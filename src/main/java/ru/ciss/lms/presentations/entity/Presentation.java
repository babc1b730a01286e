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
import java.util.Map;
import ru.ciss.lms.course.FinalWorkForm;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.platform.database.JsonList;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.presentations.PlanState;

/**
 * A trainee's final presentation in one cohort: the final work as their programme's form asks for it, its slides, and the
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

    // The resource-centre plan's own columns, written before V31 and only read since (see LegacyPlan).
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

    /** Answers to the programme's final-work form, JSON (see {@link Answers}); null in a plan saved before V31. */
    private String answers;

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
        this.updatedAt = Instant.now(SchoolClock.current());
    }

    /**
     * Writes the plan: the district, the video link and the answers to the form's fields (blank rows and texts
     * dropped). Answers to fields the form does not have (an earlier form's) are kept, so nothing typed is lost. The
     * caller checks that it may be edited.
     */
    public void write(Plan plan) {
        districtId = plan.districtId();
        videoUrl = trim(plan.videoUrl());
        java.util.LinkedHashMap<String, Object> kept = storedAnswers();
        for (FinalWorkForm.Field field : plan.form().fields) {
            kept.remove(field.id);
            Object answer = Answers.cleaned(field, plan.answers().get(field.id));
            if (answer != null) {
                kept.put(field.id, answer);
            }
        }
        answers = ANSWERS_JSON.toJson(kept);
        updatedAt = Instant.now(SchoolClock.current());
    }

    public void attachSlides(long storedFileId, String name, FileType type, long size) {
        slidesFileId = storedFileId;
        slidesName = name;
        slidesType = type;
        slidesSize = size;
        updatedAt = Instant.now(SchoolClock.current());
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
        updatedAt = Instant.now(SchoolClock.current());
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

    /** The plan as written against the given form (the programme's): district, answers, video link. */
    public Plan plan(FinalWorkForm form) {
        return new Plan(districtId, form, storedAnswers(), videoUrl);
    }

    /**
     * The stored answers; a plan saved before V31 has none yet, and its resource-centre columns are read as the
     * answers instead (see {@link LegacyPlan}).
     */
    private java.util.LinkedHashMap<String, Object> storedAnswers() {
        if (answers != null && !answers.isBlank()) {
            return Answers.normalised(ANSWERS_JSON.fromJson(answers, java.util.LinkedHashMap.class));
        }
        return LegacyPlan.answers(hostOrganisation, hostKind, targetGroups, growthPoints,
                JsonList.<PlanParts.Service>read(services, SERVICE_LIST), partners,
                JsonList.<PlanParts.Funding>read(funding, FUNDING_LIST),
                JsonList.<PlanParts.Milestone>read(milestones, MILESTONE_LIST));
    }

    private static final jakarta.json.bind.Jsonb ANSWERS_JSON = jakarta.json.bind.JsonbBuilder.create();
    private static final java.lang.reflect.Type SERVICE_LIST =
            new ArrayList<PlanParts.Service>() { }.getClass().getGenericSuperclass();
    private static final java.lang.reflect.Type FUNDING_LIST =
            new ArrayList<PlanParts.Funding>() { }.getClass().getGenericSuperclass();
    private static final java.lang.reflect.Type MILESTONE_LIST =
            new ArrayList<PlanParts.Milestone>() { }.getClass().getGenericSuperclass();

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The plan as the trainee writes it, against the form of their programme's final work: answers by field id (see
     * {@link Answers}). Serializable: pages keep it in the session, which a cluster replicates.
     */
    public record Plan(Integer districtId, FinalWorkForm form, Map<String, Object> answers, String videoUrl)
            implements Serializable {

        public String text(String fieldId) {
            return Answers.text(answers, fieldId);
        }

        public List<Map<String, String>> rows(String fieldId) {
            return Answers.rows(answers, fieldId);
        }

        /** The answers as a reader sees them, field by field in the form's order; unanswered fields left out. */
        public List<Shown> shown(java.util.Locale locale) {
            List<Shown> shown = new ArrayList<>();
            for (FinalWorkForm.Field field : form.fields) {
                if (field.kind == FinalWorkForm.Kind.ROWS) {
                    List<String> lines = rows(field.id).stream().map(r -> field.columns.stream()
                            .map(c -> shownValue(c, r.get(c.id), locale)).filter(v -> v != null)
                            .collect(java.util.stream.Collectors.joining(" · "))).filter(l -> !l.isEmpty()).toList();
                    if (!lines.isEmpty()) {
                        shown.add(new Shown(field.label(locale), null, lines));
                    }
                } else {
                    String value = shownValue(field, text(field.id), locale);
                    if (value != null) {
                        shown.add(new Shown(field.label(locale), value, List.of()));
                    }
                }
            }
            return shown;
        }

        /**
         * Answers to fields the form does not have (a form of an earlier version, or the resource-centre plan a
         * trainee of another school filled in before V31), by their ids: kept on every save and shown read-only, so
         * nothing typed is lost from sight.
         */
        public List<Shown> earlier() {
            List<Shown> earlier = new ArrayList<>();
            for (Map.Entry<String, Object> answer : answers.entrySet()) {
                if (form.field(answer.getKey()) != null) {
                    continue;
                }
                if (answer.getValue() instanceof String text) {
                    earlier.add(new Shown(answer.getKey(), text, List.of()));
                } else {
                    List<String> lines = rows(answer.getKey()).stream()
                            .map(r -> String.join(" · ", r.values())).filter(l -> !l.isEmpty()).toList();
                    if (!lines.isEmpty()) {
                        earlier.add(new Shown(answer.getKey(), null, lines));
                    }
                }
            }
            return earlier;
        }

        private static String shownValue(FinalWorkForm.Field field, String value, java.util.Locale locale) {
            if (value == null) {
                return null;
            }
            if (field.kind == FinalWorkForm.Kind.CHOICE && field.option(value) != null) {
                return field.option(value).label(locale);
            }
            if (field.kind == FinalWorkForm.Kind.NUMBER && value.matches("-?[0-9]{4,}")) {
                return String.format(java.util.Locale.forLanguageTag("ru"), "%,d", Long.parseLong(value));
            }
            return value;
        }
    }

    /** One answered field as a reader sees it: a value, or the lines of a table. */
    public record Shown(String label, String value, List<String> lines) implements Serializable {
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

    public Integer getDistrictId() {
        return districtId;
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
