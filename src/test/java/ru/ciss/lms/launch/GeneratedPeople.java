package ru.ciss.lms.launch;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ru.ciss.lms.people.ConsentKind;
import ru.ciss.lms.people.FullName;
import ru.ciss.lms.people.OrganisationKind;

/**
 * Organisations of every kind in every district, and the people: trainees spread over all 33 districts, mentors
 * from Omsk NGOs, administrators of the school. Everyone has the same password hash and has consented to the
 * processing of personal data (trainees of a cohort not yet begun only in part).
 */
final class GeneratedPeople {

    /** One generated person, as the later phases need it. */
    record Someone(long id, GeneratedNames.Name name, int district, long organisation, String organisationName) {
        String fullName() {
            return FullName.of(name.surname(), name.given(), name.patronymic());
        }
    }

    /** The name forms of the 33 districts (id 1..33, V2): for organisation names. */
    private static final String[] DISTRICTS = {null, "Азовский немецкий национальный район", "Большереченский район",
            "Большеуковский район", "Горьковский район", "Знаменский район", "Исилькульский район", "Калачинский район",
            "Колосовский район", "Кормиловский район", "Крутинский район", "Любинский район", "Марьяновский район",
            "Москаленский район", "Муромцевский район", "Называевский район", "Нижнеомский район",
            "Нововаршавский район", "Одесский район", "Оконешниковский район", "Омский район", "Павлоградский район",
            "Полтавский район", "Русско-Полянский район", "Саргатский район", "Седельниковский район",
            "Таврический район", "Тарский район", "Тевризский район", "Тюкалинский район", "Усть-Ишимский район",
            "Черлакский район", "Шербакульский район", "г. Омск"};
    static final int OMSK = 33;
    static final String SCHOOL = "Омский центр инноваций социальной сферы";

    private static final Map<OrganisationKind, String[]> TEMPLATES = Map.of(
            OrganisationKind.BUDGET_INSTITUTION, new String[] {"МБУ «Центр культуры и досуга»", "МБУК «Районная библиотека»",
                    "МБУ «Молодёжный центр»", "БУ «Комплексный центр социального обслуживания населения»",
                    "МБОУ «Средняя общеобразовательная школа»", "МБУ ДО «Дом детского творчества»"},
            OrganisationKind.NGO, new String[] {"АНО «Территория добра»", "Общественная организация ветеранов",
                    "АНО «Центр местных инициатив»", "Общество инвалидов", "АНО «Серебряная волна»",
                    "Общественная организация «Женсовет»", "АНО «Волонтёры села»", "Фонд местного сообщества"},
            OrganisationKind.SOCIAL_ENTERPRISE, new String[] {"ООО «Социальная пекарня»", "ООО «Социальное такси»",
                    "ООО «Ферма-школа»", "ООО «Студия ремёсел»", "ООО «Прокат средств реабилитации»"},
            OrganisationKind.LOCAL_ADMINISTRATION, new String[] {"Администрация", "Комитет по культуре администрации",
                    "Комитет по делам молодёжи администрации", "Управление образования администрации"},
            OrganisationKind.OTHER, new String[] {"ТОС «Родник»", "ТОС «Наш двор»", "Приходской совет",
                    "Инициативная группа «Наше село»"});

    private static final Map<OrganisationKind, String[]> POSITIONS = Map.of(
            OrganisationKind.BUDGET_INSTITUTION, new String[] {"директор", "методист", "заведующая отделом",
                    "специалист по работе с молодёжью", "библиотекарь", "культорганизатор"},
            OrganisationKind.NGO, new String[] {"председатель", "руководитель", "координатор проектов", "бухгалтер",
                    "волонтёр"},
            OrganisationKind.SOCIAL_ENTERPRISE, new String[] {"директор", "индивидуальный предприниматель", "управляющий"},
            OrganisationKind.LOCAL_ADMINISTRATION, new String[] {"главный специалист", "ведущий специалист",
                    "заместитель главы", "начальник отдела"},
            OrganisationKind.OTHER, new String[] {"председатель", "активист", "член совета"});

    /** Kinds in the proportions of the school's trainees: mostly budget institutions and NGOs. */
    private static final OrganisationKind[] KIND_WEIGHTS = {OrganisationKind.BUDGET_INSTITUTION,
            OrganisationKind.BUDGET_INSTITUTION, OrganisationKind.BUDGET_INSTITUTION, OrganisationKind.NGO,
            OrganisationKind.NGO, OrganisationKind.NGO, OrganisationKind.LOCAL_ADMINISTRATION,
            OrganisationKind.LOCAL_ADMINISTRATION, OrganisationKind.SOCIAL_ENTERPRISE, OrganisationKind.OTHER};

    private record Organisation(long id, String name, OrganisationKind kind, int district) {
    }

    final List<Someone> trainees = new ArrayList<>();
    final List<Someone> mentors = new ArrayList<>();
    final List<Someone> administrators = new ArrayList<>();

    private final Connection c;
    private final Random random;
    private final GenerationSizes sizes;
    private final List<List<Organisation>> byDistrict = new ArrayList<>();
    private final List<Organisation> omskNgos = new ArrayList<>();

    GeneratedPeople(Connection c, Random random, GenerationSizes sizes) {
        this.c = c;
        this.random = random;
        this.sizes = sizes;
    }

