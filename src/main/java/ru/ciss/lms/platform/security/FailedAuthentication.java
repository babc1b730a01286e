package ru.ciss.lms.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a failed sign-in (a wrong password, a spent invitation link) must not leave behind. Soteria, the security
 * implementation of Payara, marks a session in which the application called {@code SecurityContext.authenticate}
 * as "caller-initiated authentication" and clears the mark only on success; after a failure every protected address
 * of that session was answered 200 with an empty body instead of sending to sign-in (issue #21). The mark's name is
 * Soteria's; {@code MalformedRequestIT} fails if a later Payara names it differently.
 */
public final class FailedAuthentication {

    static final String CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

    private FailedAuthentication() {
    }

    public static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER_INITIATED);
        }
    }
}
