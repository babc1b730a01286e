package ru.ciss.lms.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a page marks a field with a problem (issue #18): aria-invalid, and described by its message. */
public final class FieldMarks {

    private FieldMarks() {
    }

    /** The field is marked invalid and described by the element with its message, which is on the page. */
    public static void assertInvalidWithMessage(String html, String clientId) {
        Matcher field = Pattern.compile("<(input|select|textarea|table)[^>]*(name|id)=\"" + Pattern.quote(clientId)
                + "\"[^>]*>").matcher(html);
        assertTrue(field.find(), () -> "no field " + clientId + " in " + html);
        String tag = field.group();
        assertTrue(tag.contains("aria-invalid=\"true\""), tag);
        assertTrue(tag.contains("aria-describedby=\"" + clientId + "-error"), tag);
        assertTrue(html.contains("id=\"" + clientId + "-error\""), () -> "no message element for " + clientId);
    }
}
