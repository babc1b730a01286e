package ru.ciss.lms.launch;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * What some graduates reported after their cohort (issue #8): services, events, funds, organisations and resource
 * centres, dated after the cohort and not in the future, with a link as evidence; mostly confirmed by an
 * administrator, some still waiting, a few questioned with a comment.
 */
final class GeneratedOutcomes {

    private static final String[] SERVICES = {"Консультации для инициативных групп", "Школа социального проектирования",
            "Юридическая помощь НКО", "Клуб волонтёров", "Социальное такси", "Курсы компьютерной грамотности для пожилых",
            "Семейный клуб выходного дня", "Помощь в подготовке грантовых заявок", "Коворкинг для общественников"};
    private static final String[] AUDIENCES = {"инициативные группы", "НКО района", "пожилые люди", "семьи с детьми",
            "люди с инвалидностью", "молодёжь"};
    private static final String[] EVENTS = {"Форум активных граждан района", "День открытых дверей НКО",
            "Ярмарка социальных проектов", "Фестиваль «Село — территория добра»"};
    private static final String[] FUND_SOURCES = {"GRANT", "GRANT", "SUBSIDY", "SPONSOR", "OTHER"};
    private static final String[] FUNDERS = {"Фонд президентских грантов", "Грант Губернатора Омской области",
            "Субсидия Министерства труда и социального развития Омской области", "Муниципальная субсидия",
            "Спонсорская помощь местного предприятия"};

    long outcomes;

    private final Connection c;
    private final Random random;
    private final LocalDate today;

    GeneratedOutcomes(Connection c, Random random, LocalDate today) {
        this.c = c;
        this.random = random;
        this.today = today;
    }

    void generate(List<GeneratedCertificates.Issue> graduates, List<GeneratedPeople.Someone> administrators)
            throws SQLException {
        try (RowWriter rows = new RowWriter(c, "outcome", "person_id, cohort_id, kind, happened_on, district_id, name, "
                + "host_organisation, legal_form, audience, funding_source, amount_roubles, people_reached, evidence_url, "
                + "state, review_comment, reported_by, reported_at, reviewed_by, reviewed_at", "outcomes",
                graduates.size() * 6L / 10)) {
            for (GeneratedCertificates.Issue g : graduates) {
                if (random.nextInt(10) >= 3) {
                    continue; // most graduates never report anything
                }
                int count = 1 + random.nextInt(3);
                for (int k = 0; k < count; k++) {
                    long days = Math.min(720, today.toEpochDay() - g.cohort().ends.toEpochDay() - 1);
                    if (days < 20) {
                        break;
                    }
                    LocalDate on = g.cohort().ends.plusDays(15 + random.nextInt((int) days - 14));
                    outcome(rows, g, on, administrators.get(random.nextInt(administrators.size())).id());
                }
            }
            outcomes = rows.written();
        }
    }

    private static java.time.LocalDateTime earliest(java.time.LocalDateTime a, java.time.LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private void outcome(RowWriter rows, GeneratedCertificates.Issue g, LocalDate on, long admin) throws SQLException {
        int roll = random.nextInt(100);
        String kind = roll < 40 ? "SERVICE" : roll < 65 ? "EVENT" : roll < 80 ? "FUNDS" : roll < 92 ? "ORGANISATION"
                : "RESOURCE_CENTRE";
        GeneratedPeople.Someone who = g.holder();
        Integer district = null;
        String name;
        String host = null;
        String form = null;
        String audience = null;
        String source = null;
        Long amount = null;
        Integer people = null;
        switch (kind) {
            case "SERVICE" -> {
                name = SERVICES[random.nextInt(SERVICES.length)];
                audience = AUDIENCES[random.nextInt(AUDIENCES.length)];
            }
            case "EVENT" -> {
                name = EVENTS[random.nextInt(EVENTS.length)];
                people = 20 + random.nextInt(300);
            }
            case "FUNDS" -> {
                int f = random.nextInt(FUNDERS.length);
                name = FUNDERS[f];
                source = f == 4 ? "SPONSOR" : FUND_SOURCES[random.nextInt(3)];
                amount = (50L + random.nextInt(1500)) * 1000;
            }
            case "ORGANISATION" -> {
                boolean ngo = random.nextBoolean();
                name = ngo ? "АНО «" + SERVICES[random.nextInt(SERVICES.length)] + "»"
                        : "ИП " + who.name().surname() + " " + who.name().given().charAt(0) + ". (социальное предприятие)";
                form = ngo ? "AUTONOMOUS_NONPROFIT" : "SOLE_TRADER";
            }
            default -> {
                district = who.district();
                name = "Ресурсный центр: " + who.organisationName();
                host = who.organisationName();
                form = new String[] {"AUTONOMOUS_NONPROFIT", "MUNICIPAL_INSTITUTION", "LOCAL_GOVERNMENT"}[random.nextInt(3)];
            }
        }
        int state = random.nextInt(100);
        String status = state < 75 ? "CONFIRMED" : state < 95 ? "REPORTED" : "QUESTIONED";
        java.time.LocalDateTime reported = on.plusDays(3).atTime(12, 0);
        if (reported.toLocalDate().isAfter(today)) {
            reported = today.atTime(9, 0);
        }
        boolean reviewed = !status.equals("REPORTED");
        rows.add(who.id(), g.cohort().id, kind, on, district, name, host, form, audience, source, amount, people,
                "https://omsk-nko.example.org/news/" + kind.toLowerCase() + "-" + on, status,
                status.equals("QUESTIONED") ? "Приложите, пожалуйста, документ или ссылку на публикацию." : null,
                who.id(), reported, reviewed ? admin : null, reviewed ? earliest(reported.plusDays(2), today.atTime(10, 0)) : null);
    }
}
