package ru.ciss.lms.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * A finished 2018 cohort with what its graduates achieved afterwards, dated within 2018. Its confirmed outcomes add
 * up to the seed report's 2018 figures: 15 NGOs and small businesses registered, 5 rural resource centres, 93 new
 * services ("more than 90") and 7 746 500 roubles of state support ("more than 7.7 million": grants of the
 * presidential fund, the governor and the district, and regional and municipal subsidies; the one sponsor's money
 * is only reported, and its source says it is not state money). A few more are only reported or questioned, so the
 * dashboard shows them apart. Created once, on the embedded database only.
 *
 * <p>The report credits 2018 to the participants of «Эффективное управление муниципальным образованием» and «Школа
 * социальных инноваций», without splitting the figures between them, and not to the resource-centre school, whose
 * first cohort is 2019. Only «Школа социальных инноваций» is a programme in content/, so the cohort is one of it; the
 * municipal-management programme's share cannot be told apart and is not invented.
 */
@Singleton
@Startup
@DependsOn({"AccountBootstrap", "ContentImports"})
public class DemoGraduates {

    static final String NAME = "Школа социальных инноваций — 2018";
    static final String PROGRAMME = "social-innovations";
    static final LocalDate STARTS = LocalDate.of(2018, 3, 5);
    static final LocalDate ENDS = LocalDate.of(2018, 6, 29);
    static final LocalDate ISSUED = LocalDate.of(2018, 7, 2);

    private static final Logger LOG = Logger.getLogger(DemoGraduates.class.getName());

    /** Surname, given name, patronymic, district, employer, its kind. The last two did not finish. */
    private static final List<String[]> TRAINEES = List.of(
            new String[] {"Васильева", "Галина", "Петровна", "azovsky", "АНО «Азовский центр местных инициатив»", "NGO"},
            new String[] {"Кравченко", "Юрий", "Николаевич", "gorkovsky", "Администрация Горьковского района", "LOCAL_ADMINISTRATION"},
            new String[] {"Семёнова", "Оксана", "Викторовна", "znamensky", "МБУ «Знаменский центр досуга»", "BUDGET_INSTITUTION"},
            new String[] {"Жуков", "Дмитрий", "Алексеевич", "kolosovsky", "Колосовская районная общественная организация ветеранов", "NGO"},
            new String[] {"Тихонова", "Елена", "Сергеевна", "kormilovsky", "МБУ «Кормиловский молодёжный центр»", "BUDGET_INSTITUTION"},
            new String[] {"Белоусова", "Надежда", "Андреевна", "krutinsky", "АНО «Крутинка — территория добра»", "NGO"},
            new String[] {"Осипов", "Виктор", "Павлович", "lyubinsky", "ИП Осипов В. П. (социальное предприятие)", "SOCIAL_ENTERPRISE"},
            new String[] {"Гончаренко", "Мария", "Ивановна", "maryanovsky", "Администрация Марьяновского района", "LOCAL_ADMINISTRATION"},
            new String[] {"Рябова", "Алёна", "Юрьевна", "muromtsevsky", "МБУ «Муромцевская районная библиотека»", "BUDGET_INSTITUTION"},
            new String[] {"Штейн", "Ирина", "Генриховна", "nizhneomsky", "АНО «Нижнеомский ресурсный центр»", "NGO"},
            new String[] {"Карпенко", "Олег", "Владимирович", "novovarshavsky", "МБУ «Нововаршавский дом культуры»", "BUDGET_INSTITUTION"},
            new String[] {"Литвинова", "Светлана", "Михайловна", "odessky", "Одесская районная организация «Женсовет»", "NGO"},
            new String[] {"Морозова", "Екатерина", "Олеговна", "omsky", "Администрация Омского района", "LOCAL_ADMINISTRATION"},
            new String[] {"Ефимов", "Артём", "Сергеевич", "sargatsky", "ИП Ефимов А. С. (социальное предприятие)", "SOCIAL_ENTERPRISE"},
            new String[] {"Полякова", "Вера", "Николаевна", "sedelnikovsky", "МБУ «Седельниковский центр культуры»", "BUDGET_INSTITUTION"},
            new String[] {"Кузьмина", "Лариса", "Фёдоровна", "sherbakulsky", "АНО «Шербакульский центр волонтёров»", "NGO"},
            new String[] {"Дьяченко", "Роман", "Игоревич", "tevrizsky", "МБУ «Тевризский центр молодёжи»", "BUDGET_INSTITUTION"},
            new String[] {"Абрамова", "Ольга", "Ивановна", "kalachinsky", "Калачинское общество инвалидов", "NGO"});

