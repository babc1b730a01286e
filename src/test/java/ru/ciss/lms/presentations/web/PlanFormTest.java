package ru.ciss.lms.presentations.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.presentations.boundary.PresentationsTestAccess;
import ru.ciss.lms.presentations.entity.Presentation;

/** The form built from the programme's final-work definition; amounts and months as people type them. */
class PlanFormTest {

    @Test
    void amountsAsRussiansWriteThem() {
        assertEquals(150000L, PlanForm.parse("150 000", "amount"));
        assertEquals(150000L, PlanForm.parse("150\u00a0000 ₽", "amount"));
        assertEquals(150000L, PlanForm.parse("150000,00", "amount"));
        assertEquals(7700000L, PlanForm.parse("7 700 000 руб.", "amount"));
        assertNull(PlanForm.parse("  ", "amount"));
        assertEquals(-5L, PlanForm.parse("-5", "amount"), "read, then refused as negative by the boundary");
    }

    @Test
    void wordsAndFractionsAreNotNumbers() {
        assertEquals("amount", assertThrows(NumberFormatException.class, () -> PlanForm.parse("минус сто", "amount"))
                .getMessage());
        assertThrows(NumberFormatException.class, () -> PlanForm.parse("12,5", "month"));
        assertThrows(NumberFormatException.class, () -> PlanForm.parse("1e9", "amount"));
    }

    @Test
    void eachProgrammeGetsItsOwnFieldsAndTwoEmptyRowsFollowEveryTable() {
        PlanForm leaders = PlanForm.of(PresentationsTestAccess.emptyPlan("rc-leaders"));
        assertEquals(List.of("host", "host-kind", "target-groups", "growth-points", "services", "partners", "funding",
                "milestones", "team-part"), ids(leaders));
        assertEquals(2, leaders.input("services").getRows().size());
        assertEquals(2, leaders.input("funding").getRows().size());
        assertEquals(2, leaders.input("milestones").getRows().size());
        PlanForm innovations = PlanForm.of(PresentationsTestAccess.emptyPlan("social-innovations"));
        assertTrue(ids(innovations).containsAll(List.of("problem", "idea", "pilot", "business-model", "indicators",
                "team-partners")), ids(innovations).toString());
        assertNull(innovations.input("services"), "no resource-centre plan in the innovations school");
        assertEquals(2, innovations.input("indicators").getRows().size());
    }

    @Test
    void whatWasTypedBecomesThePlanWithNumbersAsDigitsAndUnreadableOnesNamed() {
        PlanForm form = PlanForm.of(PresentationsTestAccess.emptyPlan("rc-leaders"));
        form.input("host").setValue("Сельская библиотека");
        form.input("host-kind").setValue("culture");
        form.input("funding").getRows().get(0).getValues().putAll(Map.of("source", "grant", "amount", "150 000 ₽"));
        form.input("funding").getRows().get(1).getValues().put("amount", "минус сто");
        form.input("milestones").getRows().get(0).getValues().putAll(Map.of("month", "3", "text", "Открытие"));
        List<RefusedException.Problem> problems = new ArrayList<>();
        Presentation.Plan plan = form.toPlan(problems);
        assertEquals("Сельская библиотека", plan.text("host"));
        assertEquals("culture", plan.text("host-kind"));
        assertEquals("150000", plan.rows("funding").get(0).get("amount"));
        assertNull(plan.rows("funding").get(1).get("amount"));
        assertEquals("3", plan.rows("milestones").get(0).get("month"));
        assertEquals(List.of("funding:1:amount=presentation.invalid.number"),
                problems.stream().map(p -> p.field() + "=" + p.messageKey()).toList());
        PlanForm again = PlanForm.of(plan);
        assertEquals("Сельская библиотека", again.input("host").getValue(), "a saved plan opens as it was typed");
        assertEquals("150000", again.input("funding").getRows().get(0).getValues().get("amount"));
    }

    @Test
    void aMissingTableIsFilledInAtItsFirstCell() {
        PlanForm form = PlanForm.of(PresentationsTestAccess.emptyPlan("rc-leaders"));
        assertEquals("funding:0:source", form.fieldOf("funding"));
        assertEquals("host", form.fieldOf("host"));
        assertEquals("district", form.fieldOf("district"));
    }

    @Test
    void aRebuiltFormHasEveryRowThePostCarried() {
        PlanForm form = PlanForm.of(PresentationsTestAccess.emptyPlan("rc-leaders"))
                .resizedTo(List.of("plan", "plan:host", "plan:services:0:name", "plan:services:4:frequency",
                        "plan:milestones:0:month", "plan:funding:99:amount", "plan:services:x:name",
                        "plan:services:123:name", "other:services:9:name"), "plan");
        assertEquals(5, form.input("services").getRows().size(),
                "rows 0 to 4; a non-number or a three-digit index counts for nothing");
        assertEquals(PlanForm.MAX_ROWS, form.input("funding").getRows().size(), "never more than the limit");
        assertEquals(1, form.input("milestones").getRows().size(), "a removed spare row stays removed");
    }

    @Test
    void aTableThePostDidNotCarryStaysAsItWas() {
        PlanForm form = PlanForm.of(PresentationsTestAccess.emptyPlan("social-innovations"))
                .resizedTo(List.of("plan", "plan:problem", "plan:indicators:3:indicator"), "plan");
        assertEquals(4, form.input("indicators").getRows().size());
        assertEquals(2, form.input("first-steps").getRows().size());
    }

    @Test
    void rowsAreAddedUpToTheLimitAndRemovedOneByOne() {
        PlanForm form = PlanForm.of(PresentationsTestAccess.emptyPlan("rc-leaders"));
        PlanForm.Input services = form.input("services");
        PlanForm.Row first = services.getRows().get(0);
        assertEquals(2, PlanForm.addRow(services));
        assertTrue(PlanForm.remove(services, first));
        assertEquals(2, services.getRows().size());
        while (PlanForm.addRow(services) >= 0) {
            // fill up to the limit
        }
        assertEquals(PlanForm.MAX_ROWS, services.getRows().size());
        assertEquals(-1, PlanForm.addRow(services));
    }

    private static List<String> ids(PlanForm form) {
        return form.getInputs().stream().map(i -> i.getField().id).toList();
    }
}
