package ru.ciss.lms.platform.database;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reading the columns of native statements, for the hot pages where JPQL's column queries cost too much: EclipseLink
 * 5.0 generates the SQL of a column or constructor query ({@code SELECT p.a, p.b …}, {@code SELECT NEW …}) anew at every
 * execution (6-11 % of a page's CPU in the profiles of issue #25). The cause: each new JPA query copies the parsed
 * query it took from the JPQL parse cache as soon as the entity manager has a property map, as every container-managed
 * one has ({@code EJBQueryImpl.inheritEntityManagerHints} asks for {@code getDatabaseQuery()}, which clones), and
 * {@code ReportQuery.clone()} adds its items to the copy one by one, each {@code addItem} marking it unprepared. Entity
 * queries keep their preparation through the copy. The driver answers numbers and dates in its own types; these name
 * what a page wants.
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

    /**
     * A DATETIME column holding an instant: the driver answers a Timestamp in the JVM's zone (UTC, as the run command
     * sets it, the zone the entities' instants are written in) or, on request, a LocalDateTime in the same zone.
     */
    public static Instant asInstant(Object value) {
        return value == null ? null : value instanceof java.sql.Timestamp t ? t.toInstant()
                : value instanceof java.time.LocalDateTime l ? l.atZone(java.time.ZoneId.systemDefault()).toInstant()
                : (Instant) value;
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
