package ru.ciss.lms.people.boundary;

import java.io.Serializable;
import ru.ciss.lms.people.entity.Role;

/** What the people list is narrowed to; any part may be empty. */
public record PersonFilter(String text, Role role, Integer districtId, boolean includeInactive) implements Serializable {

    public static PersonFilter everyone() {
        return new PersonFilter(null, null, null, true);
    }

    /** The text as a LIKE pattern with the user's own % and _ taken literally. */
    String likePattern() {
        String escaped = text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
