package ru.ciss.lms.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.attendance.entity.AttendanceMark;
import ru.ciss.lms.attendance.entity.AttendanceStatus;
import ru.ciss.lms.attendance.entity.MarkSource;
import ru.ciss.lms.attendance.entity.SessionDay;
import ru.ciss.lms.attendance.entity.SessionFormat;
import ru.ciss.lms.attendance.entity.TrainingSession;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.course.entity.CohortMember;
import ru.ciss.lms.course.entity.CohortStatus;
import ru.ciss.lms.course.entity.Lesson;
import ru.ciss.lms.course.entity.LessonProgress;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.people.entity.Consent;
import ru.ciss.lms.people.entity.ConsentKind;
import ru.ciss.lms.people.entity.OrganisationKind;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.people.entity.Role;

/**
 * The 2019 cohort of the seed report: trainees from twelve rural districts, two more mentors, and some lessons
 * studied. Created once, on the embedded database only; the demo trainee and mentor accounts take part.
 */
@Singleton
@Startup
@DependsOn({"AccountBootstrap", "ContentImports"})
public class DemoCohort {

    static final String NAME = "Школа руководителей ресурсных центров — 2019";
    /** Enrolled a week before the cohort began, as the school does: expected on every session day. */
    private static final java.time.Instant ENROLLED = LocalDate.of(2019, 2, 25).atStartOfDay(java.time.ZoneId.of("Asia/Omsk")).toInstant();

    private static final Logger LOG = Logger.getLogger(DemoCohort.class.getName());

    /** Surname, given name, patronymic, district code, host organisation, its kind. */
    private static final List<String[]> TRAINEES = List.of(
            new String[] {"Ершова", "Татьяна", "Николаевна", "cherlaksky", "Комитет по делам молодёжи администрации Черлакского района", "LOCAL_ADMINISTRATION"},
            new String[] {"Пахомов", "Сергей", "Иванович", "moskalensky", "МБУ «Центр культуры и досуга Москаленского района»", "BUDGET_INSTITUTION"},
            new String[] {"Гайдук", "Ольга", "Викторовна", "poltavsky", "АНО «Полтавский центр развития культуры»", "NGO"},
            new String[] {"Шмидт", "Елена", "Александровна", "isilkulsky", "МБУ «Дом детского творчества» Исилькульского района", "BUDGET_INSTITUTION"},
            new String[] {"Кайгородова", "Наталья", "Петровна", "okoneshnikovsky", "МБУ «Молодёжный центр» Оконешниковского района", "BUDGET_INSTITUTION"},
            new String[] {"Лёвкин", "Андрей", "Сергеевич", "tyukalinsky", "Местная общественная организация «Тюкалинск — наш дом»", "NGO"},
            new String[] {"Мельникова", "Светлана", "Юрьевна", "bolsheukovsky", "Администрация Большеуковского района", "LOCAL_ADMINISTRATION"},
            new String[] {"Ковальчук", "Ирина", "Владимировна", "pavlogradsky", "МБУ «Центр по работе с детьми и молодёжью» Павлоградского района", "BUDGET_INSTITUTION"},
            new String[] {"Бондаренко", "Алексей", "Михайлович", "tavrichesky", "ИП Бондаренко А. М. (социальное предприятие)", "SOCIAL_ENTERPRISE"},
            new String[] {"Зуева", "Марина", "Геннадьевна", "kalachinsky", "АНО «Калачинский ресурсный центр»", "NGO"},
            new String[] {"Фёдорова", "Людмила", "Ивановна", "tarsky", "МБУ «Тарский районный Дом культуры»", "BUDGET_INSTITUTION"},
            new String[] {"Никитина", "Анна", "Сергеевна", "nazyvaevsky", "Совет ветеранов Называевского района", "NGO"});

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoRecords records;

