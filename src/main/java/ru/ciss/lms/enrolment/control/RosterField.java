package ru.ciss.lms.enrolment.control;

import java.util.List;

/**
 * The columns of a roster, in the order a file without a header must use. {@code key} is what problems name (the
 * page shows {@code enrolment.field.<key>}); {@code maxLength} is the database column's size, 0 when the value is
 * looked up rather than stored; {@code headers} are the column names the districts actually write.
 */
enum RosterField {
    SURNAME("surname", 100, true, "фамилия", "surname", "last name"),
    GIVEN_NAME("givenName", 100, true, "имя", "given name", "first name", "name"),
    PATRONYMIC("patronymic", 100, false, "отчество", "patronymic", "middle name"),
    EMAIL("email", 254, true, "e-mail", "email", "эл. почта", "электронная почта", "почта",
            "адрес электронной почты"),
    PHONE("phone", 40, false, "телефон", "phone", "тел."),
    DISTRICT("district", 0, true, "район", "district", "муниципальный район"),
    ORGANISATION("organisation", 300, false, "организация", "organisation", "organization", "место работы"),
    ORGANISATION_KIND("organisationKind", 0, false, "тип организации", "вид организации", "organisation kind",
            "organization type"),
    POSITION("position", 200, false, "должность", "position"),
    /**
     * dd.MM.yyyy; empty: the enrolment date the curator chose for the whole file (today, or the cohort's start).
     * Read only under its header: files without one often carry a district's own notes after the nine columns.
     */
    ENROLLED_ON("enrolledOn", 0, false, "зачислен с", "зачислена с", "зачислен(а) с", "дата зачисления",
            "зачислен", "enrolled from", "enrolled on", "enrolment date");

    final String key;
    final int maxLength;
    /** A row without it cannot be enrolled. */
    final boolean required;
    final List<String> headers;

    RosterField(String key, int maxLength, boolean required, String... headers) {
        this.key = key;
        this.maxLength = maxLength;
        this.required = required;
        this.headers = List.of(headers);
    }

    /**
     * A header without this column makes the whole file unusable. District is required in every row but not as a
     * column: the brief names only these three, and a missing district column still shows up on every row.
     */
    boolean inFixedOrder() {
        return this != ENROLLED_ON;
    }

    boolean requiredColumn() {
        return this == SURNAME || this == GIVEN_NAME || this == EMAIL;
    }
}
