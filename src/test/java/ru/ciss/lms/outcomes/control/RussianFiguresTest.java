package ru.ciss.lms.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RussianFiguresTest {

    /** A no-break space, written out so that the expected texts show where it is. */
    private static final String NB = "\u00A0";

    @Test
    void digitGroupsArePartedByNoBreakSpaces() {
        assertEquals("7" + NB + "746" + NB + "500", RussianFigures.count(7_746_500));
        assertEquals("999", RussianFigures.count(999));
        assertEquals("1" + NB + "000", RussianFigures.count(1_000));
        assertEquals("0", RussianFigures.count(0));
    }

    @Test
    void roublesShowKopecksOnlyWhenThereAreAny() {
        assertEquals("7" + NB + "746" + NB + "500" + NB + "₽", RussianFigures.roubles(new BigDecimal("7746500")));
        assertEquals("7" + NB + "746" + NB + "500" + NB + "₽", RussianFigures.roubles(new BigDecimal("7746500.00")));
        assertEquals("1" + NB + "400" + NB + "000,50" + NB + "₽", RussianFigures.roubles(new BigDecimal("1400000.5")));
        assertEquals("0,01" + NB + "₽", RussianFigures.roubles(new BigDecimal("0.005")), "rounded half up");
        assertEquals("12" + NB + "₽", RussianFigures.roubles(new BigDecimal("12.001")), "less than a kopeck");
        assertTrue(RussianFigures.hasFraction(new BigDecimal("0.5")));
        assertFalse(RussianFigures.hasFraction(new BigDecimal("12.004")));
    }

    @Test
    void otherFiguresKeepUpToTwoDecimalsAfterAComma() {
        assertEquals("41,5", RussianFigures.figure(new BigDecimal("41.5"), false));
        assertEquals("1" + NB + "234", RussianFigures.figure(new BigDecimal("1234"), false));
        assertEquals("2,33", RussianFigures.figure(new BigDecimal("2.333"), false));
        assertEquals("5" + NB + "₽", RussianFigures.figure(new BigDecimal("5"), true));
    }

    @Test
    void datesAsDayMonthYear() {
        assertEquals("05.03.2026", RussianFigures.date(LocalDate.of(2026, 3, 5)));
        assertEquals("01.01.2026 – 31.12.2026",
                RussianFigures.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }
}
