package ru.ciss.lms.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import ru.ciss.lms.course.ContentModel;

/**
 * A page of study material. Its row outlives edits of its file (updated in place, same id) and the removal of
 * the file (archived), so trainees' progress on it is never lost.
 */
@Entity
@Table(name = "lesson")
@NamedQuery(name = Lesson.OF_MODULE, query = "SELECT l FROM Lesson l "
        + "WHERE l.module = :module AND l.archived = FALSE ORDER BY l.position")
@NamedQuery(name = Lesson.OF_PROGRAMME, query = "SELECT l FROM Lesson l WHERE l.programme = :programme")
public class Lesson implements Serializable {

    public static final String OF_MODULE = "Lesson.ofModule";
    public static final String OF_PROGRAMME = "Lesson.ofProgramme";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(updatable = false)
    private String code;
    private int position;
    private String title;
    private int minutes;
    private String markdown;
    @Column(name = "source_file")
    private String sourceFile;
    private boolean archived;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Lesson() {
    }

    public Lesson(Programme programme, String code) {
        this.programme = programme;
        this.code = code;
    }

    /** @return whether anything a trainee sees changed */
    public boolean apply(CourseModule module, ContentModel.Lesson source, Instant now) {
        boolean changed = this.module != module || position != source.order() || !source.title().equals(title)
                || minutes != source.minutes() || !source.markdown().equals(markdown) || archived;
        if (changed) {
            this.module = module;
            position = source.order();
            title = source.title();
            minutes = source.minutes();
            markdown = source.markdown();
            archived = false;
            updatedAt = now;
        }
        sourceFile = source.file();
        return changed;
    }

    public void archive() {
        archived = true;
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
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

    public int getMinutes() {
        return minutes;
    }

    public String getMarkdown() {
        return markdown;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
