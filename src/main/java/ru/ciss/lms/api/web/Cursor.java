package ru.ciss.lms.api.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A page's position in a list ordered by id: opaque to clients (they pass back what {@code next} gave them), stable
 * while rows are added (a new row comes at the end, no row is seen twice or skipped).
 */
final class Cursor {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    static String after(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The id the page starts after; null for the first page. */
    static Long read(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            if (text.startsWith("id:")) {
                long id = Long.parseLong(text.substring(3));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new ApiProblem(400, "badCursor");
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiProblem(400, "badLimit", MAX_LIMIT);
        }
        return limit;
    }

    private Cursor() {
    }
}
