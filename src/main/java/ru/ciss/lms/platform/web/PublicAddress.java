package ru.ciss.lms.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses of the app's pages, for links people receive outside it (activation links now, e-mails later).
 * Behind a reverse proxy the request does not know the address people use, so {@code lms.public-url}
 * (LMS_PUBLIC_URL, e.g. {@code https://school.example.org/lms}) says it; without it the request's own address is used.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "lms.public-url")
    Optional<String> configured;

    /** Until the first request, links from timers point at the default local address; set LMS_PUBLIC_URL in production. */
    private volatile String lastSeen = "http://localhost:8080/lms";

    public String of(String path) {
        return base() + path;
    }

    private String base() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            String url = configured.get().strip();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            // A timer (a reminder e-mail) has no request: the address people last used is the best guess there is.
            return lastSeen;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        lastSeen = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        return lastSeen;
    }
}
