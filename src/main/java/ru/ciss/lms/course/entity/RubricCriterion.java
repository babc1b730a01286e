package ru.ciss.lms.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.course.ContentModel;
import ru.ciss.lms.platform.database.JsonList;

/** One criterion of a programme's final-presentation rubric, with its weight and level descriptions. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion implements Serializable {

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
    private int weight;
    private String levels;
    private boolean archived;

    protected RubricCriterion() {
    }

    public RubricCriterion(Programme programme, String code) {
        this.programme = programme;
        this.code = code;
    }

    public void apply(ContentModel.Criterion source, int position) {
        this.position = position;
        title = source.title();
        titleEn = source.titleEn();
        weight = source.weight();
        levels = JsonList.write(source.levelDescriptions());
        archived = false;
    }

    public void archive() {
        archived = true;
    }

    public Long getId() {
        return id;
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

    public int getWeight() {
        return weight;
    }

    public boolean isArchived() {
        return archived;
    }

    public List<String> getLevels() {
        return JsonList.read(levels, new ArrayList<String>() { }.getClass().getGenericSuperclass());
    }
}
