package ru.ciss.lms.enrolment.control;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cell of a record holds which field. Districts send their lists with the columns in any order and with
 * extra columns of their own, so a header is read by names; a file without a header must keep the fixed order.
 */
final class RosterColumns {

    /** Two matching names tell a header from a person: a person's cells rarely match even one. */
    private static final int HEADER_MATCHES = 2;
    private static final Map<String, RosterField> BY_HEADER = new HashMap<>();

    static {
        for (RosterField field : RosterField.values()) {
            for (String header : field.headers) {
                BY_HEADER.put(Words.label(header), field);
            }
        }
    }

    private final boolean header;
    private final Map<RosterField, Integer> index;

    private RosterColumns(boolean header, Map<RosterField, Integer> index) {
        this.header = header;
        this.index = index;
    }

    /** The columns as the file's first non-blank record shows them: its header, or the fixed order. */
    static RosterColumns of(List<String> firstRecord) {
        Map<RosterField, Integer> named = new EnumMap<>(RosterField.class);
        int matches = 0;
        for (int i = 0; i < firstRecord.size(); i++) {
            String cell = Words.cell(firstRecord.get(i));
            RosterField field = cell == null ? null : BY_HEADER.get(Words.label(cell));
            if (field != null) {
                matches++;
                // The first column of a name wins; a second "Имя" is most likely a district's own note.
                named.putIfAbsent(field, i);
            }
        }
        if (matches >= HEADER_MATCHES) {
            return new RosterColumns(true, named);
        }
        Map<RosterField, Integer> fixed = new EnumMap<>(RosterField.class);
        for (RosterField field : RosterField.values()) {
            if (field.inFixedOrder()) {
                fixed.put(field, field.ordinal());
            }
        }
        return new RosterColumns(false, fixed);
    }

    boolean header() {
        return header;
    }

    /** Required columns the header lacks, in field order; always none without a header. */
    List<RosterField> missing() {
        return Arrays.stream(RosterField.values())
                .filter(f -> f.requiredColumn() && !index.containsKey(f)).toList();
    }

    /** The field's cell in a record, cleaned; null when empty, absent from the header or beyond a short row. */
    String cell(List<String> record, RosterField field) {
        Integer i = index.get(field);
        String cell = i == null || i >= record.size() ? null : Words.cell(record.get(i));
        // The apostrophe our own exports put before = + - @ (see SafeCells), so a rejected-rows file reads back.
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
