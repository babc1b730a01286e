package ru.ciss.lms.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.ciss.lms.people.boundary.People;
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
    DistrictList districtList;

    @Inject
    UserLocale userLocale;

    @Inject
    CurrentUser currentUser;

    private Person person;
    private PersonFields fields;

    @PostConstruct
    void init() {
        person = people.me();
        fields = new PersonFields(districtList.all(), person);
    }

    public void save() {
        fields.applyTo(person, people);
        boolean saved = Refusals.attempt(null, "profile", () -> person = people.updateOwnProfile(person,
                fields.getOrganisationName(), fields.getOrganisationKind()));
        if (saved) {
            currentUser.detailsChanged(); // the header and the rest of this answer show the new name
            userLocale.use(person.getLanguage().code());
            Texts.info("account.profile.saved");
        }
    }

    public Person getPerson() {
        return person;
    }

    public PersonFields getFields() {
        return fields;
    }
}
