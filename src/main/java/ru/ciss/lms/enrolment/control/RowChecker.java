package ru.ciss.lms.enrolment.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import ru.ciss.lms.people.OrganisationKind;

/**
 * Turns records into rows and reports everything wrong with each, so that the administrator can fix a file in one
 * go rather than one error per upload. Keeps the e-mails seen so far: a file is checked by one checker, in order.
 */
final class RowChecker {

    /** Letters first; then letters, combining marks (a ё typed as е + U+0308), spaces, dots, apostrophes, hyphens. */
    private static final Pattern NAME = Pattern.compile("^\\p{L}[\\p{L}\\p{M} .'’-]*$");
    /** Deliberately loose: the activation e-mail is the real check; this catches cells shifted or mistyped. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** Characters that would let one cell hold several addresses or a display name. */
    private static final Pattern EMAIL_FORBIDDEN = Pattern.compile("[,;<>\"]");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{5,25}$");

    /** 01.03.2019, and 1.3.2019 as Excel writes it; strict, so 31.02.2019 is no date. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern DATE_SHAPE = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.\\d{4}$");

    private final DistrictNames districts;
    /** The cohort's dates: an enrolment date outside them is a typo; null: not checked. */
    private final LocalDate earliest;
    private final LocalDate latest;
    private final Map<String, Integer> firstLineOfEmail = new HashMap<>();
    private final Corrections corrections;
    private final List<Suggestion> suggestions = new ArrayList<>();

    RowChecker(DistrictNames districts, LocalDate earliest, LocalDate latest) {
        this(districts, earliest, latest, Corrections.NONE);
    }

    RowChecker(DistrictNames districts, LocalDate earliest, LocalDate latest, Corrections corrections) {
        this.districts = districts;
        this.earliest = earliest;
        this.latest = latest;
        this.corrections = corrections == null ? Corrections.NONE : corrections;
    }

    /** Corrections to offer for the rows checked so far, in file order. */
    List<Suggestion> suggestions() {
        return List.copyOf(suggestions);
    }

    /** The «Зачислен с» cell as a date, or null with a problem added when it is not one or outside the cohort. */
    LocalDate enrolmentDate(String cell, List<RosterProblem> problems) {
        if (cell == null) {
            return null;
        }
        LocalDate date;
        try {
            date = DATE_SHAPE.matcher(cell).matches() ? LocalDate.parse(cell, DATE) : null;
        } catch (DateTimeException e) {
            date = null;
        }
        if (date == null) {
            problems.add(new RosterProblem("enrolment.row.badDate", cell));
        } else if (earliest != null && latest != null && (date.isBefore(earliest) || date.isAfter(latest))) {
            problems.add(new RosterProblem("enrolment.row.dateOutsideCohort", SHOWN.format(date),
                    SHOWN.format(earliest), SHOWN.format(latest)));
            return null;
        }
        return date;
    }

    RosterRow check(int line, List<String> record, RosterColumns columns) {
        Map<RosterField, String> cells = new EnumMap<>(RosterField.class);
        for (RosterField field : RosterField.values()) {
            cells.put(field, columns.cell(record, field));
        }
        String email = cells.get(RosterField.EMAIL);
        if (email != null) {
            email = email.strip().toLowerCase(Locale.ROOT);
            cells.put(RosterField.EMAIL, email);
        }
        List<RosterProblem> problems = new ArrayList<>();
        for (RosterField field : RosterField.values()) {
            String value = cells.get(field);
            if (value == null) {
                if (field.required) {
                    problems.add(new RosterProblem("enrolment.row.missing", field.key));
                }
            } else if (field.maxLength > 0 && value.codePointCount(0, value.length()) > field.maxLength) {
                // Counted in code points, as the database counts characters.
                problems.add(new RosterProblem("enrolment.row.tooLong", field.key, field.maxLength));
            }
        }
        for (RosterField name : new RosterField[] {RosterField.SURNAME, RosterField.GIVEN_NAME,
            RosterField.PATRONYMIC}) {
            String value = cells.get(name);
            if (value != null && !NAME.matcher(value).matches()) {
                problems.add(new RosterProblem("enrolment.row.badName", name.key));
            }
        }
        if (email != null && (!EMAIL.matcher(email).matches() || EMAIL_FORBIDDEN.matcher(email).find())) {
            problems.add(new RosterProblem("enrolment.row.badEmail", email));
        }
        String phone = cells.get(RosterField.PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new RosterProblem("enrolment.row.badPhone", phone));
        }
        String districtName = cells.get(RosterField.DISTRICT);
        Integer districtId = districtName == null ? null
                : districts.find(corrections.districts().getOrDefault(districtName, districtName));
        if (districtName != null && districtId == null) {
            problems.add(new RosterProblem("enrolment.row.unknownDistrict", districtName));
            String near = districts.suggest(districtName);
            if (near != null) {
                suggestions.add(new Suggestion(line, RosterField.DISTRICT.key, districtName, near));
            }
        }
        String kindName = cells.get(RosterField.ORGANISATION_KIND);
        OrganisationKind kind = kindName == null ? null
                : OrganisationKinds.find(corrections.kinds().getOrDefault(kindName, kindName));
        if (kindName != null && kind == null) {
            problems.add(new RosterProblem("enrolment.row.unknownOrganisationKind", kindName));
            String near = OrganisationKinds.suggest(kindName);
            if (near != null) {
                suggestions.add(new Suggestion(line, RosterField.ORGANISATION_KIND.key, kindName, near));
            }
        }
        if (email != null) {
            Integer first = firstLineOfEmail.putIfAbsent(email, line);
            if (first != null) {
                problems.add(new RosterProblem("enrolment.row.duplicateEmail", email, first));
            }
        }
        LocalDate enrolledOn = enrolmentDate(cells.get(RosterField.ENROLLED_ON), problems);
        return new RosterRow(line, cells.get(RosterField.SURNAME), cells.get(RosterField.GIVEN_NAME),
                cells.get(RosterField.PATRONYMIC), email, phone, districtId, cells.get(RosterField.ORGANISATION), kind,
                cells.get(RosterField.POSITION), problems, enrolledOn);
    }
}
