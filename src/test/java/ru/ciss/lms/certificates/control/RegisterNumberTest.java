package ru.ciss.lms.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterNumberTest {

    @Test
    void theDefaultPatternGivesSeriesYearAndAFourDigitNumber() {
        assertEquals("РЦ-2026-0001", RegisterNumber.format(RegisterNumber.DEFAULT_PATTERN, "РЦ", 2026, 1,
                RegisterNumber.DEFAULT_DIGITS));
        assertEquals("РЦ-2026-0042", RegisterNumber.format(RegisterNumber.DEFAULT_PATTERN, "РЦ", 2026, 42, 4));
        assertEquals("РЦ-2026-9999", RegisterNumber.format(RegisterNumber.DEFAULT_PATTERN, "РЦ", 2026, 9999, 4));
    }

    @Test
    void aWiderNumberIsWrittenInFullNotTruncated() {
        assertEquals("РЦ-2026-10000", RegisterNumber.format(RegisterNumber.DEFAULT_PATTERN, "РЦ", 2026, 10_000, 4));
        assertEquals("РЦ-2026-1234567", RegisterNumber.format(RegisterNumber.DEFAULT_PATTERN, "РЦ", 2026, 1234567, 4));
    }

    @Test
    void otherPatternsAndWidths() {
        assertEquals("ШРЦ/ОМ/2026/000007", RegisterNumber.format("ШРЦ/{series}/{year}/{number}", "ОМ", 2026, 7, 6));
        assertEquals("2026.ОМ.12", RegisterNumber.format("{year}.{series}.{number}", "ОМ", 2026, 12, 1));
        assertEquals("CERT_ОМ-2026_0003", RegisterNumber.format("CERT_{series}-{year}_{number}", "ОМ", 2026, 3, 4));
    }

    @Test
    void theResultIsUpperCasedSoThatWhatATypistEntersMatches() {
        String issued = RegisterNumber.format("{series}-{year}-n{number}", "рц", 2026, 5, 4);
        assertEquals("РЦ-2026-N0005", issued);
        assertEquals(issued, RegisterNumber.normalise(issued.toLowerCase(java.util.Locale.ROOT)));
        assertTrue(RegisterNumber.isWellFormed(issued));
    }

    @Test
    void formatRefusesBadArguments() {
        String p = RegisterNumber.DEFAULT_PATTERN;
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.format(p, "Р Ц", 2026, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.format(p, "", 2026, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.format(p, null, 2026, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.format(p, "РЦ?", 2026, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.format(p, "РЦ", 0, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.format(p, "РЦ", 10_000, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.format(p, "РЦ", 2026, -1, 4));
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.format(p, "РЦ", 2026, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.format("{series}-{number}", "РЦ", 2026, 1, 4));
        // A number the lookup would refuse as too long must never be issued.
        assertThrows(IllegalArgumentException.class,
                () -> RegisterNumber.format(p, "А".repeat(30), 2026, 1, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{series}-{year}-{number}", "{series}{year}{number}", "ШРЦ/{series}/{year}/{number}",
            "{number}.{series}.{year}", "cert_{series}-{year}-{number}", "Ёж-{series}-{year}-{number}"})
    void acceptablePatterns(String pattern) {
        RegisterNumber.checkPattern(pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{series}-{year}", // no number: every certificate alike
            "{series}-{year}-{number}-{number}", // number twice
            "{year}-{number}", // no series: two series collide
            "{series}-{number}", // no year: numbering restarts every year and collides
            "{series}-{year}-{num}", // unknown placeholder
            "{series}-{year}-{number}-{holder}", // unknown placeholder
            "{series} {year} {number}", // space
            "{series}-{year}?{number}", // query separator
            "{series}-{year}#{number}", // fragment
            "{series}-{year}%{number}", // percent-encoding
            "{series}-{year}-{number", // unclosed
            "{series}-{year}-{number}}", // stray brace
            "{series}-{year}\u2013{number}", // en dash is not a literal we allow
            "{series}-{year}-α{number}", // Greek looks Latin, never typed the same
            ""})
    void refusedPatterns(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.checkPattern(pattern));
    }

    @Test
    void aNullPatternIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RegisterNumber.checkPattern(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"РЦ-2026-0001", "A", "ёЁ", "ШРЦ/2026/000007", "cert_2026.1", " РЦ-2026-0001 ",
            "1234567890123456789012345678901234567890"})
    void wellFormed(String candidate) {
        assertTrue(RegisterNumber.isWellFormed(candidate), candidate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE certificate; --", "", "   ", "РЦ 2026", "РЦ-2026\u0000", "РЦ\t2026",
            "РЦ-2026-0001?x=1", "РЦ#1", "РЦ%201", "<script>", "α-2026", "12345678901234567890123456789012345678901",
            "РЦ\u20132026"})
    void notWellFormed(String candidate) {
        assertFalse(RegisterNumber.isWellFormed(candidate), candidate);
    }

    @Test
    void nullIsNotWellFormed() {
        assertFalse(RegisterNumber.isWellFormed(null));
    }

    @Test
    void normaliseStripsUpperCasesAndStraightensDashes() {
        assertEquals("РЦ-2026-0001", RegisterNumber.normalise("  рц-2026-0001\n"));
        assertEquals("РЦ-2026-0001", RegisterNumber.normalise("РЦ\u20132026\u20140001"));
        assertEquals("РЦ-2026-0001", RegisterNumber.normalise("РЦ\u22122026\u20110001"));
        assertEquals("ЁЛ-2026-0001", RegisterNumber.normalise("ёл-2026-0001"));
        assertEquals("", RegisterNumber.normalise(null));
    }

    @Test
    void normaliseDoesNotMergeLookAlikeLatinAndCyrillicLetters() {
        // "PC" in Latin and "РС" in Cyrillic are different series: a verification must not confirm one for the other.
        assertEquals("PC-2026-0001", RegisterNumber.normalise("pc-2026-0001"));
        assertEquals("РС-2026-0001", RegisterNumber.normalise("рс-2026-0001"));
        assertFalse(RegisterNumber.normalise("pc-2026-0001").equals(RegisterNumber.normalise("рс-2026-0001")));
    }

    @Test
    void normaliseDoesNotHideInternalSpaces() {
        assertFalse(RegisterNumber.isWellFormed(RegisterNumber.normalise("РЦ 2026 0001")));
    }
}
