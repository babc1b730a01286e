package ru.ciss.lms.enrolment.control;

import java.io.Serializable;

/**
 * A correction the preview offers for a cell that named no known district or kind of organisation: {@code field} is
 * {@code district} or {@code organisationKind}, {@code written} the cell as written, {@code suggested} the name the
 * curator may accept instead (then every cell written the same way is read as that name).
 */
public record Suggestion(int line, String field, String written, String suggested) implements Serializable {
}
