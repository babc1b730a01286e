package ru.ciss.lms.outcomes.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void namesAreJsonStringsThatCannotCloseTheScript() {
        assertEquals("\"Тюкалинский район\"", ChartJson.string("Тюкалинский район"));
        assertEquals("\"АНО \\\"Ёлочка\\\"\"", ChartJson.string("АНО \"Ёлочка\""));
        String hostile = ChartJson.string("</script><script>alert(1)</script>");
        assertFalse(hostile.contains("<") || hostile.contains(">"), hostile);
        assertEquals("\"a\\\\b\\u000a\"", ChartJson.string("a\\b\n"));
    }

    @Test
    void aDatasetCarriesItsLabelValuesAndColour() {
        assertEquals("{\"label\":\"Услуги\",\"data\":[1,2],\"backgroundColor\":\"#2e7d32\"}",
                ChartJson.dataset("Услуги", "1,2", ChartJson.GREEN));
    }
}
