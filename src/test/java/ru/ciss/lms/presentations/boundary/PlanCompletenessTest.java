package ru.ciss.lms.presentations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.presentations.entity.FundingSource;
import ru.ciss.lms.presentations.entity.HostKind;
import ru.ciss.lms.presentations.entity.PlanParts;
import ru.ciss.lms.presentations.entity.Presentation;

/** What a plan needs before it can be submitted, and the values no plan may hold. */
class PlanCompletenessTest {

    @Test
    void anEmptyPlanMissesEveryPartInTheOrderOfTheForm() {
        assertEquals(List.of("presentation.part.district", "presentation.part.host", "presentation.part.targetGroups",
                "presentation.part.growthPoints", "presentation.part.services", "presentation.part.partners",
                "presentation.part.funding", "presentation.part.milestones", "presentation.part.slides"),
                PlanCompleteness.missing(Presentations.emptyPlan(), false));
    }

    @Test
    void aCompletePlanWithSlidesMissesNothing() {
        assertEquals(List.of(), PlanCompleteness.missing(complete(), true));
        assertEquals(List.of("presentation.part.slides"), PlanCompleteness.missing(complete(), false));
    }

    @Test
    void halfFilledRowsDoNotCount() {
        Presentation.Plan plan = complete();
        plan.services().set(0, new PlanParts.Service("Консультации", "", "еженедельно"));
        plan.funding().set(0, new PlanParts.Funding(FundingSource.GRANT, "грант", 0L));
        assertEquals(List.of("presentation.part.services", "presentation.part.funding"),
                PlanCompleteness.missing(plan, true));
    }

    @Test
    void negativeOrAbsurdAmountsBadMonthsAndNonWebLinksAreInvalid() {
        Presentation.Plan plan = complete();
        plan.funding().add(new PlanParts.Funding(FundingSource.SPONSOR, "", -5L));
        assertTrue(PlanCompleteness.invalid(plan).contains("presentation.invalid.amount"));
        plan.funding().set(1, new PlanParts.Funding(FundingSource.SPONSOR, "", 2_000_000_000L));
        assertTrue(PlanCompleteness.invalid(plan).contains("presentation.invalid.amount"));
        plan.funding().remove(1);
        plan.milestones().add(new PlanParts.Milestone(13, "позже"));
        assertEquals(List.of("presentation.invalid.month"), PlanCompleteness.invalid(plan));
        plan.milestones().remove(1);
        Presentation.Plan script = new Presentation.Plan(1, "x", HostKind.NGO, "x", "x", plan.services(), "x",
                plan.funding(), plan.milestones(), "javascript:alert(1)");
        assertEquals(List.of("presentation.invalid.video"), PlanCompleteness.invalid(script));
        assertEquals(List.of(), PlanCompleteness.invalid(complete()));
    }

    @Test
    void everyInvalidValueIsNamedAtOnceWithItsRowAndField() {
        Presentation.Plan plan = complete();
        plan.funding().add(new PlanParts.Funding(FundingSource.SPONSOR, "", -5_000L));
        plan.milestones().add(new PlanParts.Milestone(13, "позже"));
        plan.services().add(new PlanParts.Service("Консультации", "x".repeat(301), "раз в месяц"));
        Presentation.Plan bad = new Presentation.Plan(31, "Администрация", HostKind.NGO, "x", "x", plan.services(),
                "x", plan.funding(), plan.milestones(), "javascript:alert(1)");
        assertEquals(List.of("services:1:audience=presentation.invalid.tooLong",
                        "funding:1:amount=presentation.invalid.amount", "milestones:1:month=presentation.invalid.month",
                        "video=presentation.invalid.video"),
                PlanCompleteness.problems(bad).stream().map(p -> p.field() + "=" + p.messageKey()).toList());
        assertEquals("funding:0:source", PlanCompleteness.fieldOf("presentation.part.funding"));
    }

    @Test
    void textsLongerThanTheirColumnsAreInvalid() {
        Presentation.Plan plan = complete();
        plan.services().add(new PlanParts.Service("x".repeat(301), "НКО", "раз в месяц"));
        assertEquals(List.of("presentation.invalid.tooLong"), PlanCompleteness.invalid(plan));
        Presentation.Plan longHost = new Presentation.Plan(31, "x".repeat(301), HostKind.NGO, "x", "x",
                complete().services(), "x", complete().funding(), complete().milestones(), null);
        assertEquals(List.of("presentation.invalid.tooLong"), PlanCompleteness.invalid(longHost));
    }

    private static Presentation.Plan complete() {
        List<PlanParts.Service> services = new ArrayList<>(List.of(new PlanParts.Service("Консультации", "НКО",
                "еженедельно")));
        List<PlanParts.Funding> funding = new ArrayList<>(List.of(new PlanParts.Funding(FundingSource.GRANT,
                "Фонд", 300_000L)));
        List<PlanParts.Milestone> milestones = new ArrayList<>(List.of(new PlanParts.Milestone(3, "Открытие")));
        return new Presentation.Plan(31, "Администрация", HostKind.ADMINISTRATION_COMMITTEE, "Жители", "ДК",
                services, "Библиотека", funding, milestones, "https://video.example.org/1");
    }
}
