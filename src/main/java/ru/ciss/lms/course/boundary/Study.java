package ru.ciss.lms.course.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.platform.database.NativeRows;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.course.entity.CourseModule;
import ru.ciss.lms.course.entity.Lesson;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.course.entity.SelfCheckAttempt;
import ru.ciss.lms.course.entity.SelfCheckQuestion;
import ru.ciss.lms.people.boundary.Consents;
import ru.ciss.lms.platform.security.Role;

/**
 * What a trainee studies: their cohorts with progress, and lessons of their cohorts' programmes only. A lesson of
 * another programme answers "not found", so nobody learns what exists beyond their own cohorts. A graduate keeps
 * reading the lessons of a finished cohort (they are what a resource centre's leader comes back to), but marks no
 * more lessons studied in it: its progress is what the school reported. Nothing here works before the trainee has
 * consented to the processing of their personal data (152-FZ): every entry point checks.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.TRAINEE_NAME)
public class Study {

    private static final String FINISHED = ru.ciss.lms.course.CohortStatus.FINISHED.name();

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Consents consents;

    /** The lesson page's data, with its neighbours in study order. */
    public record StudyLesson(Lesson lesson, List<SelfCheckQuestion> questions, boolean studied, Long previousId,
                              Long nextId, Map<Long, SelfCheckAttempt> lastAnswers,
                              List<CohortViews.CohortChoice> cohorts, long personId) implements java.io.Serializable {

        /** The question's options in the order of this trainee's current attempt (see OptionOrder). */
        public List<SelfCheckQuestion.Option> options(SelfCheckQuestion question) {
            SelfCheckAttempt last = lastAnswers.get(question.getId());
            return ru.ciss.lms.course.control.OptionOrder.forAttempt(question.getOptions(), personId, question.getId(),
                    last == null || last.getId() == null ? 0 : last.getId());
        }
    }

    /** The trainee's cohorts with module progress and the next lesson; four queries however large the programmes. */
    public List<CohortViews.MyCohort> myCohorts() {
        consents.requirePersonalDataConsent();
        long me = caller.id();
        // Native SQL like the queries below (see NativeRows): the trainee's home runs this on every visit, and
        // materialising Cohort and Programme entities cost more than the columns the home shows.
        List<Object[]> cohorts = NativeRows.rows(em.createNativeQuery("SELECT c.id, c.name, g.id, g.title, c.starts_on, "
                        + "c.ends_on, c.status FROM cohort c JOIN programme g ON g.id = c.programme_id WHERE EXISTS "
                        + "(SELECT 1 FROM cohort_member m WHERE m.cohort_id = c.id AND m.person_id = ? AND m.role = ?) "
                        + "AND c.status <> ? ORDER BY c.starts_on DESC, c.id DESC")
                .setParameter(1, me).setParameter(2, Role.TRAINEE.name())
                .setParameter(3, ru.ciss.lms.course.CohortStatus.ARCHIVED.name()));
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> programmes = cohorts.stream().map(c -> NativeRows.asLong(c[2])).distinct().toList();
        String in = NativeRows.placeholders(programmes);
        jakarta.persistence.Query moduleQuery = em.createNativeQuery("SELECT m.programme_id, m.id, m.position, m.title, "
                + "(SELECT COUNT(*) FROM lesson l WHERE l.module_id = m.id AND l.archived = FALSE) "
                + "FROM course_module m WHERE m.programme_id IN (" + in + ") AND m.archived = FALSE ORDER BY m.position, m.id");
        NativeRows.bind(moduleQuery, 1, programmes);
        List<Object[]> modules = NativeRows.rows(moduleQuery);
        Map<Long, Long> studiedByModule = new HashMap<>();
        NativeRows.rows(em.createNativeQuery("SELECT l.module_id, COUNT(*) FROM lesson_progress p JOIN lesson l "
                        + "ON l.id = p.lesson_id WHERE p.person_id = ? AND l.archived = FALSE GROUP BY l.module_id")
                        .setParameter(1, me))
                .forEach(row -> studiedByModule.put(NativeRows.asLong(row[0]), NativeRows.asLong(row[1])));
        // Plain values, not entities: loading lessons would load each module's programme once more.
        Map<Long, Object[]> nextByProgramme = new LinkedHashMap<>();
        jakarta.persistence.Query nextQuery = em.createNativeQuery("SELECT m.programme_id, l.id, l.title FROM lesson l "
                + "JOIN course_module m ON m.id = l.module_id WHERE m.programme_id IN (" + in + ") AND l.archived = FALSE "
                + "AND NOT EXISTS (SELECT 1 FROM lesson_progress p WHERE p.lesson_id = l.id AND p.person_id = ?) "
                + "ORDER BY m.position, l.position, l.id");
        nextQuery.setParameter(NativeRows.bind(nextQuery, 1, programmes), me);
        NativeRows.rows(nextQuery).forEach(row -> nextByProgramme.putIfAbsent(NativeRows.asLong(row[0]), row));
        List<CohortViews.MyCohort> result = new ArrayList<>();
        for (Object[] cohort : cohorts) {
            Long programmeId = NativeRows.asLong(cohort[2]);
            List<CohortViews.ModuleProgress> progress = new ArrayList<>();
            for (Object[] m : modules) {
                if (programmeId.equals(NativeRows.asLong(m[0]))) {
                    Long moduleId = NativeRows.asLong(m[1]);
                    progress.add(new CohortViews.ModuleProgress(moduleId, NativeRows.asInt(m[2]), (String) m[3],
                            NativeRows.asLong(m[4]), studiedByModule.getOrDefault(moduleId, 0L)));
                }
            }
            Object[] next = nextByProgramme.get(programmeId);
            result.add(new CohortViews.MyCohort(NativeRows.asLong(cohort[0]), (String) cohort[1], (String) cohort[3],
                    NativeRows.asDate(cohort[4]), NativeRows.asDate(cohort[5]), progress,
                    next == null ? null : NativeRows.asLong(next[1]), next == null ? null : (String) next[2],
                    FINISHED.equals(cohort[6])));
        }
        return result;
    }

    public StudyLesson lesson(long lessonId) {
        Owned<Lesson> owned = ownLesson(lessonId);
        Lesson lesson = owned.item();
        long me = caller.id();
        // Native SQL for the columns, here and on the module page: both pages are read lesson after lesson, and
        // EclipseLink would generate a column query's SQL anew each time (see NativeRows).
        boolean studied = !em.createNativeQuery("SELECT 1 FROM lesson_progress WHERE person_id = ? AND lesson_id = ? "
                + "LIMIT 1").setParameter(1, me).setParameter(2, lessonId).getResultList().isEmpty();
        List<Long> order = ((List<?>) em.createNativeQuery("SELECT l.id FROM lesson l JOIN course_module m "
                        + "ON m.id = l.module_id WHERE l.programme_id = ? AND l.archived = FALSE ORDER BY m.position, l.position")
                .setParameter(1, lesson.getModule().getProgramme().getId()).getResultList()).stream()
                .map(NativeRows::asLong).toList();
        int at = order.indexOf(lesson.getId());
        List<SelfCheckQuestion> questions = em.createNamedQuery(SelfCheckQuestion.OF_LESSON, SelfCheckQuestion.class)
                .setParameter("lesson", lesson).getResultList();
        Map<Long, SelfCheckAttempt> lastAnswers = new HashMap<>();
        if (!questions.isEmpty()) {
            em.createQuery("SELECT a FROM SelfCheckAttempt a WHERE a.personId = :me AND a.questionId IN :questions "
                            + "ORDER BY a.answeredAt, a.id", SelfCheckAttempt.class)
                    .setParameter("me", me).setParameter("questions", questions.stream().map(SelfCheckQuestion::getId).toList())
                    .getResultList().forEach(a -> lastAnswers.put(a.getQuestionId(), a)); // the latest wins
        }
        return new StudyLesson(lesson, questions, studied, at > 0 ? order.get(at - 1) : null,
                at >= 0 && at < order.size() - 1 ? order.get(at + 1) : null, lastAnswers, owned.cohorts(), me);
    }

    /** One line of a module page's list of lessons. */
    public record LessonLine(Long id, int position, String title, boolean studied) implements java.io.Serializable {
    }

    /**
     * The module page: the module of the caller's own cohort and its lessons with their marks, and the caller's
     * cohorts that study it, open or finished (for the page to be about one of them, issue #19).
     */
    public record StudyModule(CourseModule module, List<LessonLine> lessons, List<CohortViews.CohortChoice> cohorts) {
        public long studied() {
            return lessons.stream().filter(LessonLine::studied).count();
        }

        public int percent() {
            return lessons.isEmpty() ? 0 : (int) (studied() * 100 / lessons.size());
        }

        /** The first lesson not yet studied, or null when all are. */
        public LessonLine next() {
            return lessons.stream().filter(l -> !l.studied()).findFirst().orElse(null);
        }
    }

    /** A fixed number of statements whatever the size of the module: the module, its lessons, the caller's marks. */
    public StudyModule module(long moduleId) {
        Owned<CourseModule> owned = ownModule(moduleId);
        CourseModule module = owned.item();
        java.util.Set<Long> studied = ((List<?>) em.createNativeQuery("SELECT p.lesson_id FROM lesson_progress p "
                        + "JOIN lesson l ON l.id = p.lesson_id WHERE l.module_id = ? AND p.person_id = ?")
                .setParameter(1, module.getId()).setParameter(2, caller.id()).getResultList()).stream()
                .map(NativeRows::asLong).collect(java.util.stream.Collectors.toSet());
        List<LessonLine> lessons = NativeRows.rows(em.createNativeQuery("SELECT l.id, l.position, l.title FROM lesson l "
                        + "WHERE l.module_id = ? AND l.archived = FALSE ORDER BY l.position").setParameter(1, module.getId()))
                .stream().map(row -> new LessonLine(NativeRows.asLong(row[0]), NativeRows.asInt(row[1]), (String) row[2],
                        studied.contains(NativeRows.asLong(row[0])))).toList();
        return new StudyModule(module, lessons, owned.cohorts());
    }

    /**
     * A module of the caller's own cohort, with its current lessons in order and their self-check questions in the
     * order the lesson page shows them, for reading offline.
     */
    public record OfflineModule(CourseModule module, List<Lesson> lessons, List<SelfCheckQuestion> questions) {

        public List<SelfCheckQuestion> questionsOf(Lesson lesson) {
            return questions.stream().filter(q -> q.getLesson().getId().equals(lesson.getId())).toList();
        }
    }

    public OfflineModule offlineModule(long moduleId) {
        CourseModule module = myModule(moduleId);
        List<Lesson> lessons = em.createNamedQuery(Lesson.OF_MODULE, Lesson.class)
                .setParameter("module", module).getResultList();
        List<SelfCheckQuestion> questions = lessons.isEmpty() ? List.of() : em.createQuery("SELECT q FROM "
                        + "SelfCheckQuestion q WHERE q.lesson IN :lessons AND q.archived = FALSE ORDER BY q.position",
                SelfCheckQuestion.class).setParameter("lessons", lessons).getResultList();
        return new OfflineModule(module, lessons, questions);
    }

    /** Records an answer to a self-check question of one of the caller's lessons; tells whether it was right. */
    public boolean answer(long questionId, String answer) {
        SelfCheckQuestion question = em.find(SelfCheckQuestion.class, questionId);
        if (question == null || question.isArchived()) {
            throw new CourseNotFoundException();
        }
        mine(question.getLesson().getId());
        if (answer == null || !question.hasOption(answer)) {
            throw new CourseRuleException("study.selfCheck.choose");
        }
        boolean correct = question.isCorrectAnswer(answer);
        em.persist(new SelfCheckAttempt(caller.id(), questionId, answer, correct));
        return correct;
    }

    /**
     * What the module page shows this caller, in one statement, for its conditional GET (issue #25, see
     * ModulePageStamp): the module, its programme and lessons (row versions), the caller's marks in it, memberships
     * and their cohorts, consent, roles and person row. Row versions go up with every change through JPA, and the
     * lists of ids show rows added and removed. Null when there is no such module. It reveals nothing: it only goes
     * into a keyed hash, and a 304 carries no content.
     */
    public String moduleStamp(long moduleId) {
        // CONCAT_WS skips NULLs: each list is given a place of its own even when empty, so none can slide into
        // another's.
        List<?> rows = em.createNativeQuery("SELECT CONCAT_WS('|', m.version, m.archived, g.version, p.version, "
                        + "p.active, "
                        + "IFNULL((SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM person_role r "
                        + "WHERE r.person_id = p.id), '-'), "
                        + "IFNULL((SELECT GROUP_CONCAT(c.id, '.', c.withdrawn_at IS NULL ORDER BY c.id) FROM consent c "
                        + "WHERE c.person_id = p.id), '-'), "
                        + "IFNULL((SELECT GROUP_CONCAT(l.id, '.', l.version ORDER BY l.id) FROM lesson l "
                        + "WHERE l.module_id = m.id), '-'), "
                        + "IFNULL((SELECT GROUP_CONCAT(x.id ORDER BY x.id) FROM lesson_progress x "
                        + "JOIN lesson l ON l.id = x.lesson_id WHERE x.person_id = p.id AND l.module_id = m.id), '-'), "
                        + "IFNULL((SELECT GROUP_CONCAT(k.id, '.', k.version, '.', c.id, '.', c.version ORDER BY k.id) "
                        + "FROM cohort_member k JOIN cohort c ON c.id = k.cohort_id WHERE k.person_id = p.id), '-')) "
                        + "FROM course_module m JOIN programme g ON g.id = m.programme_id JOIN person p ON p.id = ?2 "
                        + "WHERE m.id = ?1")
                .setParameter(1, moduleId).setParameter(2, caller.id()).getResultList();
        return rows.isEmpty() ? null : String.valueOf(rows.getFirst());
    }

    /**
     * Marks the lesson studied; again is harmless (a double click records it once). Refused when every cohort of the
     * caller that studies it has finished.
     */
    public void markStudied(long lessonId) {
        if (ownLesson(lessonId).cohorts().stream().allMatch(CohortViews.CohortChoice::finished)) {
            throw new CourseRuleException("study.finished.noMarks");
        }
        // One atomic statement: two quick clicks (two requests at once) still record the lesson once, without an error.
        em.createNativeQuery("INSERT IGNORE INTO lesson_progress (person_id, lesson_id, studied_at) VALUES (?, ?, NOW(3))")
                .setParameter(1, caller.id()).setParameter(2, lessonId).executeUpdate();
    }

    /** The caller's cohorts of the programme that are not archived: the open ones and the finished ones. */
    private List<CohortViews.CohortChoice> studyCohorts(Programme programme) {
        // Native SQL: every lesson and module page asks it (see NativeRows).
        return NativeRows.rows(em.createNativeQuery("SELECT c.id, c.name, p.title, c.status FROM cohort_member m "
                        + "JOIN cohort c ON c.id = m.cohort_id JOIN programme p ON p.id = c.programme_id "
                        + "WHERE m.person_id = ? AND m.role = ? AND p.id = ? AND c.status <> 'ARCHIVED' "
                        + "ORDER BY c.starts_on DESC, c.id DESC")
                        .setParameter(1, caller.id()).setParameter(2, Role.TRAINEE.name()).setParameter(3, programme.getId()))
                .stream().map(r -> new CohortViews.CohortChoice(NativeRows.asLong(r[0]), (String) r[1], (String) r[2],
                        FINISHED.equals(r[3])))
                .toList();
    }

    /** A module or lesson the caller may read, with the caller's cohorts that study it (never none). */
    private record Owned<T>(T item, List<CohortViews.CohortChoice> cohorts) {
    }

    /** The module, if it belongs to a programme of one of the caller's cohorts not archived; otherwise "not found". */
    private CourseModule myModule(long moduleId) {
        return ownModule(moduleId).item();
    }

    private Owned<CourseModule> ownModule(long moduleId) {
        consents.requirePersonalDataConsent();
        CourseModule module = em.find(CourseModule.class, moduleId);
        if (module == null || module.isArchived()) {
            throw new CourseNotFoundException();
        }
        return new Owned<>(module, studyCohortsOrNotFound(module.getProgramme()));
    }

    /** The lesson, if it belongs to a programme of one of the caller's cohorts not archived; otherwise "not found". */
    private Lesson mine(long lessonId) {
        return ownLesson(lessonId).item();
    }

    private Owned<Lesson> ownLesson(long lessonId) {
        consents.requirePersonalDataConsent();
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || lesson.isArchived()) {
            throw new CourseNotFoundException();
        }
        return new Owned<>(lesson, studyCohortsOrNotFound(lesson.getModule().getProgramme()));
    }

    private List<CohortViews.CohortChoice> studyCohortsOrNotFound(Programme programme) {
        List<CohortViews.CohortChoice> cohorts = studyCohorts(programme);
        if (cohorts.isEmpty()) {
            throw new CourseNotFoundException();
        }
        return cohorts;
    }

}