    static final int GRADUATES = 16;

    /** Resource centres: graduate, name, district, host, legal form, opened. */
    private static final String[][] CENTRES = {
            {"0", "Азовский ресурсный центр местных инициатив", "azovsky", "АНО «Азовский центр местных инициатив»", "AUTONOMOUS_NONPROFIT", "2018-09-14"},
            {"3", "Колосовский ресурсный центр общественных организаций", "kolosovsky", "МБУК «Колосовская районная библиотека»", "MUNICIPAL_INSTITUTION", "2018-10-01"},
            {"5", "Ресурсный центр «Крутинка — территория добра»", "krutinsky", "АНО «Крутинка — территория добра»", "AUTONOMOUS_NONPROFIT", "2018-11-20"},
            {"9", "Нижнеомский ресурсный центр", "nizhneomsky", "АНО «Нижнеомский ресурсный центр»", "AUTONOMOUS_NONPROFIT", "2018-08-27"},
            {"12", "Ресурсный центр Омского района", "omsky", "МБУ «Центр культуры Омского района»", "MUNICIPAL_INSTITUTION", "2018-12-14"}};

    /** NGOs and small businesses: graduate, name, legal form, registered. */
    private static final String[][] ORGANISATIONS = {
            {"0", "АНО «Азовские мастерицы»", "AUTONOMOUS_NONPROFIT", "2018-08-02"}, {"1", "АНО «Горьковский спорт для всех»", "AUTONOMOUS_NONPROFIT", "2018-09-10"},
            {"2", "ИП Семёнова О. В. (студия народных ремёсел)", "SOLE_TRADER", "2018-10-05"},
            {"3", "АНО «Колосовка — наш дом»", "AUTONOMOUS_NONPROFIT", "2018-07-30"}, {"4", "АНО «Кормиловские волонтёры»", "AUTONOMOUS_NONPROFIT", "2018-11-12"},
            {"5", "ООО «Крутинская ферма-школа»", "LLC", "2018-12-04"},
            {"6", "ООО «Любинский социальный транспорт»", "LLC", "2018-08-21"},
            {"7", "АНО «Марьяновка молодая»", "AUTONOMOUS_NONPROFIT", "2018-12-03"}, {"8", "АНО «Книжный дом Муромцево»", "AUTONOMOUS_NONPROFIT", "2018-09-25"},
            {"10", "ИП Карпенко О. В. (прокат инвентаря для инвалидов)", "SOLE_TRADER", "2018-11-28"},
            {"11", "АНО «Одесский центр семьи»", "AUTONOMOUS_NONPROFIT", "2018-10-17"}, {"13", "ООО «Саргатская пекарня „Добро“»", "LLC", "2018-12-20"},
            {"14", "Местная общественная организация «Седельниковские родники»", "PUBLIC_ORGANISATION", "2018-10-08"}, {"15", "АНО «Шербакульская серебряная волна»", "AUTONOMOUS_NONPROFIT", "2018-11-26"},
            {"15", "ИП Кузьмина Л. Ф. (социальная парикмахерская)", "SOLE_TRADER", "2018-12-11"}};

    /**
     * Funds: graduate, source, amount, received, from whom (the outcome's name). 7 746 500 roubles in all, every sum
     * state or municipal support and received in 2018.
     */
    private static final String[][] FUNDS = {
            {"0", "GRANT", "1500000", "2018-11-01", "Фонд президентских грантов: «Азовский ресурсный центр»"},
            {"9", "SUBSIDY", "1200000", "2018-12-10", "Субсидия Министерства труда и социального развития Омской области"},
            {"5", "GRANT", "980000", "2018-12-20", "Фонд президентских грантов: «Территория добра»"},
            {"12", "SUBSIDY", "750000", "2018-12-21", "Муниципальная субсидия Омского района"},
            {"3", "GRANT", "640000", "2018-09-14", "Грант Губернатора Омской области"},
            {"11", "GRANT", "520000", "2018-11-30", "Фонд президентских грантов: «Школа молодой семьи»"},
            {"6", "SUBSIDY", "480000", "2018-10-22", "Субсидия на поддержку социального предпринимательства"},
            {"15", "SUBSIDY", "450000", "2018-10-18", "Субсидия Министерства культуры Омской области"},
            {"8", "GRANT", "396500", "2018-10-25", "Грант Губернатора Омской области: «Книжный дом»"},
            {"1", "GRANT", "350000", "2018-12-17", "Грант администрации Горьковского района"},
            {"14", "SUBSIDY", "280000", "2018-11-29", "Муниципальная субсидия Седельниковского района"},
            {"4", "GRANT", "200000", "2018-09-28", "Грант администрации Кормиловского района: конкурс молодёжных проектов"}};

