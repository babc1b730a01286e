package ru.ciss.lms.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.platform.security.FailedAuthentication;
import ru.ciss.lms.platform.security.SignInThrottle;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.ClientAddress;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.platform.web.UserLocale;

/**
 * The sign-in form. One message for every failure, whether the e-mail is unknown or the password wrong, so the
 * page never tells a stranger which addresses have accounts; the lock message is shown to all alike.
 */
@Named
@RequestScoped
public class SignIn {

    @NotBlank
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 128)
    private String password;

    /** Where the person was going (?next=, a same-site path; see Redirects.safeNext), kept through the form. */
    private String next;

    @Inject
    SecurityContext security;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    People people;

    @Inject
    UserLocale userLocale;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        var locked = throttle.lockedUntil(email, clientAddress.of(request));
        if (locked.isPresent()) {
            long minutes = Math.max(1, Duration.between(Instant.now(SchoolClock.current()), locked.get()).toMinutes() + 1);
            Texts.error(null, "signin.locked", minutes);
            return;
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            userLocale.use(people.me().getLanguage().code());
            if (request.getSession(false) != null) {
                request.changeSessionId(); // a new session id after sign-in: no session fixation
            }
            SessionValidityFilter.stamp(request); // ends when the grounds it was opened on are taken back
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // redirected back to the page first asked for
            case SUCCESS -> external.redirect(external.getRequestContextPath()
                    + Redirects.safeNext(next).orElse("/")); // never an open redirect: same-site paths only
            default -> {
                FailedAuthentication.forget(request);
                Texts.error(null, "signin.failed");
                if (throttle.lockedUntil(email, clientAddress.of(request)).isPresent()) {
                    Texts.error(null, "signin.locked", 15); // this failure was the last one allowed for now
                }
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