    @Inject
    @ConfigProperty(name = "lms.demo.accounts", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void create() {
        if (!demo) {
            return;
        }
        Programme programme = records.programmeForNew(NAME);
        if (programme == null) {
            return; // content/ was not imported; nothing to enrol into
        }
        Cohort cohort = new Cohort(programme, NAME, LocalDate.of(2019, 3, 4), LocalDate.of(2019, 5, 31), CohortStatus.ACTIVE);
        em.persist(cohort);
        List<Lesson> lessons = em.createQuery("SELECT l FROM Lesson l JOIN l.module m WHERE l.programme = :p "
                + "AND l.archived = FALSE ORDER BY m.position, l.position", Lesson.class).setParameter("p", programme).getResultList();
        int studied = lessons.size();
        List<Long> trainees = new java.util.ArrayList<>();
        for (String[] t : TRAINEES) {
            Person trainee = records.person(t[0], t[1], t[2], t[3], t[4], OrganisationKind.valueOf(t[5]), Role.TRAINEE);
            em.persist(new CohortMember(cohort, trainee.getId(), Role.TRAINEE, ENROLLED));
            trainees.add(trainee.getId());
            studied = Math.max(0, studied - 2); // everyone a little further behind the one before
            lessons.stream().limit(studied).forEach(l -> em.persist(new LessonProgress(trainee.getId(), l.getId())));
            if (studied > 0) { // those who have not started have not activated their accounts either
                em.persist(new Consent(trainee.getId(), ConsentKind.PERSONAL_DATA));
            }
        }
        enrolDemoAccount("trainee@example.org", cohort, Role.TRAINEE);
        enrolDemoAccount("mentor@example.org", cohort, Role.MENTOR);
        for (String[] m : List.of(new String[] {"Архипова", "Вера", "Степановна"}, new String[] {"Гордеев", "Павел", "Олегович"})) {
            Person mentor = records.person(m[0], m[1], m[2], "omsk", "Омский областной центр поддержки НКО", OrganisationKind.NGO, Role.MENTOR);
            em.persist(new CohortMember(cohort, mentor.getId(), Role.MENTOR, ENROLLED));
        }
        marchSessions(cohort, trainees);
        finalWork(cohort, trainees);
        LOG.info(() -> "Demo cohort created: " + NAME);
    }

    /**
     * "Три мартовские сессии": the first two held and marked (a few absences, one excused), the third scheduled
     * with its first day not yet marked, so the register and the trainees' records show something real.
     */
    private void marchSessions(Cohort cohort, List<Long> trainees) {
        String[][] sessions = {{"Первая сессия: социальное проектирование", "4"}, {"Вторая сессия: гранты и субсидии", "18"},
                {"Третья сессия: защита планов ресурсных центров", "25"}};
        long admin = em.createNamedQuery(Person.BY_EMAIL, Person.class).setParameter("email", "admin@example.org")
                .getResultStream().findFirst().map(Person::getId).orElse(0L); // who marked, for the audit trail
        for (int s = 0; s < sessions.length; s++) {
            TrainingSession session = new TrainingSession(cohort.getId());
            session.setTitle(sessions[s][0]);
            session.setFormat(s == 1 ? SessionFormat.MIXED : SessionFormat.IN_PERSON);
            session.setPlace("Омск, ул. Красный Путь, 5, конференц-зал");
            em.persist(session);
            for (int d = 0; d < 2; d++) {
                SessionDay day = new SessionDay(session, LocalDate.of(2019, 3, Integer.parseInt(sessions[s][1]) + d),
                        java.time.LocalTime.of(10, 0), java.time.LocalTime.of(17, 0), "Лекции, практикум, разбор проектов");
                em.persist(day);
                if (s == 2 && d == 1) {
                    continue; // the last day is still to be marked
                }
                em.flush();
                for (int t = 0; t < trainees.size(); t++) {
                    AttendanceStatus status = (t + s + d) % 9 == 8 ? AttendanceStatus.ABSENT
                            : (t + d) % 11 == 10 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
                    AttendanceMark mark = new AttendanceMark(day.getId(), trainees.get(t));
                    em.persist(mark);
                    em.persist(mark.set(status, status == AttendanceStatus.EXCUSED ? "болезнь" : null,
                            day.start(), admin, MarkSource.GRID));
                }
            }
        }
    }

    /**
     * The finished work of the first seven trainees: every assignment accepted and a released presentation score.
     * With their attendance, five meet all the certificate rules; the sixth scored below the pass mark and the
     * seventh missed too many days, so the eligibility screen shows both reasons.
     */
    private void finalWork(Cohort cohort, List<Long> trainees) {
        double[] scores = {92, 84, 78, 71, 66, 48, 88};
        java.sql.Timestamp done = java.sql.Timestamp.valueOf("2019-03-26 17:00:00");
        for (int t = 0; t < scores.length; t++) {
            records.finishedWork(cohort, trainees.get(t), scores[t], done);
        }
        records.released(cohort, done);
    }

    private void enrolDemoAccount(String email, Cohort cohort, Role role) {
        em.createNamedQuery(Person.BY_EMAIL, Person.class).setParameter("email", email).getResultStream().findFirst()
                .ifPresent(p -> em.persist(new CohortMember(cohort, p.getId(), role, ENROLLED)));
    }
}
