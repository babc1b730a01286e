package ru.ciss.lms.people.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import ru.ciss.lms.people.boundary.Activations;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.boundary.PeopleRuleException;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.PublicAddress;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.Texts;

/**
 * /people/edit.xhtml?id=N (or without id: a new person). The person is held for the life of the view together with
 * the version it had when opened, so a save over someone else's newer save is refused, not silently applied.
 */
@Named
@ViewScoped
public class PersonEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    @Inject
    DistrictList districtList;

    @Inject
    Activations activations;

    @Inject
    PublicAddress address;

    private String id;
    private Person person;
    private PersonFields fields;
    private List<Role> roles = new ArrayList<>();
    private String newPassword;
    private String activationLink;

    /** f:viewAction: loads the person named in the address, or answers 404 for an id that names no one. */
    public void load() throws IOException {
        if (person != null) {
            return;
        }
        if (id == null || id.isBlank()) {
            person = new Person();
            fields = new PersonFields(districtList.all(), person);
            // Nothing ticked: a mentor created by ticking «Наставник» must not become a trainee as well.
            roles = new ArrayList<>();
            return;
        }
        try {
            person = people.find(Long.parseLong(id));
        } catch (NumberFormatException | PeopleRuleException notFound) {
            NotFound.answer();
            return;
        }
        fields = new PersonFields(districtList.all(), person);
        roles = new ArrayList<>(person.getRoles());
        if (person.getGender() == null) {
            // Suggested, not decided: the form shows it chosen and the administrator saves or changes it.
            person.setGender(ru.ciss.lms.people.GenderedWords.suggest(person.getPatronymic()));
        }
    }

    public ru.ciss.lms.people.Gender[] getGenders() {
        return ru.ciss.lms.people.Gender.values();
    }

    public void save() throws IOException {
        fields.applyTo(person, people);
        person.setRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        boolean saved = Refusals.attempt(null, "person", () -> {
            if (isNew()) {
                people.create(person, fields.getOrganisationName(), fields.getOrganisationKind(), newPassword);
            } else {
                people.update(person, fields.getOrganisationName(), fields.getOrganisationKind());
            }
        });
        if (saved) {
            backToList("people.edit.saved", person.getFullName());
        }
    }

    public void setActive(boolean active) throws IOException {
        if (Refusals.attempt(null, () -> people.setActive(person.getId(), person.getVersion(), active))) {
            backToList(active ? "people.edit.activated" : "people.edit.deactivated", person.getFullName());
        }
    }

    /** Post-redirect-get after a reset (the new password is never sent twice by a reload). */
    public String resetPassword() {
        if (Refusals.attempt("password:newPassword", () -> people.resetPassword(person.getId(), newPassword))) {
            newPassword = null;
            Texts.info("people.edit.passwordReset", person.getFullName());
            return Redirects.samePage();
        }
        return null;
    }

    /**
     * A one-time link the administrator copies and sends; it replaces any earlier link of this person. Shown once,
     * only in this view: no redirect afterwards (issue #18); the address keeps ?id= through o:form includeViewParams.
     */
    public void makeActivationLink() {
        Refusals.attempt(null, () -> activationLink = address.shown(ActivationPage.PATH + activations.newLink(person.getId())));
    }

    public String getActivationLink() {
        return activationLink;
    }

    public long getActivationValidDays() {
        return activations.validDays();
    }

    private void backToList(String key, Object... args) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ru.ciss.lms.platform.web.AcrossRedirect.keepMessages();
        Texts.info(key, args);
        external.redirect(external.getRequestContextPath() + "/people/list.xhtml");
    }

    public boolean isNew() {
        return person == null || person.getId() == null;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Person getPerson() {
        return person;
    }

    public PersonFields getFields() {
        return fields;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
