package ru.ciss.lms.people;

/**
 * «Фамилия Имя Отчество», as Russian documents write a name. In the feature's root package because every feature that
 * reads a name in a projection query (without loading the person) writes it the same way.
 */
public final class FullName {

    private FullName() {
    }

    /** The name from its parts, skipping missing or blank ones; the patronymic is optional. */
    public static String of(String surname, String givenName, String patronymic) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {surname, givenName, patronymic}) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return name.toString();
    }
}
