package ru.ciss.lms.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ciss.lms.platform.time.SchoolClock;

/** A trainee marked a lesson as studied. Kept when the lesson's text changes, since the row is the same. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Column(name = "lesson_id", updatable = false)
    private long lessonId;

    @Column(name = "studied_at", updatable = false)
    private Instant studiedAt;

    protected LessonProgress() {
    }

    public LessonProgress(long personId, long lessonId) {
        this.personId = personId;
        this.lessonId = lessonId;
        this.studiedAt = Instant.now(SchoolClock.current());
    }
}
