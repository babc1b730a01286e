package ru.ciss.lms.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.attendance.AttendanceRate;
import ru.ciss.lms.attendance.AttendanceRate.DayState;

class EligibilityTest {

    private static final AttendanceRate.Rule EIGHTY = new AttendanceRate.Rule(80, false);

    @Test
    void anUnmarkedPastDayCountsAsNotAttended() {
        // 5 of 6 held days attended, the sixth not marked: 83 % of 6, enough for 80 %.
        List<DayState> fiveOfSix = List.of(DayState.PRESENT, DayState.PRESENT, DayState.LATE, DayState.PRESENT,
                DayState.PRESENT, DayState.NOT_MARKED);
        Eligibility.Rule met = Eligibility.attendance(AttendanceRate.of(fiveOfSix, EIGHTY), EIGHTY);
        assertTrue(met.met());
        assertEquals(List.of("5", "6", "83", "80"), met.args());
        // Семёнова: one «О», five days nobody marked: 1 of 6, not 100 % of 1.
        List<DayState> oneOfSix = List.of(DayState.LATE, DayState.NOT_MARKED, DayState.NOT_MARKED,
                DayState.NOT_MARKED, DayState.NOT_MARKED, DayState.NOT_MARKED);
        Eligibility.Rule notMet = Eligibility.attendance(AttendanceRate.of(oneOfSix, EIGHTY), EIGHTY);
        assertFalse(notMet.met());
        assertEquals("certificates.rule.attendance.notMet", notMet.messageKey());
        assertEquals(List.of("1", "6", "16", "80", "5", "0"), notMet.args());
        // Every day marked and none ahead: no «не отмечено: 0 дней, впереди: 0 дней» after the figures.
        List<DayState> twoOfSix = List.of(DayState.PRESENT, DayState.PRESENT, DayState.ABSENT, DayState.ABSENT,
                DayState.ABSENT, DayState.ABSENT);
        Eligibility.Rule missed = Eligibility.attendance(AttendanceRate.of(twoOfSix, EIGHTY), EIGHTY);
        assertFalse(missed.met());
        assertEquals("certificates.rule.attendance.missed", missed.messageKey());
        assertEquals(List.of("2", "6", "33", "80"), missed.args());
    }

    @Test
    void aRuleOverNoDayAtAllIsNotMet() {
        Eligibility.Rule none = Eligibility.attendance(AttendanceRate.of(List.of(DayState.NOT_EXPECTED), EIGHTY), EIGHTY);
        assertFalse(none.met(), "«посещено 0 из 0» must not pass");
        assertEquals("certificates.rule.attendance.noDays", none.messageKey());
        assertFalse(Eligibility.attendance(AttendanceRate.of(List.of(), new AttendanceRate.Rule(0, true)),
                new AttendanceRate.Rule(0, true)).met(), "not even with a zero-percent rule");
    }

    @Test
    void everyRequiredAssignmentMustBeAcceptedAndTheMissingOnesAreNamed() {
        List<String> modules = List.of("Социальное проектирование", "Гранты", "Правовые основы");
        assertTrue(Eligibility.assignments(true, modules, Set.copyOf(modules)).met());
        Eligibility.Rule missing = Eligibility.assignments(true, modules, Set.of("Гранты"));
        assertFalse(missing.met());
        assertEquals(List.of("1", "3", "Социальное проектирование; Правовые основы"), missing.args());
        assertTrue(Eligibility.assignments(false, modules, Set.of()).met(), "a cohort may not require them");
    }

    @Test
    void thePresentationCountsOnlyWhenReleasedAndAtThePassMark() {
        assertFalse(Eligibility.presentation(Eligibility.PresentationState.NOT_SUBMITTED, null, 60).met());
        assertFalse(Eligibility.presentation(Eligibility.PresentationState.NOT_SCORED, null, 60).met());
        assertFalse(Eligibility.presentation(Eligibility.PresentationState.NOT_RELEASED, 95.0, 60).met(),
                "a score the trainee has not been shown does not count yet");
        assertTrue(Eligibility.presentation(Eligibility.PresentationState.RELEASED, 60.0, 60).met(), "exactly at the mark");
        Eligibility.Rule below = Eligibility.presentation(Eligibility.PresentationState.RELEASED, 59.95, 60);
        assertFalse(below.met(), "no rounding up to the pass mark");
        assertEquals(List.of("59,9", "60"), below.args(), "cut, not rounded up to the pass mark");
        assertEquals(List.of("72,5", "60"),
                Eligibility.presentation(Eligibility.PresentationState.RELEASED, 72.5, 60).args());
    }

    @Test
    void eligibleOnlyWhenEveryRuleIsMet() {
        Eligibility.Rule yes = Eligibility.assignments(false, List.of(), Set.of());
        Eligibility.Rule no = Eligibility.presentation(Eligibility.PresentationState.NOT_SUBMITTED, null, 60);
        assertTrue(new Eligibility(yes, yes, yes).eligible());
        assertFalse(new Eligibility(no, yes, yes).eligible());
        assertFalse(new Eligibility(yes, no, yes).eligible());
        assertFalse(new Eligibility(yes, yes, no).eligible());
    }

    @Test
    void initialsKeepOnlyTheFirstLetters() {
        assertEquals("Ф. Л. И.", HolderName.initials("Фёдорова Людмила Ивановна"));
        assertEquals("Ё. А.", HolderName.initials("  Ёлкин   Андрей "));
        assertEquals("", HolderName.initials(null));
    }

    @Test
    void aVerificationAddressEncodesTheNumberButKeepsItsSlashes() {
        assertEquals("/verify/%D0%A0%D0%A6-2026-0001", CertificateIssuer.verifyPath("РЦ-2026-0001"));
        assertEquals("/verify/%D0%A0%D0%A6/2026/0001", CertificateIssuer.verifyPath("РЦ/2026/0001"));
    }
}
