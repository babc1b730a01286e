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
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.course.ContentModel;
import ru.ciss.lms.platform.database.JsonList;

/** A single-choice self-check question about a lesson; trainees' answers will point at it, so it is archived, not deleted. */
@Entity
@Table(name = "self_check_question")
@NamedQuery(name = SelfCheckQuestion.OF_LESSON, query = "SELECT q FROM SelfCheckQuestion q "
        + "WHERE q.lesson = :lesson AND q.archived = FALSE ORDER BY q.position")
public class SelfCheckQuestion implements Serializable {

    public static final String OF_LESSON = "SelfCheckQuestion.ofLesson";

    /** An answer option as stored in the JSON column. */
    public static class Option implements Serializable {
        public String text;
        public boolean correct;

        public String getText() {
            return text;
        }

        public boolean isCorrect() {
            return correct;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @Column(updatable = false)
    private String code;
    private int position;
    private String text;
    private String explanation;
    private String options;
    private boolean archived;

    protected SelfCheckQuestion() {
    }

    public SelfCheckQuestion(Programme programme, String code) {
        this.programme = programme;
        this.code = code;
    }

    public void apply(Lesson lesson, ContentModel.Question source, int position) {
        this.lesson = lesson;
        this.position = position;
        text = source.text();
        explanation = source.explanation();
        List<Option> list = new ArrayList<>();
        for (ContentModel.Option o : source.options()) {
            Option option = new Option();
            option.text = o.text();
            option.correct = o.correct();
            list.add(option);
        }
        options = JsonList.write(list);
        archived = false;
    }

    public void archive() {
        archived = true;
    }

    public Long getId() {
        return id;
    }

    public Lesson getLesson() {
        return lesson;
    }

    /** Whether the answer is this question's correct option, word for word. */
    public boolean isCorrectAnswer(String answer) {
        return getOptions().stream().anyMatch(o -> o.correct && o.text.equals(answer));
    }

    public boolean hasOption(String answer) {
        return getOptions().stream().anyMatch(o -> o.text.equals(answer));
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public String getExplanation() {
        return explanation;
    }

    public boolean isArchived() {
        return archived;
    }

    public List<Option> getOptions() {
        return JsonList.read(options, new ArrayList<Option>() { }.getClass().getGenericSuperclass());
    }
}
