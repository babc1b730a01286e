package ru.ciss.lms.outcomes.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void namesStayReadableJsonThatCannotCloseTheScript() {
        String chart = ChartJson.bar(Json.createArrayBuilder().add("Тюкалинский район").add("АНО \"Ёлочка\"")
                        .add("</script><script>alert(1)</script>").add("a\\b\n\u2028"),
                Json.createArrayBuilder(), Json.createObjectBuilder());
        assertFalse(chart.contains("<") || chart.contains(">") || chart.contains("\u2028"), chart);
        var labels = Json.createReader(new StringReader(chart)).readObject().getJsonObject("data")
                .getJsonArray("labels");
        assertEquals("Тюкалинский район", labels.getString(0));
        assertEquals("АНО \"Ёлочка\"", labels.getString(1));
        assertEquals("</script><script>alert(1)</script>", labels.getString(2));
        assertEquals("a\\b\n\u2028", labels.getString(3));
    }

    @Test
    void aDatasetCarriesItsLabelValuesAndColour() {
        String chart = ChartJson.bar(Json.createArrayBuilder().add("2018"), Json.createArrayBuilder()
                .add(ChartJson.dataset("Услуги", Json.createArrayBuilder().add(1).add(2), ChartJson.GREEN)),
                Json.createObjectBuilder().add("indexAxis", "y"));
        assertEquals("{\"type\":\"bar\",\"data\":{\"labels\":[\"2018\"],\"datasets\":[{\"label\":\"Услуги\","
                + "\"data\":[1,2],\"backgroundColor\":\"#2e7d32\"}]},\"options\":{\"indexAxis\":\"y\","
                + "\"animation\":false,\"maintainAspectRatio\":false}}", chart);
    }
}