    /** Services launched, as name templates; 93 in all, spread over the graduates. */
    private static final String[] SERVICES = {"Консультации для инициативных групп", "Школа социального проектирования",
            "Юридическая помощь НКО", "Бухгалтерское сопровождение НКО", "Клуб волонтёров", "Прокат технических средств реабилитации",
            "Социальное такси", "Курсы компьютерной грамотности для пожилых", "Семейный клуб выходного дня",
            "Помощь в подготовке грантовых заявок", "Коворкинг для общественников", "Летняя площадка для детей"};
    private static final String[] AUDIENCES = {"инициативные группы", "НКО района", "пожилые люди", "семьи с детьми",
            "люди с инвалидностью", "молодёжь"};
    static final int SERVICE_COUNT = 93;

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoRecords records;

    @Inject
    CourseRecords course;

    @Inject
    PeopleRecords people;

    @Inject
    CertificateRecords certificates;

    @Inject
    AttendanceRecords attendance;

    @Inject
    @ConfigProperty(name = "lms.demo.accounts", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void create() {
        if (!demo) {
            return;
        }
        ProgrammeFacts programme = records.programmeForNew(NAME, PROGRAMME);
        Long admin = records.administrator();
        if (programme == null || admin == null) {
            return; // content/ was not imported, or there is no administrator to have issued anything
        }
        long cohort = course.createCohort(programme.id(), NAME, STARTS, ENDS, CohortStatus.FINISHED);
        Instant enrolled = STARTS.minusDays(7).atStartOfDay(SchoolClock.ZONE).toInstant();
        List<Long> trainees = new ArrayList<>();
        for (String[] t : TRAINEES) {
            long trainee = records.person(t[0], t[1], t[2], t[3], t[4], OrganisationKind.valueOf(t[5]), Role.TRAINEE);
            course.addMember(cohort, trainee, Role.TRAINEE, enrolled);
            people.consent(trainee, ConsentKind.PERSONAL_DATA);
            trainees.add(trainee);
        }
        records.flush();
        sessions(cohort, trainees, admin);
        Timestamp done = Timestamp.valueOf(ENDS.atTime(17, 0));
        for (int t = 0; t < GRADUATES; t++) {
            records.finishedWork(cohort, programme.id(), trainees.get(t), 70 + (t * 7) % 29, done);
        }
        records.released(cohort, done);
        records.flush();
        certificates(cohort, programme, trainees.subList(0, GRADUATES), admin);
        outcomes(cohort, trainees, admin);
        LOG.info(() -> "Demo 2018 cohort with graduates' outcomes created: " + NAME);
    }

    /**
     * Three two-day sessions, marked: a graduate missed at most one day of six (the programme asks for 80 %), the two
     * who did not finish came to the first session only. Without them the certificate page said of every holder that
     * there had not been a single day.
     */
    private void sessions(long cohort, List<Long> trainees, long admin) {
        String[][] sessions = {{"Первая сессия: социальные инновации и проекты", "2018-03-12"},
                {"Вторая сессия: ресурсы для проекта", "2018-04-23"}, {"Третья сессия: защита проектов", "2018-06-25"}};
        for (int s = 0; s < sessions.length; s++) {
            long session = attendance.session(cohort, sessions[s][0], SessionFormat.IN_PERSON,
                    "Омск, ул. Красный Путь, 5, конференц-зал");
            for (int d = 0; d < 2; d++) {
                AttendanceRecords.Day day = attendance.day(session, LocalDate.parse(sessions[s][1]).plusDays(d),
                        java.time.LocalTime.of(10, 0), java.time.LocalTime.of(17, 0), "Лекции, практикум, разбор проектов");
                int dayNumber = 2 * s + d;
                for (int t = 0; t < trainees.size(); t++) {
                    boolean present = t < GRADUATES ? (t + dayNumber) % 8 != 7 : s == 0;
                    attendance.mark(day.id(), trainees.get(t), present ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT,
                            null, day.start(), admin, MarkSource.GRID);
                }
            }
        }
    }

    /** The certificates of 2 July 2018, numbered from that year's counter. */
    private void certificates(long cohort, ProgrammeFacts programme, List<Long> graduates, long admin) {
        certificates.enterIssued(cohort, programme.certificateSeries(), ISSUED, admin, graduates);
    }

    private void outcomes(long cohort, List<Long> trainees, long admin) {
        for (String[] c : CENTRES) {
            confirmed(cohort, trainees.get(Integer.parseInt(c[0])), "RESOURCE_CENTRE", c[5], c[2], c[1], c[3], c[4],
                    null, null, null, null, admin);
        }
        for (String[] o : ORGANISATIONS) {
            confirmed(cohort, trainees.get(Integer.parseInt(o[0])), "ORGANISATION", o[3], null, o[1], null, o[2],
                    null, null, null, null, admin);
        }
        for (String[] f : FUNDS) {
            confirmed(cohort, trainees.get(Integer.parseInt(f[0])), "FUNDS", f[3], null, f[4], null, null, null, f[1],
                    Long.parseLong(f[2]), null, admin);
        }
        for (int s = 0; s < SERVICE_COUNT; s++) {
            // Spread over the second half of 2018: the report's year, never later.
            LocalDate launched = LocalDate.of(2018, 7, 2).plusDays(s * 180L / SERVICE_COUNT);
            confirmed(cohort, trainees.get(s % GRADUATES), "SERVICE", launched.toString(), null, SERVICES[s % SERVICES.length],
                    null, null, AUDIENCES[s % AUDIENCES.length], null, null, null, admin);
        }
        for (int e = 0; e < 24; e++) {
            confirmed(cohort, trainees.get(e % GRADUATES), "EVENT", LocalDate.of(2018, 7, 16).plusDays(e * 7L).toString(),
                    null, e % 2 == 0 ? "Форум активных граждан района" : "День открытых дверей НКО", null, null, null,
                    null, null, 40 + e * 5, admin);
        }
        // Told by graduates and not checked yet, or questioned: they stay out of the confirmed figures.
        reported(cohort, trainees.get(2), "SERVICE", "2018-12-03", "Кружок народной игрушки", "дети 7–12 лет", null, null, "REPORTED", null, admin);
        reported(cohort, trainees.get(7), "FUNDS", "2018-12-14", "Спонсорская помощь местного предприятия", null, "SPONSOR", 150000L, "REPORTED", null, admin);
        reported(cohort, trainees.get(10), "RESOURCE_CENTRE", "2018-11-30", "Нововаршавский ресурсный центр", null, null, null,
                "QUESTIONED", "Приложите, пожалуйста, приказ об открытии центра или ссылку на публикацию.", admin);
    }

    private void confirmed(long cohort, long person, String kind, String on, String districtCode, String name,
                           String host, String legalForm, String audience, String source, Long roubles, Integer people,
                           long admin) {
        insert(cohort, person, kind, on, districtCode, name, host, legalForm, audience, source, roubles, people,
                "CONFIRMED", null, admin);
    }

    private void reported(long cohort, long person, String kind, String on, String name, String audience,
                          String source, Long roubles, String state, String comment, long admin) {
        String district = kind.equals("RESOURCE_CENTRE") ? "novovarshavsky" : null;
        insert(cohort, person, kind, on, district, name, kind.equals("RESOURCE_CENTRE") ? "МБУ «Нововаршавский дом культуры»" : null,
                kind.equals("RESOURCE_CENTRE") ? "MUNICIPAL_INSTITUTION" : null, audience, source, roubles, null, state, comment,
                "QUESTIONED".equals(state) ? admin : null);
    }

    private void insert(long cohort, long person, String kind, String on, String districtCode, String name, String host,
                        String legalForm, String audience, String source, Long roubles, Integer people, String state,
                        String comment, Long reviewer) {
        Timestamp reportedAt = Timestamp.valueOf(LocalDate.parse(on).plusDays(10).atTime(12, 0));
        Long reviewedBy = reviewer;
        em.createNativeQuery("INSERT INTO outcome (person_id, cohort_id, kind, happened_on, district_id, name, "
                        + "host_organisation, legal_form, audience, funding_source, amount_roubles, people_reached, "
                        + "evidence_url, state, review_comment, reported_by, reported_at, reviewed_by, reviewed_at) "
                        + "VALUES (?, ?, ?, ?, (SELECT id FROM district WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, person).setParameter(2, cohort).setParameter(3, kind)
                .setParameter(4, java.sql.Date.valueOf(on)).setParameter(5, districtCode).setParameter(6, name)
                .setParameter(7, host).setParameter(8, legalForm).setParameter(9, audience).setParameter(10, source)
                .setParameter(11, roubles).setParameter(12, people)
                .setParameter(13, "https://omsk-nko.example.org/news/" + kind.toLowerCase() + "-" + on)
                .setParameter(14, state).setParameter(15, comment).setParameter(16, person).setParameter(17, reportedAt)
                .setParameter(18, reviewedBy)
                .setParameter(19, reviewedBy == null ? null : Timestamp.valueOf(reportedAt.toLocalDateTime().plusDays(5)))
                .executeUpdate();
    }
}
