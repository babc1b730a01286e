package ru.ciss.lms.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through our own Faces page (so it can be in Russian, throttled, and accessible); a person who opens a
 * protected page first is sent there and brought back afterwards. Redirect rather than forward, so the address
 * bar shows the sign-in page and a reload does not resubmit anything. The sign-in page's address carries the page
 * first asked for as {@code ?next=} (see {@link SignInTarget}).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "#{signInTarget.page}", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"TRAINEE", "MENTOR", "ADMINISTRATOR", Role.INVITED_MENTOR_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
