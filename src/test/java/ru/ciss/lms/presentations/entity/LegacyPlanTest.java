package ru.ciss.lms.presentations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.course.FinalWorkForm;
import ru.ciss.lms.presentations.boundary.PresentationsTestAccess;

/**
 * A plan saved before V31 (the resource-centre columns) opens in rc-leaders' final-work form with everything the
 * trainee typed: every value lands in a field of that form, and option values are options the form offers.
 */
class LegacyPlanTest {

    private static final FinalWorkForm LEADERS = PresentationsTestAccess.form("rc-leaders");

    @Test
    void everyOldValueLandsInAFieldOfTheResourceCentreForm() {
        Map<String, Object> answers = LegacyPlan.answers("Администрация Черлакского района",
                HostKind.ADMINISTRATION_COMMITTEE, "НКО, ТОС", "Дом культуры",
                List.of(new PlanParts.Service("Консультации", "НКО", "еженедельно"), new PlanParts.Service()),
                "Библиотека", List.of(new PlanParts.Funding(FundingSource.GRANT, "Фонд", 450_000L)),
                List.of(new PlanParts.Milestone(3, "Открытие"), new PlanParts.Milestone(null, " ")));
        Presentation.Plan plan = new Presentation.Plan(31, LEADERS, answers, null);
        assertEquals("Администрация Черлакского района", plan.text("host"));
        assertEquals("administration-committee", plan.text("host-kind"));
        assertEquals("НКО, ТОС", plan.text("target-groups"));
        assertEquals("Дом культуры", plan.text("growth-points"));
        assertEquals("Библиотека", plan.text("partners"));
        assertEquals(List.of(Map.of("name", "Консультации", "audience", "НКО", "frequency", "еженедельно")),
                plan.rows("services"), "a blank row is dropped");
        assertEquals(List.of(Map.of("source", "grant", "description", "Фонд", "amount", "450000")),
                plan.rows("funding"));
        assertEquals(List.of(Map.of("month", "3", "text", "Открытие")), plan.rows("milestones"));
        for (String id : answers.keySet()) {
            assertTrue(LEADERS.field(id) != null, id + " is a field of rc-leaders' form");
        }
        assertTrue(LEADERS.field("host-kind").option("administration-committee") != null);
        for (FundingSource source : FundingSource.values()) {
            assertTrue(LEADERS.field("funding").columns.getFirst().option(LegacyPlan.optionId(source.name())) != null,
                    source.name());
        }
        for (HostKind kind : HostKind.values()) {
            assertTrue(LEADERS.field("host-kind").option(LegacyPlan.optionId(kind.name())) != null, kind.name());
        }
    }

    @Test
    void aResourceCentrePlanTypedByATraineeOfAnotherSchoolIsShownAsEarlierAnswers() {
        Map<String, Object> answers = LegacyPlan.answers("Библиотека", null, null, null,
                List.of(new PlanParts.Service("Прокат", "семьи", "по субботам")), null, List.of(), List.of());
        Presentation.Plan plan = new Presentation.Plan(31, PresentationsTestAccess.form("social-innovations"), answers,
                null);
        assertEquals(List.of(), plan.shown(java.util.Locale.forLanguageTag("ru")));
        assertEquals(List.of(new Presentation.Shown("host", "Библиотека", List.of()),
                new Presentation.Shown("services", null, List.of("Прокат · семьи · по субботам"))), plan.earlier());
        assertEquals(List.of(), new Presentation.Plan(31, LEADERS, answers, null).earlier());
    }

    @Test
    void aPlanNeverFilledInHasNoAnswers() {
        assertEquals(Map.of(), LegacyPlan.answers(null, null, null, " ", List.of(), null, List.of(), List.of()));
    }

    @Test
    void anEarlierFormsAnswersAreShownByTheirOwnFormAndNumbersGrouped() {
        Map<String, Object> answers = LegacyPlan.answers("ДК", HostKind.CULTURE, null, null, List.of(), null,
                List.of(new PlanParts.Funding(FundingSource.OWN, null, 1_500_000L)), List.of());
        List<Presentation.Shown> shown = new Presentation.Plan(null, LEADERS, answers, null)
                .shown(java.util.Locale.forLanguageTag("ru"));
        assertEquals("учреждение культуры", shown.get(1).value());
        assertEquals(List.of("собственные средства · 1 500 000"),
                shown.get(2).lines().stream().map(l -> l.replaceAll("[\u00a0\u202f]", " ")).toList());
        assertEquals("ДК", shown.get(0).value());
        assertEquals(List.of(), shown.get(0).lines());
    }
}
