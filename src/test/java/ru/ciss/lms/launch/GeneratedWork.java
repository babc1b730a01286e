package ru.ciss.lms.launch;

import static ru.ciss.lms.launch.ProgrammeRows.json;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ru.ciss.lms.presentations.control.ScoreAggregation;

/**
 * Assignments (due dates, answers with their versions and reviews) and final presentations (plans, allocated
 * mentors, their rubric scores, released results). Finished cohorts are complete: every review decided, every
 * presentation scored without a disagreement left to moderate, results released. Active cohorts have answers
 * waiting in the review queue and drafts.
 */
final class GeneratedWork {

    private static final String[] RETURN_COMMENTS = {"Добавьте, пожалуйста, данные о целевых группах района.",
            "Нет бюджета проекта; дополните и отправьте снова.", "Уточните сроки и ответственных за каждый этап.",
            "Опишите, чем услуга отличается от уже существующих в районе."};
    private static final String[] ANSWERS = {"В нашем районе 14 сельских поселений; опросили 120 жителей и 9 НКО.",
            "План мероприятий на год с ответственными и сроками приложен в тексте ниже.",
            "Проект «Клуб серебряного возраста»: цель, задачи, бюджет 180 000 ₽, партнёры — библиотека и школа.",
            "Информационная база: реестр из 37 НКО и инициативных групп района, обновляется ежеквартально."};
    private static final String[] HOSTS = {"ADMINISTRATION_COMMITTEE", "NGO", "CULTURE", "YOUTH_CHILDREN", "OTHER"};

    /** A row to write once the row it points at has been added. */
    private record Later(RowWriter table, Object[] values) {
    }

    long submissions;
    long presentations;

    private final Connection c;
    private final Random random;
    private final LocalDate today;

    GeneratedWork(Connection c, Random random, LocalDate today) {
        this.c = c;
        this.random = random;
        this.today = today;
    }

    void assignments(List<CohortPlan> cohorts) throws SQLException {
        long expected = 0;
        for (CohortPlan p : cohorts) {
            expected += p.status.equals("PLANNED") ? 0 : (long) p.trainees.size() * p.programme.modules().size();
        }
        long submissionId = Ids.next(c, "submission");
        try (RowWriter dues = new RowWriter(c, "assignment_due", "cohort_id, module_id, due_at, late_rule", null, 0);
             RowWriter rows = new RowWriter(c, "submission", "id, cohort_id, module_id, person_id, state, draft_text, "
                     + "versions, submitted_at, late, score, updated_at", "submissions", expected);
             RowWriter versions = new RowWriter(c, "submission_version", "submission_id, number, answer_text, "
                     + "submitted_at, late, decision, decided_by, decided_at, comment, score", null, 0).after(rows)) {
            for (CohortPlan p : cohorts) {
                List<Long> modules = p.programme.modules();
                long span = p.ends.toEpochDay() - p.starts.toEpochDay();
                LocalDate[] due = new LocalDate[modules.size()];
                for (int m = 0; m < modules.size(); m++) {
                    due[m] = p.starts.plusDays((m + 1) * span / (modules.size() + 1));
                    dues.add(p.id, modules.get(m), due[m].atTime(23, 59), "ACCEPT");
                }
                for (int t = 0; t < p.trainees.size(); t++) {
                    int accepted = 0;
                    for (int m = 0; m < modules.size(); m++) {
                        String state = state(p, t, due[m], m > 0 && !due[m - 1].isBefore(today));
                        if (state == null) {
                            continue;
                        }
                        accepted += state.equals("ACCEPTED") ? 1 : 0;
                        submission(p, t, modules.get(m), due[m], state, submissionId++, rows, versions);
                    }
                    p.workAccepted[t] = accepted == modules.size();
                }
            }
            submissions = rows.written();
        }
    }

    /** The state of one answer, or null when there is none (yet). */
    private String state(CohortPlan p, int t, LocalDate due, boolean notOpenYet) {
        if (p.status.equals("PLANNED") || notOpenYet) {
            return null;
        }
        int roll = random.nextInt(100);
        if (!due.isBefore(today)) {
            return roll < 30 ? "DRAFT" : roll < 50 ? "SUBMITTED" : null;
        }
        if (!p.finished() && due.isAfter(today.minusDays(21)) && roll < 40) {
            return "SUBMITTED"; // waiting in the review queue
        }
        return switch (p.diligence.get(t)) {
            case GOOD -> roll < 1 ? "RETURNED" : "ACCEPTED";
            case FAIR -> roll < 12 ? "RETURNED" : "ACCEPTED";
            case WEAK -> roll < 30 ? null : roll < 55 ? "RETURNED" : "ACCEPTED";
        };
    }

