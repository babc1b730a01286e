package ru.ciss.lms.api.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import ru.ciss.lms.api.control.ApiTokenCredential;
import ru.ciss.lms.api.control.ApiTokenIdentityStore;
import ru.ciss.lms.platform.security.SharedThrottle;

/**
 * The door of /api/v1: every request brings a personal token ({@code Authorization: Bearer lms_…}); without a valid
 * one it gets 401, a READ token that tries to change something 403, a client over its rate 429, each as
 * problem+json. A signed-in browser session opens nothing here: the API has no cookies, so no cross-site request can
 * use an administrator's session. The request is signed in for its own length only (the session the container made
 * for it is dropped), so the boundaries' role checks apply to the token's owner as to a person.
 */
@WebFilter(filterName = "apiAuthentication", urlPatterns = "/api/v1/*")
public class ApiAuthenticationFilter extends HttpFilter {

    /** Requests a token may make in a minute, and how many at once after a quiet spell. */
    static final int PER_MINUTE = 240;
    static final int BURST = 60;
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    private static final String PREFIX = "lms_";

    @Inject
    SecurityContext security;

    @Inject
    SharedThrottle throttle;

    @Inject
    ApiTokenIdentityStore tokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        String header = request.getHeader("Authorization");
        String secret = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip() : null;
        if (secret != null && secret.startsWith(PREFIX)) {
            secret = secret.substring(PREFIX.length());
        }
        if (secret == null || secret.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"lms\"");
            Problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "noToken");
            return;
        }
        if (request.isRequestedSessionIdValid()) {
            // A browser's live sign-in came along: signing the token in would put its owner into that browser's
            // session. (A session id this filter ended, which a client's cookie jar sends back, is no longer valid.)
            Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "cookie");
            return;
        }
        ApiTokenCredential credential = new ApiTokenCredential(secret);
        // Checked here first: the sign-in mechanism would answer a wrong token with the sign-in page's 401 error page.
        CredentialValidationResult valid = tokens.validate(credential);
        if (valid.getStatus() != CredentialValidationResult.Status.VALID) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"lms\", error=\"invalid_token\"");
            Problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "badToken");
            return;
        }
        try {
            AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters
                    .withParams().credential(credential).newAuthentication(true));
            if (status != AuthenticationStatus.SUCCESS || request.getUserPrincipal() == null) {
                throw new ServletException("A valid API token was not accepted by the container: " + status);
            }
            if (!request.getUserPrincipal().getName().equals(valid.getCallerPrincipal().getName())) {
                throw new ServletException("The API request was signed in as someone else than the token's owner");
            }
            long wait = throttle.acquire("api:" + request.getUserPrincipal().getName(), PER_MINUTE, BURST);
            if (wait > 0) {
                response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait + 999) / 1000)));
                Problems.write(request, response, 429, "tooMany");
                return;
            }
            if (!READING.contains(request.getMethod()) && !valid.getCallerGroups().contains(ApiTokenIdentityStore.WRITE)) {
                Problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "readOnly");
                return;
            }
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null && session.isNew()) {
                session.invalidate(); // the API keeps no session: the next request brings its token again
            }
        }
    }
}
