package ru.ciss.lms.presentations.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Amounts and months as people type them. */
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
    void twoEmptyRowsFollowEveryList() {
        PlanForm form = PlanForm.of(ru.ciss.lms.presentations.boundary.PresentationsTestAccess.emptyPlan());
        assertEquals(2, form.getServices().size());
        assertEquals(2, form.getFunding().size());
        assertEquals(2, form.getMilestones().size());
    }

    @Test
    void aRebuiltFormHasEveryRowThePostCarried() {
        PlanForm form = PlanForm.of(ru.ciss.lms.presentations.boundary.PresentationsTestAccess.emptyPlan())
                .resizedTo(java.util.List.of("plan", "plan:host", "plan:services:0:name", "plan:services:4:frequency",
                        "plan:milestones:0:month", "plan:funding:99:amount", "plan:services:x:name",
                        "plan:services:123:name", "other:services:9:name"), "plan");
        assertEquals(5, form.getServices().size(), "rows 0 to 4; a non-number or a three-digit index counts for nothing");
        assertEquals(PlanForm.MAX_ROWS, form.getFunding().size(), "never more than the limit");
        assertEquals(1, form.getMilestones().size(), "a removed spare row stays removed");
    }

    @Test
    void aListThePostDidNotCarryStaysAsItWas() {
        PlanForm form = PlanForm.of(ru.ciss.lms.presentations.boundary.PresentationsTestAccess.emptyPlan())
                .resizedTo(java.util.List.of("plan", "plan:host"), "plan");
        assertEquals(2, form.getServices().size());
        assertEquals(2, form.getMilestones().size());
    }
}
