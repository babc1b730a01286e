package ru.ciss.lms.people.boundary;

import java.io.Serializable;
import ru.ciss.lms.platform.security.Role;

/** What the people list is narrowed to; any part may be empty. */
public record PersonFilter(String text, Role role, Integer districtId, boolean includeInactive) implements Serializable {

    public static PersonFilter everyone() {
        return new PersonFilter(null, null, null, true);
    }

    /** Each word of the text as a LIKE pattern, normalised as names are (see NameSearch); every word must match. */
    java.util.List<String> likePatterns() {
        return ru.ciss.lms.people.control.NameSearch.likePatterns(text);
    }

    boolean hasText() {
        return !likePatterns().isEmpty();
    }
}
