package ru.ciss.lms.outcomes.web;

/**
 * The bits of Chart.js configuration the dashboard writes. The labels are district and indicator names, so every
 * text is escaped as a JSON string; colours are dark enough for text contrast on white.
 */
final class ChartJson {

    static final String BLUE = "#1f5f99";
    static final String GREEN = "#2e7d32";
    static final String ORANGE = "#a3520a";
    static final String GREY = "#6b6b6b";

    private ChartJson() {
    }

    static String dataset(String label, CharSequence values, String colour) {
        return "{\"label\":" + string(label) + ",\"data\":[" + values + "],\"backgroundColor\":\"" + colour + "\"}";
    }

    /** A JSON string literal; "<" is escaped too, so no label can close the script element the chart is written in. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
