package ru.ciss.lms.course.control;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of content/ did: nothing at all when there are problems; otherwise how many programmes and
 * lessons were created, changed, left as they were or archived.
 */
public record ImportReport(List<ContentProblem> problems, int programmesCreated, int programmesUpdated,
                           int programmesUnchanged, int lessonsCreated, int lessonsUpdated, int lessonsArchived)
        implements Serializable {

    public static ImportReport refused(List<ContentProblem> problems) {
        return new ImportReport(List.copyOf(problems), 0, 0, 0, 0, 0, 0);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public boolean changedNothing() {
        return programmesCreated + programmesUpdated + lessonsCreated + lessonsUpdated + lessonsArchived == 0;
    }
}
