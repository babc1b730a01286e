package ru.ciss.lms.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of the assignment page's answer form (study/assignment.xhtml), for tests that post it over HTTP. */
public final class AssignmentForms {

    /** The answer form with this text, sent by the named button ("save" or "submit"). */
    public static Map<String, String> answer(String text, String button) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("answer", "answer");
        fields.put("answer:text", text);
        fields.put("answer:" + button, button);
        return fields;
    }

    private AssignmentForms() {
    }
}
