package ru.ciss.lms.course.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** A row of the programme catalogue: counted in the database, not by loading every lesson. */
public record ProgrammeSummary(Long id, String title, String titleEn, int academicHours, Instant importedAt,
                               long modules, long lessons) implements Serializable {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : title;
    }
}
