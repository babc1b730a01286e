package ru.ciss.lms.people.boundary;

import ru.ciss.lms.people.FullName;
import ru.ciss.lms.people.entity.District;

/**
 * What every page shows of the signed-in person (their name in the header; on the home pages their details), read in
 * one statement instead of the whole person with roles and organisation (issue #25: this ran on every page).
 * Getters, not a record's accessors, so pages read it as they read a person: {@code #{currentUser.person.fullName}}.
 */
public final class CallerCard {

    private final String surname;
    private final String givenName;
    private final String patronymic;
    private final String email;
    private final District district;
    private final String organisationName;

    public CallerCard(String surname, String givenName, String patronymic, String email, District district,
            String organisationName) {
        this.surname = surname;
        this.givenName = givenName;
        this.patronymic = patronymic;
        this.email = email;
        this.district = district;
        this.organisationName = organisationName;
    }

    /** Фамилия Имя Отчество, as everywhere else ({@link FullName}). */
    public String getFullName() {
        return FullName.of(surname, givenName, patronymic);
    }

    public String getGivenName() {
        return givenName;
    }

    public String getEmail() {
        return email;
    }

    /** Null when the person named none. */
    public District getDistrict() {
        return district;
    }

    /** Null when the person named none. */
    public String getOrganisationName() {
        return organisationName;
    }
}
