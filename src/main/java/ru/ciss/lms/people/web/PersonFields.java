package ru.ciss.lms.people.web;

import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.people.entity.Language;
import ru.ciss.lms.people.OrganisationKind;
import ru.ciss.lms.people.entity.Person;

/**
 * The form state behind WEB-INF/includes/person-fields.xhtml that is not a field of {@link Person} itself: the
 * district chosen by id, and the organisation by name and kind. Shared by an administrator's edit and the profile.
 */
public class PersonFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<District> districts;
    private Integer districtId;
    private String organisationName;
    private OrganisationKind organisationKind;

    PersonFields(List<District> districts, Person person) {
        this.districts = districts;
        districtId = person.getDistrict() == null ? null : person.getDistrict().getId();
        if (person.getOrganisation() != null) {
            organisationName = person.getOrganisation().getName();
            organisationKind = person.getOrganisation().getKind();
        }
    }

    /** Puts the chosen district into the person before saving. */
    void applyTo(Person person, People people) {
        person.setDistrict(people.district(districtId));
    }

    public List<District> getDistricts() {
        return districts;
    }

    public OrganisationKind[] getOrganisationKinds() {
        return OrganisationKind.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Integer getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Integer districtId) {
        this.districtId = districtId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public OrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public void setOrganisationKind(OrganisationKind organisationKind) {
        this.organisationKind = organisationKind;
    }
}