    void generate(String passwordHash, LocalDateTime created) throws SQLException {
        organisations();
        long id = Ids.next(c, "person");
        try (RowWriter people = new RowWriter(c, "person", "id, surname, given_name, patronymic, email, phone, "
                + "district_id, organisation_id, position, language, active, password_hash, created_at, updated_at",
                "people", sizes.trainees() + sizes.mentors() + sizes.administrators());
             RowWriter roles = new RowWriter(c, "person_role", "person_id, role", null, 0).after(people);
             RowWriter consents = new RowWriter(c, "consent", "person_id, kind, text_version, given_at", null, 0)
                     .after(people)) {
            String version = ConsentKind.PERSONAL_DATA.currentVersion();
            for (int n = 1; n <= sizes.administrators(); n++) {
                Organisation school = omskNgos.getFirst();
                Someone admin = person(people, id++, "admin", n, sizes.administrators(), OMSK, school, "куратор программы",
                        passwordHash, created);
                administrators.add(admin);
                roles.add(admin.id(), "ADMINISTRATOR");
                consents.add(admin.id(), "PERSONAL_DATA", version, created);
            }
            for (int n = 1; n <= sizes.mentors(); n++) {
                Organisation ngo = omskNgos.get(1 + random.nextInt(omskNgos.size() - 1));
                Someone mentor = person(people, id++, "mentor", n, sizes.mentors(), OMSK, ngo, "эксперт", passwordHash,
                        created);
                mentors.add(mentor);
                roles.add(mentor.id(), "MENTOR");
                consents.add(mentor.id(), "PERSONAL_DATA", version, created);
            }
            for (int n = 1; n <= sizes.trainees(); n++) {
                // Every district has trainees: the first 33 take one each, the rest are spread at random.
                int district = n <= 33 ? n : 1 + random.nextInt(33);
                List<Organisation> local = byDistrict.get(district);
                Organisation employer = local.get(random.nextInt(local.size()));
                String[] positions = POSITIONS.get(employer.kind());
                Someone trainee = person(people, id++, "trainee", n, sizes.trainees(), district, employer,
                        positions[random.nextInt(positions.length)], passwordHash, created);
                trainees.add(trainee);
                roles.add(trainee.id(), "TRAINEE");
            }
        }
    }

    private Someone person(RowWriter people, long id, String kind, int n, int total, int district, Organisation employer,
                           String position, String passwordHash, LocalDateTime created) throws SQLException {
        GeneratedNames.Name name = GeneratedNames.next(random);
        String phone = random.nextInt(10) < 8 ? String.format("+7 9%02d %03d-%02d-%02d", random.nextInt(100),
                random.nextInt(1000), random.nextInt(100), random.nextInt(100)) : null;
        people.add(id, name.surname(), name.given(), name.patronymic(), GeneratedNames.email(kind, n, total), phone,
                district, employer.id(), position, random.nextInt(50) == 0 ? "EN" : "RU", true, passwordHash,
                created, created);
        return new Someone(id, name, district, employer.id(), employer.name());
    }

    /** At least one organisation of each kind in each district; the school and Omsk NGOs for mentors. */
    private void organisations() throws SQLException {
        long id = Ids.next(c, "organisation");
        Map<String, Boolean> names = new LinkedHashMap<>();
        Long existingSchool = null;
        try (var s = c.createStatement(); var r = s.executeQuery("SELECT id, name FROM organisation")) {
            while (r.next()) {
                names.put(r.getString(2), true);
                if (r.getString(2).equals(SCHOOL)) {
                    existingSchool = r.getLong(1);
                }
            }
        }
        for (int d = 0; d <= 33; d++) {
            byDistrict.add(new ArrayList<>());
        }
        try (RowWriter rows = new RowWriter(c, "organisation", "id, name, kind", "organisations", sizes.organisations())) {
            Organisation school = new Organisation(existingSchool != null ? existingSchool : id++, SCHOOL,
                    OrganisationKind.NGO, OMSK);
            if (existingSchool == null) {
                rows.add(school.id(), school.name(), school.kind().name());
                names.put(SCHOOL, true);
            }
            omskNgos.add(school);
            for (int i = 0; omskNgos.size() < Math.max(4, sizes.mentors() / 5); i++) {
                Organisation ngo = organisation(id++, OrganisationKind.NGO, OMSK, i, names);
                rows.add(ngo.id(), ngo.name(), ngo.kind().name());
                omskNgos.add(ngo);
            }
            for (int i = 0; rows.written() < sizes.organisations(); i++) {
                int district = 1 + i % 33;
                OrganisationKind kind = i < 33 * 5 ? OrganisationKind.values()[i / 33] : KIND_WEIGHTS[random.nextInt(10)];
                Organisation o = organisation(id++, kind, district, i, names);
                rows.add(o.id(), o.name(), o.kind().name());
                byDistrict.get(district).add(o);
            }
        }
    }

    private Organisation organisation(long id, OrganisationKind kind, int district, int i, Map<String, Boolean> names) {
        String[] templates = TEMPLATES.get(kind);
        String base = templates[(i / 33 + random.nextInt(templates.length)) % templates.length];
        String name = kind == OrganisationKind.LOCAL_ADMINISTRATION ? base + " " + genitive(DISTRICTS[district])
                : base + " (" + DISTRICTS[district] + ")";
        String unique = name;
        for (int k = 2; names.putIfAbsent(unique, true) != null; k++) {
            unique = name + ", № " + k;
        }
        return new Organisation(id, unique, kind, district);
    }

    /** «Крутинский район» → «Крутинского района», «г. Омск» → «города Омска». */
    static String genitive(String district) {
        if (district.equals("г. Омск")) {
            return "города Омска";
        }
        StringBuilder out = new StringBuilder();
        for (String word : district.split(" ")) {
            String w = word.equals("район") ? "района"
                    : word.endsWith("кий") ? word.substring(0, word.length() - 3) + "кого"
                    : word.endsWith("ый") ? word.substring(0, word.length() - 2) + "ого"
                    : word.endsWith("ий") ? word.substring(0, word.length() - 2) + "его" : word;
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.toString();
    }
}
