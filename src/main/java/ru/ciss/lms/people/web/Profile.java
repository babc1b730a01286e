package ru.ciss.lms.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.people.boundary.ConcurrentEditException;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.boundary.PeopleRuleException;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.people.entity.Language;
import ru.ciss.lms.people.entity.OrganisationKind;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.platform.web.UserLocale;

/** /account/profile.xhtml: everyone's own contact details and interface language. */
@Named
@ViewScoped
public class Profile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    @Inject
    UserLocale userLocale;

    private Person person;
    private Integer districtId;
    private String organisationName;
    private OrganisationKind organisationKind;
    private List<District> districts;

    @PostConstruct
    void init() {
        person = people.me();
        districts = people.districts();
        districtId = person.getDistrict() == null ? null : person.getDistrict().getId();
        if (person.getOrganisation() != null) {
            organisationName = person.getOrganisation().getName();
            organisationKind = person.getOrganisation().getKind();
        }
    }

    public void save() {
        person.setDistrict(people.district(districtId));
        try {
            person = people.updateOwnProfile(person, organisationName, organisationKind);
            userLocale.use(person.getLanguage().code());
            Texts.info("account.profile.saved");
        } catch (ConcurrentEditException e) {
            Texts.error(null, "people.edit.concurrent");
        } catch (PeopleRuleException e) {
            Texts.error(null, e.messageKey());
        }
    }

    public Person getPerson() {
        return person;
    }

    public List<District> getDistricts() {
        return districts;
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

    public OrganisationKind[] getOrganisationKinds() {
        return OrganisationKind.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }
}
