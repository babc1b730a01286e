package ru.ciss.lms.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses of the app's pages, for links people receive outside it.
 *
 * <p>{@link #of} is for everything that leaves the page or is kept: e-mails, the certificate's printed address and
 * QR code, invitation links. It comes from configuration only, {@code lms.public-url} (LMS_PUBLIC_URL, e.g.
 * {@code https://school.example.org}), default {@code http://localhost:8080}; the run command sets it to the port it
 * starts on. Never from a request: a request's Host header is the sender's to choose, and a trainee who posted an
 * answer with {@code Host: evil.example} would otherwise have the mentors' e-mails point there.
 *
 * <p>{@link #shown} is for an address shown on the page to the person who asked for it (a QR code on the session
 * screen, an activation link to copy, a calendar address): without LMS_PUBLIC_URL it is the address that person's
 * browser used, so phones on the same network can scan it; nothing of it is stored.
 */
@ApplicationScoped
public class PublicAddress {

    static final String DEFAULT = "http://localhost:8080";

    @Inject
    @ConfigProperty(name = "lms.public-url")
    Optional<String> configured;

    public String of(String path) {
        return base(configured) + path;
    }

    public String shown(String path) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return of(path);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return of(path);
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + path;
    }

    static String base(Optional<String> configured) {
        String url = configured.filter(u -> !u.isBlank()).map(String::strip).orElse(DEFAULT);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
