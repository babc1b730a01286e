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
}