    private void submission(CohortPlan p, int t, long module, LocalDate due, String state, long id, RowWriter rows,
                            RowWriter versions) throws SQLException {
        long person = p.trainees.get(t).id();
        String answer = ANSWERS[random.nextInt(ANSWERS.length)];
        if (state.equals("DRAFT")) {
            LocalDateTime edited = LocalDateTime.of(today.minusDays(1 + random.nextInt(5)), java.time.LocalTime.of(20, 15));
            rows.add(id, p.id, module, person, state, answer, 0, null, false, null, edited);
            return;
        }
        int count = state.equals("ACCEPTED") && random.nextInt(5) == 0 || state.equals("SUBMITTED") && random.nextInt(4) == 0
                ? 2 : 1;
        boolean late = random.nextInt(20) == 0;
        LocalDateTime submitted = due.minusDays(random.nextInt(6)).atTime(21, random.nextInt(60));
        if (late) {
            submitted = due.plusDays(1 + random.nextInt(3)).atTime(9, random.nextInt(60));
        }
        long reviewer = p.mentors.get(random.nextInt(p.mentors.size())).id();
        Integer score = null;
        LocalDateTime last = submitted;
        List<Object[]> history = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            LocalDateTime at = submitted.plusDays((n - 1) * 5L);
            boolean latest = n == count;
            String decision = !latest ? "RETURNED" : state.equals("SUBMITTED") ? null : state;
            LocalDateTime decided = decision == null ? null : at.plusDays(2);
            Integer given = decision == null ? null : decision.equals("ACCEPTED") ? 70 + random.nextInt(31)
                    : 30 + random.nextInt(30);
            String comment = decision == null ? null : decision.equals("RETURNED")
                    ? RETURN_COMMENTS[random.nextInt(RETURN_COMMENTS.length)] : "Принято, хорошая работа.";
            history.add(new Object[] {id, n, answer, at, late && n == 1, decision, decision == null ? null : reviewer,
                    decided, comment, given});
            score = given;
            last = decided == null ? at : decided;
        }
        rows.add(id, p.id, module, person, state, null, count, submitted.plusDays((count - 1) * 5L), late, score, last);
        for (Object[] version : history) {
            versions.add(version);
        }
    }

    void presentations(List<CohortPlan> cohorts, long administrator) throws SQLException {
        long presentationId = Ids.next(c, "presentation");
        try (RowWriter setups = new RowWriter(c, "presentation_setup", "cohort_id, mentors_per_presentation, due_at, "
                + "released_at, released_by", null, 0);
             RowWriter rows = new RowWriter(c, "presentation", "id, cohort_id, person_id, state, district_id, "
                     + "host_organisation, host_kind, target_groups, growth_points, services, partners, funding, "
                     + "milestones, submitted_at, final_percent, flagged, updated_at", "presentations",
                     cohorts.stream().filter(p -> p.finished() || p.elapsed(today) > 0.8).mapToLong(p -> p.trainees.size())
                             .sum());
             RowWriter allocations = new RowWriter(c, "presentation_mentor", "presentation_id, mentor_id, allocated_at, "
                     + "allocated_by", null, 0).after(rows);
             RowWriter scores = new RowWriter(c, "presentation_score", "presentation_id, mentor_id, scores, comment, "
                     + "total_percent, submitted_at, updated_at", null, 0).after(rows);
             RowWriter changes = new RowWriter(c, "score_change", "presentation_id, actor_id, kind, detail, changed_at",
                     null, 0).after(rows)) {
            for (CohortPlan p : cohorts) {
                boolean late = p.finished() || p.elapsed(today) > 0.8;
                if (!late) {
                    continue;
                }
                LocalDateTime due = p.ends.minusDays(7).atTime(23, 59);
                LocalDateTime released = p.ends.atTime(18, 0);
                setups.add(p.id, 2, due, p.finished() ? released : null, p.finished() ? administrator : null);
                for (int t = 0; t < p.trainees.size(); t++) {
                    int roll = random.nextInt(100);
                    boolean weak = p.diligence.get(t) == CohortPlan.Diligence.WEAK;
                    String state = !p.finished() ? (roll < 40 ? "DRAFT" : null)
                            : weak ? (roll < 50 ? "SUBMITTED" : roll < 80 ? "DRAFT" : null) : "SUBMITTED";
                    if (state == null) {
                        continue;
                    }
                    long id = presentationId++;
                    GeneratedPeople.Someone trainee = p.trainees.get(t);
                    LocalDateTime submitted = due.minusDays(random.nextInt(5)).withHour(20);
                    Double percent = null;
                    List<Later> children = new ArrayList<>();
                    if (state.equals("SUBMITTED")) {
                        percent = score(p, t, id, submitted, administrator, allocations, scores, changes, children);
                        p.finalPercent[t] = percent;
                    }
                    rows.add(id, p.id, trainee.id(), state, trainee.district(), trainee.organisationName(),
                            HOSTS[random.nextInt(HOSTS.length)], "НКО и инициативные группы района; молодёжь; люди старшего возраста",
                            "Действующий волонтёрский центр, поддержка администрации, опыт грантовых проектов",
                            "[{\"audience\":\"НКО района\",\"frequency\":\"еженедельно\",\"name\":\"Консультации по грантам\"},"
                                    + "{\"audience\":\"жители сёл\",\"frequency\":\"раз в месяц\",\"name\":\"Школа активного гражданина\"}]",
                            "Администрация района, районная библиотека, Совет ветеранов",
                            "[{\"amount\":" + (100 + random.nextInt(900)) * 1000 + ",\"description\":"
                                    + json("Фонд президентских грантов") + ",\"source\":\"GRANT\"},"
                                    + "{\"amount\":150000,\"description\":\"Муниципальная субсидия\",\"source\":\"SUBSIDY\"}]",
                            "[{\"month\":1,\"text\":\"Открытие центра, приказ о создании\"},"
                                    + "{\"month\":6,\"text\":\"Первые 10 консультаций и 2 мероприятия\"},"
                                    + "{\"month\":12,\"text\":\"Отчёт перед жителями, заявка на грант\"}]",
                            state.equals("DRAFT") ? null : submitted, percent, false,
                            state.equals("DRAFT") ? submitted : submitted.plusDays(3));
                    for (Later row : children) {
                        row.table().add(row.values()); // after the presentation they point at
                    }
                }
            }
            presentations = rows.written();
        }
    }

    /** Two allocated mentors score the plan; their sheets never disagree beyond the rubric's limit. */
    private Double score(CohortPlan p, int t, long id, LocalDateTime submitted, long administrator, RowWriter allocations,
                         RowWriter scores, RowWriter changes, List<Later> later) {
        ScoreAggregation.Rubric rubric = p.programme.rubric();
        if (rubric.criteria().isEmpty()) {
            return null;
        }
        int first = random.nextInt(p.mentors.size());
        List<Long> mentors = List.of(p.mentors.get(first).id(), p.mentors.get((first + 1) % p.mentors.size()).id());
        double level = switch (p.diligence.get(t)) {
            case GOOD -> 0.8;
            case FAIR -> 0.64;
            case WEAK -> 0.5;
        };
        int base = (int) Math.round(rubric.scaleMax() * level);
        List<Map<String, Integer>> sheets = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            Map<String, Integer> sheet = new LinkedHashMap<>();
            for (ScoreAggregation.Criterion k : rubric.criteria()) {
                sheet.put(k.code(), Math.clamp(base + random.nextInt(3) - 1, 0, rubric.scaleMax()));
            }
            sheets.add(sheet);
        }
        if (ScoreAggregation.aggregate(rubric, sheets).disagreement()) {
            sheets.set(1, sheets.get(0)); // a moderated disagreement is the app's to show, not the generator's
        }
        ScoreAggregation.Result result = ScoreAggregation.aggregate(rubric, sheets);
        for (int m = 0; m < 2; m++) {
            LocalDateTime at = submitted.plusDays(1 + m);
            double total = result.mentorTotals().get(m);
            later.add(new Later(allocations, new Object[] {id, mentors.get(m), submitted.plusHours(12), administrator}));
            StringBuilder json = new StringBuilder("{");
            sheets.get(m).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    json.append(json.length() > 1 ? "," : "").append(json(e.getKey())).append(':').append(e.getValue()));
            later.add(new Later(scores, new Object[] {id, mentors.get(m), json.append('}').toString(),
                    "План реалистичный; усилить раздел о партнёрах.", total, at, at}));
            later.add(new Later(changes, new Object[] {id, mentors.get(m), "SCORED",
                    sheets.get(m) + " = " + ScoreAggregation.oneDecimal(total) + " %", at}));
        }
        return result.finalPercent().orElseThrow();
    }
}
