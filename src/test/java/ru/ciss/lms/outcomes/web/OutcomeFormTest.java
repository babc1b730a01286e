package ru.ciss.lms.outcomes.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.outcomes.entity.OutcomeKind;

class OutcomeFormTest {

    @Test
    void datesAreTakenFromThePickerAndAsRussiansTypeThem() {
        assertEquals(LocalDate.of(2019, 5, 15), OutcomeForm.date("2019-05-15"));
        assertEquals(LocalDate.of(2019, 5, 15), OutcomeForm.date(" 15.05.2019 "));
        assertEquals(LocalDate.of(2019, 5, 1), OutcomeForm.date("1.5.2019"));
        assertNull(OutcomeForm.date("  "));
        assertThrows(DateTimeParseException.class, () -> OutcomeForm.date("31.02.2019"), "no 31 February");
        assertThrows(DateTimeParseException.class, () -> OutcomeForm.date("вчера"));
    }

    @Test
    void anUnreadableDateOrAmountNamesItsField() {
        OutcomeForm form = new OutcomeForm();
        form.setKind(OutcomeKind.FUNDS);
        form.setHappenedOn("15/05/2019");
        assertEquals("outcomes.invalid.date", assertThrows(OutcomeForm.Unreadable.class, form::facts).getMessage());
        form.setHappenedOn("15.05.2019");
        form.setAmount("полмиллиона");
        assertEquals("outcomes.invalid.amount", assertThrows(OutcomeForm.Unreadable.class, form::facts).getMessage());
        form.setAmount("500 000 ₽");
        assertEquals(500_000L, assertDoesNotThrowFacts(form).amountRoubles());
    }

    private static ru.ciss.lms.outcomes.entity.Outcome.Facts assertDoesNotThrowFacts(OutcomeForm form) {
        try {
            return form.facts();
        } catch (OutcomeForm.Unreadable e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
