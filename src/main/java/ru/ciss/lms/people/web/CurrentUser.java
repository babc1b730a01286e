package ru.ciss.lms.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.security.Role;

/** The signed-in person for the views: name in the header, which menu items to show. Loaded once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    People people;

    private Person person;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Person getPerson() {
        if (person == null && isSignedIn()) {
            person = people.me();
        }
        return person;
    }

    public boolean isAdministrator() {
        return security.isCallerInRole(Role.ADMINISTRATOR_NAME);
    }

    public boolean isMentor() {
        return security.isCallerInRole(Role.MENTOR_NAME);
    }

    public boolean isTrainee() {
        return security.isCallerInRole(Role.TRAINEE_NAME);
    }

    /** Signed in by a mentor's invitation link: scoring only (see the presentations feature). */
    public boolean isInvited() {
        return security.isCallerInRole(Role.INVITED_MENTOR_NAME);
    }

    /** The home page of the person's most powerful role. */
    public String getHomeOutcome() {
        if (isInvited()) {
            return "/presentations/queue.xhtml";
        }
        if (isAdministrator()) {
            return "/home/admin.xhtml";
        }
        if (isMentor()) {
            return "/home/mentor.xhtml";
        }
        return "/home/trainee.xhtml";
    }
}
