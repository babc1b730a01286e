package ru.ciss.lms.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import ru.ciss.lms.course.ContentModel;
import ru.ciss.lms.course.FinalWorkForm;

/** A curriculum as imported from content/&lt;code&gt;/: its certificate rules, rubric scale and final brief. */
@Entity
@Table(name = "programme")
@NamedQuery(name = Programme.ALL, query = "SELECT p FROM Programme p ORDER BY p.title")
@NamedQuery(name = Programme.BY_CODE, query = "SELECT p FROM Programme p WHERE p.code = :code")
public class Programme implements Serializable {

    public static final String ALL = "Programme.all";
    public static final String BY_CODE = "Programme.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    private String title;
    @Column(name = "title_en")
    private String titleEn;
    private String description;
    @Column(name = "academic_hours")
    private int academicHours;

    /** The date the texts are correct for (laws, funds, figures as they stood then). */
    private java.time.LocalDate edition;
    @Column(name = "certificate_series")
    private String certificateSeries;
    @Column(name = "min_attendance_percent")
    private int minAttendancePercent;
    @Column(name = "excused_count_as_attended")
    private boolean excusedCountAsAttended;
    @Column(name = "all_assignments_required")
    private boolean allAssignmentsRequired;
    @Column(name = "min_score_percent")
    private int minScorePercent;
    @Column(name = "rubric_scale_max")
    private int rubricScaleMax;
    @Column(name = "rubric_disagreement_percent")
    private int rubricDisagreementPercent;
    /** Mentors see the trainee's name while scoring (programme.yaml rubric.scoring: open); blind otherwise. */
    @Column(name = "scoring_open")
    private boolean scoringOpen;
    @Column(name = "final_brief_title")
    private String finalBriefTitle;
    @Column(name = "final_brief_markdown")
    private String finalBriefMarkdown;
    /** The final work's form (content/README.md, {@code final_work}) as JSON; null only before the first import. */
    @Column(name = "final_work")
    private String finalWork;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "imported_at")
    private Instant importedAt;
    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String code) {
        this.code = code;
    }

    /** Takes over everything the files say; the hash tells the next import whether anything changed. */
    public void apply(ContentModel.Programme source, String hash, Instant now) {
        title = source.title();
        titleEn = source.titleEn();
        description = source.description();
        academicHours = source.academicHours();
        edition = source.edition();
        certificateSeries = source.certificate().series();
        minAttendancePercent = source.certificate().minAttendancePercent();
        excusedCountAsAttended = source.certificate().excusedCountAsAttended();
        allAssignmentsRequired = source.certificate().allAssignmentsRequired();
        minScorePercent = source.certificate().minScorePercent();
        rubricScaleMax = source.rubric().scaleMax();
        rubricDisagreementPercent = source.rubric().disagreementPercent();
        scoringOpen = source.rubric().scoringOpen();
        finalBriefTitle = source.finalPresentation().title();
        finalBriefMarkdown = source.finalPresentation().markdown();
        finalWork = source.finalWork() == null ? null : FINAL_WORK_JSON.toJson(source.finalWork());
        contentHash = hash;
        importedAt = now;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : title;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public java.time.LocalDate getEdition() {
        return edition;
    }

    /** «01.09.2026», as Russians write dates; empty before the first import that knew editions. */
    public String getEditionText() {
        return edition == null ? "" : edition.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    public int getAcademicHours() {
        return academicHours;
    }

    public String getCertificateSeries() {
        return certificateSeries;
    }

    public int getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public boolean isExcusedCountAsAttended() {
        return excusedCountAsAttended;
    }

    public boolean isAllAssignmentsRequired() {
        return allAssignmentsRequired;
    }

    public int getMinScorePercent() {
        return minScorePercent;
    }

    public boolean isScoringOpen() {
        return scoringOpen;
    }

    public int getRubricScaleMax() {
        return rubricScaleMax;
    }

    public int getRubricDisagreementPercent() {
        return rubricDisagreementPercent;
    }

    public String getFinalBriefTitle() {
        return finalBriefTitle;
    }

    public String getFinalBriefMarkdown() {
        return finalBriefMarkdown;
    }

    /** The form of this programme's final work; an empty form when none was imported yet. */
    public FinalWorkForm finalWork() {
        return finalWork == null || finalWork.isBlank() ? new FinalWorkForm()
                : FINAL_WORK_JSON.fromJson(finalWork, FinalWorkForm.class);
    }

    private static final jakarta.json.bind.Jsonb FINAL_WORK_JSON = jakarta.json.bind.JsonbBuilder.create();

    public String getContentHash() {
        return contentHash;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
