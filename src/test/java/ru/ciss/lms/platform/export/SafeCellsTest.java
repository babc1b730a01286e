package ru.ciss.lms.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1", "=", "-"})
    void aValueThatCouldStartAFormulaIsPrefixedWithAQuote(String dangerous) {
        assertEquals("'" + dangerous, SafeCells.text(dangerous));
    }

    @Test
    void aNegativeLookingNumberIsPrefixedTooBecauseALeadingMinusCanStartAFormula() {
        // Excel parses "-5" as the formula =-5; the rule does not guess which minus-texts are harmless.
        assertEquals("'-5", SafeCells.text("-5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Фёдорова Алёна Петровна", "Омск, ул. Ленина = центр", "5", "'quoted",
            "a=b", "ООО «Ромашка»"})
    void harmlessValuesAreUnchanged(String harmless) {
        assertEquals(harmless, SafeCells.text(harmless));
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertEquals("", SafeCells.text(null));
        assertEquals("", SafeCells.text(""));
    }
}
