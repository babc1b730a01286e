package ru.ciss.lms.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ciss.lms.platform.time.SchoolClock;

/** One answer to a self-check question; the latest one is what the lesson page shows back. */
@Entity
@Table(name = "self_check_attempt")
public class SelfCheckAttempt implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Column(name = "question_id", updatable = false)
    private long questionId;

    @Column(updatable = false)
    private String answer;

    @Column(updatable = false)
    private boolean correct;

    @Column(name = "answered_at", updatable = false)
    private Instant answeredAt;

    protected SelfCheckAttempt() {
    }

    public SelfCheckAttempt(long personId, long questionId, String answer, boolean correct) {
        this.personId = personId;
        this.questionId = questionId;
        this.answer = answer;
        this.correct = correct;
        this.answeredAt = Instant.now(SchoolClock.current());
    }

    public Long getId() {
        return id;
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getAnswer() {
        return answer;
    }

    public boolean isCorrect() {
        return correct;
    }
}
