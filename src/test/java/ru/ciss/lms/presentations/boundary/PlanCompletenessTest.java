package ru.ciss.lms.presentations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.course.FinalWorkForm;
import ru.ciss.lms.presentations.entity.Presentation;

/** What a plan needs before it can be submitted, and the values no plan may hold, by the programme's own form. */
class PlanCompletenessTest {

    private static final FinalWorkForm LEADERS = PresentationsTestAccess.form("rc-leaders");
    private static final FinalWorkForm INNOVATIONS = PresentationsTestAccess.form("social-innovations");

    @Test
    void anEmptyPlanMissesEveryRequiredPartInTheOrderOfItsProgrammesForm() {
        assertEquals(List.of("district", "host", "host-kind", "target-groups", "growth-points", "services", "partners",
                "funding", "milestones", "slides"), PlanCompleteness.missing(Presentations.emptyPlan(LEADERS), false));
        assertEquals(List.of("district", "problem", "idea", "pilot", "legal-form", "business-model", "budget",
                "indicators", "team-partners", "first-steps", "slides"),
                PlanCompleteness.missing(Presentations.emptyPlan(INNOVATIONS), false));
    }

    @Test
    void aCompletePlanWithSlidesMissesNothing() {
        assertEquals(List.of(), PlanCompleteness.missing(complete(), true));
        assertEquals(List.of("slides"), PlanCompleteness.missing(complete(), false));
    }

    @Test
    void rowsMissingARequiredColumnDoNotCountAndOptionalColumnsMayStayEmpty() {
        Presentation.Plan plan = complete();
        plan.rows("services").set(0, row("name", "Консультации", "frequency", "еженедельно"));
        plan.rows("funding").set(0, row("source", "grant", "amount", "300000"));
        assertEquals(List.of("services"), PlanCompleteness.missing(plan, true), "the funding row has no description, "
                + "which is optional");
    }

    @Test
    void outOfRangeNumbersUnknownOptionsAndNonWebLinksAreInvalid() {
        Presentation.Plan plan = complete();
        plan.rows("funding").add(row("source", "sponsor", "amount", "-5"));
        assertEquals(List.of("presentation.invalid.number"), PlanCompleteness.invalid(plan));
        plan.rows("funding").set(1, row("source", "sponsor", "amount", "2000000000"));
        assertEquals(List.of("presentation.invalid.number"), PlanCompleteness.invalid(plan));
        plan.rows("funding").set(1, row("source", "lottery", "amount", "5"));
        assertEquals(List.of("presentation.invalid.choice"), PlanCompleteness.invalid(plan));
        plan.rows("funding").remove(1);
        plan.rows("milestones").add(row("month", "13", "text", "позже"));
        assertEquals(List.of("presentation.invalid.number"), PlanCompleteness.invalid(plan));
        plan.rows("milestones").remove(1);
        Presentation.Plan script = new Presentation.Plan(1, LEADERS, plan.answers(), "javascript:alert(1)");
        assertEquals(List.of("presentation.invalid.video"), PlanCompleteness.invalid(script));
        assertEquals(List.of(), PlanCompleteness.invalid(complete()));
    }

    @Test
    void everyInvalidValueIsNamedAtOnceWithItsRowAndField() {
        Presentation.Plan plan = complete();
        plan.rows("services").add(row("name", "Консультации", "audience", "x".repeat(301), "frequency", "раз в месяц"));
        plan.rows("funding").add(row("source", "sponsor", "amount", "-5000"));
        plan.rows("milestones").add(row("month", "13", "text", "позже"));
        plan.answers().put("host-kind", "ministry");
        Presentation.Plan bad = new Presentation.Plan(31, LEADERS, plan.answers(), "javascript:alert(1)");
        assertEquals(List.of("host-kind=presentation.invalid.choice", "services:1:audience=presentation.invalid.tooLong",
                        "funding:1:amount=presentation.invalid.number", "milestones:1:month=presentation.invalid.number",
                        "video=presentation.invalid.video"),
                PlanCompleteness.problems(bad).stream().map(p -> p.field() + "=" + p.messageKey()).toList());
        assertEquals(List.of("0", "1 000 000 000"), List.of(PlanCompleteness.problems(bad).get(2).args()));
    }

    @Test
    void textsLongerThanTheFormAllowsAndTooManyRowsAreInvalid() {
        Presentation.Plan plan = complete();
        plan.answers().put("host", "x".repeat(301));
        assertEquals(List.of("presentation.invalid.tooLong"), PlanCompleteness.invalid(plan));
        Presentation.Plan rows = complete();
        for (int i = 0; i < PlanCompleteness.MAX_ROWS; i++) {
            rows.rows("services").add(row("name", "Услуга " + i));
        }
        assertEquals(List.of("presentation.invalid.tooLong"), PlanCompleteness.invalid(rows));
    }

    @Test
    void theSocialInnovationsFormAsksForItsOwnParts() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String text : List.of("problem", "idea", "pilot", "business-model", "team-partners")) {
            answers.put(text, "Текст");
        }
        answers.put("legal-form", "self-employed");
        answers.put("budget", new ArrayList<>(List.of(row("kind", "income", "item", "Продажи", "amount", "120000"))));
        answers.put("indicators", new ArrayList<>(List.of(row("indicator", "Семьи", "target", "30"))));
        answers.put("first-steps", new ArrayList<>(List.of(row("month", "2", "step", "Пилот"))));
        Presentation.Plan plan = new Presentation.Plan(31, INNOVATIONS, answers, null);
        assertEquals(List.of("indicators"), PlanCompleteness.missing(plan, true), "an indicator needs its measurement");
        answers.put("host", "x".repeat(10_000));
        assertEquals(List.of(), PlanCompleteness.invalid(plan), "an answer to another form's field is not checked");
        assertTrue(PlanCompleteness.missing(plan, true).size() == 1);
    }

    static LinkedHashMap<String, String> row(String... columnsAndValues) {
        LinkedHashMap<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    private static Presentation.Plan complete() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("host", "Администрация");
        answers.put("host-kind", "administration-committee");
        answers.put("target-groups", "Жители");
        answers.put("growth-points", "ДК");
        answers.put("services", new ArrayList<>(List.of(row("name", "Консультации", "audience", "НКО",
                "frequency", "еженедельно"))));
        answers.put("partners", "Библиотека");
        answers.put("funding", new ArrayList<>(List.of(row("source", "grant", "description", "Фонд",
                "amount", "300000"))));
        answers.put("milestones", new ArrayList<>(List.of(row("month", "3", "text", "Открытие"))));
        return new Presentation.Plan(31, LEADERS, answers, "https://video.example.org/1");
    }
}
