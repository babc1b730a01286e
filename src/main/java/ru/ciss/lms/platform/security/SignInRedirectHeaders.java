package ru.ciss.lms.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition.CustomFormAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ru.ciss.lms.platform.web.ContentPolicy;

/**
 * Calls the sign-in mechanism ({@link SecurityConfiguration}) as the container's default handler does, and gives the
 * redirect it sends an anonymous visitor of a protected page the strict headers every other response has (issue
 * #21, point 11). Payara sometimes runs the mechanism before any servlet filter (then the redirect came without a
 * policy and with the container's own frame option), sometimes inside the filters; this covers both. The headers are
 * set before the mechanism runs because its redirect commits the response; a request that goes on instead gets the
 * filter's and the page's headers over them.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SignInRedirectHeaders implements HttpAuthenticationMechanismHandler {

    @Inject
    @CustomFormAuthenticationMechanism
    HttpAuthenticationMechanism signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (context.isProtected() && request.getUserPrincipal() == null && !response.isCommitted()) {
            response.setHeader("Content-Security-Policy", ContentPolicy.OTHER);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Cache-Control", "no-store");
        }
        return signIn.validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return signIn.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        signIn.cleanSubject(request, response, context);
    }
}
