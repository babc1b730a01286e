package ru.ciss.lms.platform.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The signed-in person, as every boundary sees them: their id (the principal's name is the person's id, whichever way
 * they signed in: password or mentor invitation) and their roles. One place instead of each boundary parsing the
 * principal of its own {@code SessionContext}; Jakarta Security's context answers alike in pages, servlets and EJBs.
 */
@Dependent
public class Caller {

    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The person's id; only for callers the container has let in (a boundary with {@code @RolesAllowed}). */
    public long id() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("No one is signed in");
        }
        return Long.parseLong(principal.getName());
    }

    public boolean hasRole(Role role) {
        return security.isCallerInRole(role.name());
    }

    /** For roles the {@link Role} enum does not hold, such as a session opened by a mentor's invitation link. */
    public boolean hasRoleNamed(String roleName) {
        return security.isCallerInRole(roleName);
    }

    public boolean isAdministrator() {
        return hasRole(Role.ADMINISTRATOR);
    }
}
