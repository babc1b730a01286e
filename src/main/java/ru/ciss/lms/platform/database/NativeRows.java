package ru.ciss.lms.platform.database;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reading the columns of native statements, for the few hot pages where JPQL's column queries cost too much:
 * EclipseLink prepares such a query anew at every execution (its SQL generation was 6-11 % of the trainee home's CPU),
 * and a native statement skips that. The driver answers numbers and dates in its own types; these name what a page
 * wants.
 */
public final class NativeRows {

    private NativeRows() {
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    public static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static Integer asInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A BOOLEAN column: the driver answers Boolean for TINYINT(1), a number if the column was declared otherwise. */
    public static boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }

    public static LocalDate asDate(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    public static LocalTime asTime(Object value) {
        return value == null ? null : value instanceof LocalTime time ? time : ((java.sql.Time) value).toLocalTime();
    }

    public static <E extends Enum<E>> E asEnum(Class<E> type, Object value) {
        return value == null ? null : Enum.valueOf(type, (String) value);
    }

    /** "?, ?, ?" for an IN list of that many values (never empty: callers return early on none). */
    public static String placeholders(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return values.stream().map(v -> "?").collect(Collectors.joining(", "));
    }

    /** Binds the values from the given position on; returns the next free position. */
    public static int bind(Query query, int from, Collection<?> values) {
        int at = from;
        for (Object value : values) {
            query.setParameter(at++, value);
        }
        return at;
    }
}
