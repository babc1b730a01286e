package ru.ciss.lms.people.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import ru.ciss.lms.people.control.CallerCard;
import ru.ciss.lms.people.control.SessionValidity;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.security.Role;

/**
 * Ends a session whose grounds were taken back (issue #21): the person deactivated, their password reset or changed
 * elsewhere, their roles changed, or — for a session opened by an invitation link — the invitation revoked or
 * expired. Checked on every request of a signed-in person against the database, so every instance of a cluster ends
 * it at once; the person is sent to sign in. Static resources are not checked: they are public anyway.
 */
@WebFilter(filterName = "sessionValidity", urlPatterns = "/*")
public class SessionValidityFilter extends HttpFilter {

    /** When the session was opened by signing in (an Instant), set by the sign-in page. */
    public static final String OPENED_AT = "lms.session.openedAt";
    /** The hash of the invitation link a session was opened with, set by the invitation page. */
    public static final String INVITATION = "lms.session.invitation";
    /**
     * The caller's card (a {@link CallerCard}), read with the session's validity and kept for this request only: the
     * page's header and home take it from here instead of asking the database again (issue #25).
     */
    static final String CALLER_CARD = "lms.request.callerCard";

    @Inject
    SessionValidity validity;

    /** Marks the current session as opened now (after signing in, or after changing one's own password here). */
    public static void stamp(HttpServletRequest request) {
        request.getSession().setAttribute(OPENED_AT, Instant.now(SchoolClock.current()));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean valid;
        try {
            valid = principal == null || session == null || path.startsWith("/jakarta.faces.resource/")
                    || path.startsWith("/health/") || stillValid(request, principal, session);
        } catch (RuntimeException e) {
            // The filters' order is not fixed: this one may meet a database outage before the outage filter can.
            if (!ru.ciss.lms.platform.health.DatabaseOutageFilter.isOutage(e) || response.isCommitted()) {
                throw e;
            }
            ru.ciss.lms.platform.health.DatabaseOutageFilter.answer(response);
            return;
        }
        if (valid) {
            chain.doFilter(request, response);
            return;
        }
        session.invalidate();
        request.logout();
        String login = request.getContextPath() + "/login.xhtml";
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An ajax request must be answered in Faces' own terms to be followed by the page.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(login);
    }

    private boolean stillValid(HttpServletRequest request, Principal principal, HttpSession session) {
        long person;
        try {
            person = Long.parseLong(principal.getName());
        } catch (NumberFormatException e) {
            return true; // not one of our people (the server's own principals): not ours to judge
        }
        if (request.isUserInRole(Role.INVITED_MENTOR_NAME)) {
            return validity.invitationSession((String) session.getAttribute(INVITATION), person);
        }
        CallerCard card = validity.personSession(person, (Instant) session.getAttribute(OPENED_AT));
        if (card == null) {
            return false;
        }
        request.setAttribute(CALLER_CARD, card);
        return true;
    }
}
