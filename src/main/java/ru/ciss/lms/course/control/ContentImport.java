package ru.ciss.lms.course.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.ciss.lms.course.ContentModel;
import ru.ciss.lms.course.entity.CourseModule;
import ru.ciss.lms.course.entity.Lesson;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.course.entity.RubricCriterion;
import ru.ciss.lms.course.entity.SelfCheckQuestion;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Stores programmes that were read without a problem, inside the caller's transaction. Every row is found again
 * by its code: changed rows are updated in place, rows whose file is gone are archived, nothing is deleted, and
 * a programme whose files did not change is not touched at all.
 */
@Dependent
public class ContentImport {

    @PersistenceContext
    EntityManager em;

    private int created;
    private int updated;
    private int unchanged;
    private int lessonsCreated;
    private int lessonsUpdated;
    private int lessonsArchived;

    public ImportReport store(List<ContentModel.Programme> programmes) {
        created = updated = unchanged = lessonsCreated = lessonsUpdated = lessonsArchived = 0;
        Instant now = Instant.now(SchoolClock.current());
        for (ContentModel.Programme source : programmes) {
            store(source, now);
        }
        return new ImportReport(List.of(), created, updated, unchanged, lessonsCreated, lessonsUpdated, lessonsArchived);
    }

    private void store(ContentModel.Programme source, Instant now) {
        String hash = sha256(source.toString());
        Programme programme = em.createNamedQuery(Programme.BY_CODE, Programme.class)
                .setParameter("code", source.id()).getResultStream().findFirst().orElse(null);
        if (programme != null && hash.equals(programme.getContentHash())) {
            unchanged++;
            return;
        }
        if (programme == null) {
            programme = new Programme(source.id());
            programme.apply(source, hash, now);
            em.persist(programme);
            created++;
        } else {
            programme.apply(source, hash, now);
            updated++;
        }
        storeCriteria(programme, source);
        Map<String, Lesson> lessons = storeModulesAndLessons(programme, source, now);
        storeQuestions(programme, source, lessons);
    }

    private void storeCriteria(Programme programme, ContentModel.Programme source) {
        Map<String, RubricCriterion> existing = byCode(programme, RubricCriterion.class, RubricCriterion::getCode);
        int position = 0;
        for (ContentModel.Criterion criterion : source.rubric().criteria()) {
            RubricCriterion row = existing.remove(criterion.id());
            if (row == null) {
                row = new RubricCriterion(programme, criterion.id());
                em.persist(row);
            }
            row.apply(criterion, ++position);
        }
        existing.values().forEach(RubricCriterion::archive);
    }

    private Map<String, Lesson> storeModulesAndLessons(Programme programme, ContentModel.Programme source, Instant now) {
        Map<String, CourseModule> modules = byCode(programme, CourseModule.class, CourseModule::getCode);
        Map<String, Lesson> lessons = byCode(programme, Lesson.class, Lesson::getCode);
        Map<String, Lesson> current = new HashMap<>();
        for (ContentModel.Module moduleSource : source.modules()) {
            CourseModule module = modules.remove(moduleSource.id());
            if (module == null) {
                module = new CourseModule(programme, moduleSource.id());
                module.apply(moduleSource);
                em.persist(module);
            } else {
                module.apply(moduleSource);
            }
            for (ContentModel.Lesson lessonSource : moduleSource.lessons()) {
                Lesson lesson = lessons.remove(lessonSource.id());
                if (lesson == null) {
                    lesson = new Lesson(programme, lessonSource.id());
                    lesson.apply(module, lessonSource, now);
                    em.persist(lesson);
                    lessonsCreated++;
                } else if (lesson.apply(module, lessonSource, now)) {
                    lessonsUpdated++;
                }
                current.put(lessonSource.id(), lesson);
            }
        }
        modules.values().forEach(CourseModule::archive);
        for (Lesson gone : lessons.values()) {
            if (!gone.isArchived()) {
                gone.archive();
                lessonsArchived++;
            }
        }
        return current;
    }

    private void storeQuestions(Programme programme, ContentModel.Programme source, Map<String, Lesson> lessons) {
        Map<String, SelfCheckQuestion> existing = byCode(programme, SelfCheckQuestion.class, SelfCheckQuestion::getCode);
        for (ContentModel.Module module : source.modules()) {
            int position = 0;
            for (ContentModel.Question question : module.questions()) {
                SelfCheckQuestion row = existing.remove(question.id());
                if (row == null) {
                    row = new SelfCheckQuestion(programme, question.id());
                    row.apply(lessons.get(question.lessonId()), question, ++position);
                    em.persist(row);
                } else {
                    row.apply(lessons.get(question.lessonId()), question, ++position);
                }
            }
        }
        existing.values().forEach(SelfCheckQuestion::archive);
    }

    /** All rows of one kind of a programme, archived ones included, by their code. */
    private <T> Map<String, T> byCode(Programme programme, Class<T> type, Function<T, String> code) {
        List<T> rows = em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.programme = :programme", type)
                .setParameter("programme", programme).getResultList();
        Map<String, T> map = new HashMap<>();
        rows.forEach(r -> map.put(code.apply(r), r));
        return map;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
