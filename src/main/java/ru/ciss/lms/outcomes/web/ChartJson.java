package ru.ciss.lms.outcomes.web;

import java.io.StringWriter;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The bits of Chart.js configuration the dashboard writes, built with JSON-P. The labels are district and indicator
 * names, and the configuration is written inside a script element, so {@link #forScript} escapes what could end it;
 * colours are dark enough for text contrast on white.
 */
final class ChartJson {

    static final String BLUE = "#1f5f99";
    static final String GREEN = "#2e7d32";
    static final String ORANGE = "#a3520a";
    static final String GREY = "#6b6b6b";

    private ChartJson() {
    }

    static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    /** A bar chart of these labels and datasets with these options (animation is always off: it costs phones). */
    static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        return forScript(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options.add("animation", false).add("maintainAspectRatio", false))
                .build());
    }

    /**
     * The JSON text, with "<", ">" and "&" and the two JavaScript line separators as \\u escapes: they can only occur
     * inside strings here, where the escape means the same, and no label can close the script element.
     */
    static String forScript(JsonObject json) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriter(out)) {
            writer.write(json);
        }
        return out.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
