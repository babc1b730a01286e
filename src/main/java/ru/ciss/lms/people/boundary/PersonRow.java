package ru.ciss.lms.people.boundary;

import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.people.FullName;
import ru.ciss.lms.people.Gender;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.platform.security.Role;

/**
 * One row of the people list: what the table shows of a person, read by native SQL instead of managed entities
 * (issue #25: building a page of managed people and generating their query's SQL again was two thirds of the list's
 * query). Getters, so the page reads it as it read a person; the district is the shared cache's reference row.
 */
public final class PersonRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String surname;
    private final String givenName;
    private final String patronymic;
    private final Gender gender;
    private final String email;
    private final boolean active;
    private final List<Role> roles;
    private final District district;
    private final String organisation;

    PersonRow(long id, String surname, String givenName, String patronymic, Gender gender, String email,
            boolean active, List<Role> roles, District district, String organisation) {
        this.id = id;
        this.surname = surname;
        this.givenName = givenName;
        this.patronymic = patronymic;
        this.gender = gender;
        this.email = email;
        this.active = active;
        this.roles = List.copyOf(roles);
        this.district = district;
        this.organisation = organisation;
    }

    public long getId() {
        return id;
    }

    /** Фамилия Имя Отчество ({@link FullName}). */
    public String getFullName() {
        return FullName.of(surname, givenName, patronymic);
    }

    public String getSurname() {
        return surname;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public Gender getGender() {
        return gender;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    /** In the order of {@link Role}, as the list always showed them. */
    public List<Role> getRoles() {
        return roles;
    }

    public District getDistrict() {
        return district;
    }

    /** The organisation's name, or null. */
    public String getOrganisation() {
        return organisation;
    }
}
