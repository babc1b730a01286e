package ru.ciss.lms.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Locale;
import ru.ciss.lms.course.ContentModel;

/** A topic of a programme, with the brief of its assignment. ("Module" alone clashes with java.lang.Module.) */
@Entity
@Table(name = "course_module")
@NamedQuery(name = CourseModule.OF_PROGRAMME, query = "SELECT m FROM CourseModule m "
        + "WHERE m.programme = :programme AND m.archived = FALSE ORDER BY m.position")
public class CourseModule implements Serializable {

    public static final String OF_PROGRAMME = "CourseModule.ofProgramme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @Column(updatable = false)
    private String code;
    private int position;
    private String title;
    @Column(name = "title_en")
    private String titleEn;
    private String summary;
    @Column(name = "assignment_code")
    private String assignmentCode;
    @Column(name = "assignment_title")
    private String assignmentTitle;
    @Column(name = "assignment_markdown")
    private String assignmentMarkdown;
    /** The assignment is reviewed with the programme's rubric in view (assignment.md: {@code rubric: true}). */
    @Column(name = "assignment_rubric")
    private boolean assignmentRubric;
    private boolean archived;
    @Version
    private long version;

    protected CourseModule() {
    }

    public CourseModule(Programme programme, String code) {
        this.programme = programme;
        this.code = code;
    }

    public void apply(ContentModel.Module source) {
        position = source.order();
        title = source.title();
        titleEn = source.titleEn();
        summary = source.summary();
        assignmentCode = source.assignment().id();
        assignmentTitle = source.assignment().title();
        assignmentMarkdown = source.assignment().markdown();
        assignmentRubric = source.assignment().rubric();
        archived = false;
    }

    public void archive() {
        archived = true;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : title;
    }

    public boolean isAssignmentRubric() {
        return assignmentRubric;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getAssignmentTitle() {
        return assignmentTitle;
    }

    public String getAssignmentMarkdown() {
        return assignmentMarkdown;
    }

    public boolean isArchived() {
        return archived;
    }
}
