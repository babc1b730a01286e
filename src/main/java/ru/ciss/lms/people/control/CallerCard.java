package ru.ciss.lms.people.control;

import ru.ciss.lms.people.FullName;

/**
 * What every page shows of the signed-in person (their name in the header; on the home pages their details), read in
 * one statement instead of the whole person with roles and organisation (issue #25: this ran on every page). Read
 * together with the session's validity ({@link SessionValidity}), so a page asks nothing more for it.
 * Getters, not a record's accessors, so pages read it as they read a person: {@code #{currentUser.person.fullName}}.
 * The district is an id: the pages name it from the districts read once per start.
 */
public final class CallerCard {

    private final long personId;
    private final String surname;
    private final String givenName;
    private final String patronymic;
    private final String email;
    private final Integer districtId;
    private final String organisationName;
    private final ru.ciss.lms.people.Gender gender;

    public CallerCard(long personId, String surname, String givenName, String patronymic, String email,
            Integer districtId, String organisationName, ru.ciss.lms.people.Gender gender) {
        this.personId = personId;
        this.surname = surname;
        this.givenName = givenName;
        this.patronymic = patronymic;
        this.email = email;
        this.districtId = districtId;
        this.organisationName = organisationName;
        this.gender = gender;
    }

    /** Whose card it is: a page shows it only to that person. */
    public long getPersonId() {
        return personId;
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
    public Integer getDistrictId() {
        return districtId;
    }

    /** Null when the person named none. */
    public String getOrganisationName() {
        return organisationName;
    }

    /** For the words that agree with the person («присутствовала»): see {@code GenderedText}. */
    public String getPatronymic() {
        return patronymic;
    }

    /** The gender set on the person; null when none is (the patronymic may still tell). */
    public ru.ciss.lms.people.Gender getGender() {
        return gender;
    }
}
