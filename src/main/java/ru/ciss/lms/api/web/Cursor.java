package ru.ciss.lms.api.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

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

    /** A page's items and the cursor of the page after it (null on the last page). */
    record Slice<J>(List<J> items, String next) {
    }

    /**
     * One page: {@code read} is asked for one row more than the page holds (after the id the cursor names), so that
     * a following page is announced only when there is one; the cursor names the last row shown.
     */
    static <F, J> Slice<J> page(String after, Integer limit, BiFunction<Long, Integer, List<F>> read,
                                Function<F, J> json, ToLongFunction<F> id) {
        int size = limit(limit);
        List<F> rows = read.apply(read(after), size + 1);
        List<F> shown = rows.subList(0, Math.min(size, rows.size()));
        return new Slice<>(shown.stream().map(json).toList(),
                rows.size() > size ? after(id.applyAsLong(shown.getLast())) : null);
    }

    private Cursor() {
    }
}
