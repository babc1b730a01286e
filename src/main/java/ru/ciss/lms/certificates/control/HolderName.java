package ru.ciss.lms.certificates.control;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a holder is named on the public verification page. */
public final class HolderName {

    private HolderName() {
    }

    /**
     * "Фёдорова Людмила Ивановна" → "Ф. Л. И.": without the holder's consent to publish the name, a stranger learns
     * only that the certificate exists and matches the initials on the paper in front of them.
     */
    public static String initials(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        return Arrays.stream(fullName.strip().split("\\s+"))
                .map(part -> part.substring(0, Character.charCount(part.codePointAt(0))).toUpperCase() + ".")
                .collect(Collectors.joining(" "));
    }
}
