package ru.ciss.lms.presentations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ciss.lms.platform.security.FailedAuthentication;
import ru.ciss.lms.presentations.control.InvitationCredential;
import ru.ciss.lms.platform.security.Role;

/**
 * /invite.xhtml?t=…: a mentor's invitation link. A valid one signs the mentor in for scoring only and opens their
 * queue; an expired, revoked or mistyped one says so, the same way for each, so links cannot be probed.
 */
@Named
@RequestScoped
public class InvitePage {

    @Inject
    SecurityContext security;

    private String token;

    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        boolean signedOut = request.getUserPrincipal() == null;
        if (token != null && !token.isBlank()) {
            AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                    .withParams().credential(new InvitationCredential(token.strip())).newAuthentication(true));
            // Someone already signed in keeps their identity when the link is bad, and the mechanism then answers
            // SUCCESS too: only a session that really holds the invited role was opened by this link.
            if (status == AuthenticationStatus.SUCCESS && security.isCallerInRole(Role.INVITED_MENTOR_NAME)) {
                if (request.getSession(false) != null) {
                    request.changeSessionId(); // a new session id after sign-in: no session fixation
                }
                // The session lasts only while this invitation does (revoked or expired: sent to sign in).
                request.getSession().setAttribute(ru.ciss.lms.people.web.SessionValidityFilter.INVITATION,
                        ru.ciss.lms.platform.security.SecretTokens.hash(token.strip()));
                external.redirect(external.getRequestContextPath() + "/presentations/queue.xhtml");
                faces.responseComplete();
                return;
            }
        }
        if (signedOut) {
            FailedAuthentication.forget(request);
        }
        response.setStatus(HttpServletResponse.SC_GONE);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
