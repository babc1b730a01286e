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

    public String of(String path) {
        return base() + path;
    }

    private String base() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            String url = configured.get().strip();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
