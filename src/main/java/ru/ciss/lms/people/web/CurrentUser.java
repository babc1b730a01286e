package ru.ciss.lms.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import ru.ciss.lms.people.boundary.CallerCard;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.platform.security.Role;

/** The signed-in person for the views: name in the header, which menu items to show. Loaded once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    People people;

    private CallerCard person;
    /**
     * Asked many times per page (the menu, the header), and the container answers each through several layers, so
     * the answers are kept for the request — once someone is signed in: a request that signs in (the sign-in form,
     * an invitation link) asks again after it did.
     */
    private boolean signedIn;
    private final java.util.Map<String, Boolean> roles = new java.util.HashMap<>(4);

    public boolean isSignedIn() {
        if (!signedIn) {
            signedIn = security.getCallerPrincipal() != null;
        }
        return signedIn;
    }

    private boolean in(String role) {
        return isSignedIn() && roles.computeIfAbsent(role, security::isCallerInRole);
    }

    /** The header's name and the home pages' details: a card read once per request, not the person entity. */
    public CallerCard getPerson() {
        if (person == null && isSignedIn()) {
            person = people.myCard();
        }
        return person;
    }

    public boolean isAdministrator() {
        return in(Role.ADMINISTRATOR_NAME);
    }

    public boolean isMentor() {
        return in(Role.MENTOR_NAME);
    }

    public boolean isTrainee() {
        return in(Role.TRAINEE_NAME);
    }

    /** Signed in by a mentor's invitation link: scoring only (see the presentations feature). */
    public boolean isInvited() {
        return in(Role.INVITED_MENTOR_NAME);
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
