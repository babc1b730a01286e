package ru.ciss.lms.enrolment.control;

import java.io.Serializable;
import java.util.Map;

/**
 * Corrections the curator accepted in the preview, by the cell as written: the district or kind of organisation
 * each stands for. The file itself is never changed; it is read again with these on commit.
 */
public record Corrections(Map<String, String> districts, Map<String, String> kinds) implements Serializable {

    public static final Corrections NONE = new Corrections(Map.of(), Map.of());

    public Corrections {
        districts = Map.copyOf(districts);
        kinds = Map.copyOf(kinds);
    }

    /** These corrections and one more. */
    public Corrections with(Suggestion suggestion) {
        var d = new java.util.HashMap<>(districts);
        var k = new java.util.HashMap<>(kinds);
        ("district".equals(suggestion.field()) ? d : k).put(suggestion.written(), suggestion.suggested());
        return new Corrections(d, k);
    }
}
