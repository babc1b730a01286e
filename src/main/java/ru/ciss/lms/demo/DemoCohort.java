package ru.ciss.lms.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.attendance.AttendanceStatus;
import ru.ciss.lms.attendance.MarkSource;
import ru.ciss.lms.attendance.SessionFormat;
import ru.ciss.lms.attendance.boundary.AttendanceRecords;
import ru.ciss.lms.certificates.boundary.CertificateRecords;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.course.boundary.CourseFacts.ProgrammeFacts;
import ru.ciss.lms.course.boundary.CourseRecords;
import ru.ciss.lms.people.ConsentKind;
import ru.ciss.lms.people.OrganisationKind;
import ru.ciss.lms.people.boundary.PeopleRecords;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * The 2019 cohort of the seed report: trainees from twelve rural districts, two more mentors, some lessons studied,
 * three March sessions, final presentations, and, as the report of 2 April 2019 says ("Накануне выпускникам вручены
 * сертификаты установленного образца"), certificates issued on 1 April 2019; the cohort is finished. The report names
 * the school «Школа руководителей ресурсных центров»: the cohort keeps that name, while the programme keeps the
 * title domain.md and content/ give it, «Школа лидеров ресурсных центров». Each trainee's employer is where the report
 * places the district's resource centre. Created once, on the embedded database only. The demo trainee and mentor
 * accounts study in a current cohort instead ({@link #CURRENT}): the 2019 one is history, finished and read-only.
 */
@Singleton
@Startup
@DependsOn({"AccountBootstrap", "ContentImports"})
public class DemoCohort {

    static final String NAME = "Школа руководителей ресурсных центров — 2019";
    static final String CURRENT = "Школа лидеров ресурсных центров — демонстрационный поток";
    /** Enrolled a week before the cohort began, as the school does: expected on every session day. */
    private static final java.time.Instant ENROLLED = LocalDate.of(2019, 2, 25).atStartOfDay(SchoolClock.ZONE).toInstant();
    static final LocalDate STARTS = LocalDate.of(2019, 3, 4);
    /** The last day of the third session: the defence of the plans. */
    static final LocalDate ENDS = LocalDate.of(2019, 3, 26);
    /** The day before the report of 2 April 2019. */
    static final LocalDate ISSUED = LocalDate.of(2019, 4, 1);

    private static final Logger LOG = Logger.getLogger(DemoCohort.class.getName());

    /** Surname, given name, patronymic, district code, host organisation, its kind. */
    private static final List<String[]> TRAINEES = List.of(
            new String[] {"Ершова", "Татьяна", "Николаевна", "cherlaksky", "Комитет экономического развития администрации Черлакского района", "LOCAL_ADMINISTRATION"},
            new String[] {"Пахомов", "Сергей", "Иванович", "moskalensky", "Администрация Москаленского района", "LOCAL_ADMINISTRATION"},
            new String[] {"Гайдук", "Ольга", "Викторовна", "poltavsky", "Администрация Полтавского района (освобождённый руководитель ресурсного центра)", "LOCAL_ADMINISTRATION"},
            new String[] {"Шмидт", "Елена", "Александровна", "isilkulsky", "МБУ «Дом детского творчества» Исилькульского района", "BUDGET_INSTITUTION"},
            new String[] {"Кайгородова", "Наталья", "Петровна", "okoneshnikovsky", "Оконешниковская районная общественная организация поддержки культуры «Истоки»", "NGO"},
            new String[] {"Лёвкин", "Андрей", "Сергеевич", "tyukalinsky", "Тюкалинская районная общественная организация «Наследие» (поддержка культуры и ремёсел)", "NGO"},
            new String[] {"Мельникова", "Светлана", "Юрьевна", "bolsheukovsky", "МБУ «Центр по работе с детьми и молодёжью» Большеуковского района", "BUDGET_INSTITUTION"},
            new String[] {"Ковальчук", "Ирина", "Владимировна", "pavlogradsky", "МБУ «Центр по работе с детьми и молодёжью» Павлоградского района", "BUDGET_INSTITUTION"},
            new String[] {"Бондаренко", "Алексей", "Михайлович", "tavrichesky", "МБУ «Молодёжный центр» Таврического района", "BUDGET_INSTITUTION"},
            new String[] {"Зуева", "Марина", "Геннадьевна", "kalachinsky", "АНО «Калачинский ресурсный центр»", "NGO"},
            new String[] {"Фёдорова", "Людмила", "Ивановна", "tarsky", "МБУ «Тарский районный Дом культуры»", "BUDGET_INSTITUTION"},
            new String[] {"Никитина", "Анна", "Сергеевна", "nazyvaevsky", "Совет ветеранов Называевского района", "NGO"});

    @Inject
    DemoRecords records;

    @Inject
    CourseRecords course;

    @Inject
    PeopleRecords people;

    @Inject
    AttendanceRecords attendance;

    @Inject
    CertificateRecords certificates;

    @Inject
    @ConfigProperty(name = "lms.demo.accounts", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void create() {
        if (!demo) {
            return;
        }
        ProgrammeFacts programme = records.programmeForNew(NAME);
        if (programme == null) {
            return; // content/ was not imported; nothing to enrol into
        }
        long cohort = course.createCohort(programme.id(), NAME, STARTS, ENDS, CohortStatus.FINISHED);
        List<Long> lessons = course.lessonIds(programme.id());
        int studied = lessons.size();
        List<Long> trainees = new java.util.ArrayList<>();
        for (String[] t : TRAINEES) {
            long trainee = records.person(t[0], t[1], t[2], t[3], t[4], OrganisationKind.valueOf(t[5]), Role.TRAINEE);
            course.addMember(cohort, trainee, Role.TRAINEE, ENROLLED);
            trainees.add(trainee);
            studied = Math.max(0, studied - 2); // everyone a little further behind the one before
            course.studied(trainee, lessons.subList(0, studied));
            if (studied > 0) { // those who have not started have not activated their accounts either
                people.consent(trainee, ConsentKind.PERSONAL_DATA);
            }
        }
        currentCohort(programme);
        for (String[] m : List.of(new String[] {"Архипова", "Вера", "Степановна"}, new String[] {"Гордеев", "Павел", "Олегович"})) {
            long mentor = records.person(m[0], m[1], m[2], "omsk", "Омский областной центр поддержки НКО", OrganisationKind.NGO, Role.MENTOR);
            course.addMember(cohort, mentor, Role.MENTOR, ENROLLED);
        }
        records.flush();
        marchSessions(cohort, trainees);
        finalWork(cohort, programme, trainees);
        records.flush();
        certificates(cohort, programme, trainees);
        LOG.info(() -> "Demo cohort created: " + NAME);
    }

    /** "Три мартовские сессии", all held and marked: six trainees missed one day each, one was excused once. */
    private void marchSessions(long cohort, List<Long> trainees) {
        String[][] sessions = {{"Первая сессия: социальное проектирование", "4"}, {"Вторая сессия: гранты и субсидии", "18"},
                {"Третья сессия: защита планов ресурсных центров", "25"}};
        Long administrator = records.administrator();
        long admin = administrator == null ? 0L : administrator; // who marked, for the audit trail
        for (int s = 0; s < sessions.length; s++) {
            long session = attendance.session(cohort, sessions[s][0], s == 1 ? SessionFormat.MIXED
                    : SessionFormat.IN_PERSON, "Омск, ул. Красный Путь, 5, конференц-зал");
            for (int d = 0; d < 2; d++) {
                AttendanceRecords.Day day = attendance.day(session, LocalDate.of(2019, 3,
                        Integer.parseInt(sessions[s][1]) + d), java.time.LocalTime.of(10, 0),
                        java.time.LocalTime.of(17, 0), "Лекции, практикум, разбор проектов");
                for (int t = 0; t < trainees.size(); t++) {
                    // 2 s + d numbers the six days 0..5, so each of trainees 6..11 misses exactly one: 5 of 6 days
                    // attended meets the programme's 80 %, and every trainee can graduate, as the report says.
                    AttendanceStatus status = (t + 2 * s + d) % 12 == 11 ? AttendanceStatus.ABSENT
                            : t == 3 && s == 1 && d == 0 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
                    attendance.mark(day.id(), trainees.get(t), status,
                            status == AttendanceStatus.EXCUSED ? "болезнь" : null, day.start(), admin, MarkSource.GRID);
                }
            }
        }
    }

    /**
     * The finished work of the twelve trainees: every assignment accepted and a released presentation score above
     * the pass mark, as all twelve districts graduated.
     */
    private void finalWork(long cohort, ProgrammeFacts programme, List<Long> trainees) {
        double[] scores = {92, 84, 78, 71, 66, 74, 88, 81, 69, 90, 77, 83};
        java.sql.Timestamp done = java.sql.Timestamp.valueOf("2019-03-26 17:00:00");
        for (int t = 0; t < scores.length; t++) {
            records.finishedWork(cohort, programme.id(), trainees.get(t), scores[t], done);
        }
        records.released(cohort, done);
    }

    /** The certificates of 1 April 2019, numbered from that year's counter, as the administrator entered them. */
    private void certificates(long cohort, ProgrammeFacts programme, List<Long> graduates) {
        Long admin = records.administrator();
        if (admin == null) {
            return; // nobody to have issued them
        }
        certificates.enterIssued(cohort, programme.certificateSeries(), ISSUED, admin, graduates);
    }

    /** A cohort running now, for the demo accounts to try everything a trainee and a mentor do. */
    private void currentCohort(ProgrammeFacts programme) {
        LocalDate today = LocalDate.now(SchoolClock.current());
        long current = course.createCohort(programme.id(), CURRENT, today.minusDays(14), today.plusDays(75),
                CohortStatus.ACTIVE);
        java.time.Instant enrolled = today.minusDays(21).atStartOfDay(SchoolClock.ZONE).toInstant();
        enrolDemoAccount("trainee@example.org", current, Role.TRAINEE, enrolled);
        enrolDemoAccount("mentor@example.org", current, Role.MENTOR, enrolled);
        currentSessions(current, today);
    }

    /**
     * The current cohort's sessions, so that the demo accounts can try attendance: the first session held a week ago
     * (the demo trainee marked present, late on its second day), the second in three weeks, in the schedule and the
     * calendar feed. Without them the trainee's attendance page and the mentor's marking had nothing to show.
     */
    private void currentSessions(long cohort, LocalDate today) {
        String place = "Омск, ул. Красный Путь, 5, конференц-зал";
        long first = attendance.session(cohort, "Первая сессия: социальное проектирование", SessionFormat.IN_PERSON, place);
        Long administrator = records.administrator();
        java.util.Optional<Long> trainee = people.idByEmail("trainee@example.org");
        for (int d = 0; d < 2; d++) {
            AttendanceRecords.Day day = attendance.day(first, today.minusDays(7 - d), java.time.LocalTime.of(10, 0),
                    java.time.LocalTime.of(17, 0), "Лекции, практикум, разбор проектов");
            AttendanceStatus status = d == 0 ? AttendanceStatus.PRESENT : AttendanceStatus.LATE;
            trainee.ifPresent(t -> attendance.mark(day.id(), t, status, null, day.start(),
                    administrator == null ? 0L : administrator, MarkSource.GRID));
        }
        long second = attendance.session(cohort, "Вторая сессия: гранты и субсидии", SessionFormat.MIXED, place);
        for (int d = 0; d < 2; d++) {
            attendance.day(second, today.plusDays(21 + d), java.time.LocalTime.of(10, 0), java.time.LocalTime.of(17, 0),
                    "Гранты и субсидии: разбор заявок слушателей");
        }
    }

    private void enrolDemoAccount(String email, long cohort, Role role, java.time.Instant enrolled) {
        people.idByEmail(email).ifPresent(p -> course.addMember(cohort, p, role, enrolled));
    }
}
