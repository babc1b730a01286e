package ru.ciss.lms.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.control.CallerCard;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.platform.security.Role;

/** The signed-in person for the views: name in the header, which menu items to show. Loaded once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    People people;

    @Inject
    DistrictList districts;

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
        // The servlet request's answer, the same as SecurityContext's on a page: that one first looks for an EJB
        // context by a JNDI lookup that fails with three exceptions outside a bean, at each role a page asks about.
        return isSignedIn() && roles.computeIfAbsent(role, request::isUserInRole);
    }

    /**
     * The header's name and the home pages' details: a card, not the person entity, read once per request — usually
     * with the session's validity before the page began (SessionValidityFilter), else here.
     */
    public CallerCard getPerson() {
        if (person == null && isSignedIn()) {
            java.security.Principal caller = security.getCallerPrincipal();
            person = caller != null && request.getAttribute(SessionValidityFilter.CALLER_CARD) instanceof CallerCard card
                    && String.valueOf(card.getPersonId()).equals(caller.getName()) ? card : people.myCard();
        }
        return person;
    }

    /** The district the caller named, null when none. */
    public District getDistrict() {
        CallerCard card = getPerson();
        return card == null ? null : districts.byId(card.getDistrictId());
    }

    /**
     * The caller changed their own details during this request: the rest of the page shows them as saved, not as
     * read before the change.
     */
    public void detailsChanged() {
        request.removeAttribute(SessionValidityFilter.CALLER_CARD);
        person = null;
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
