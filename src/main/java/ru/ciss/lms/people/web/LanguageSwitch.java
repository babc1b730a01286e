package ru.ciss.lms.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.entity.Language;
import ru.ciss.lms.platform.web.UserLocale;

/** The language buttons in every page's header. A signed-in person's choice is kept in their profile. */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    UserLocale userLocale;

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    public void use(String code) throws IOException {
        Language language = Language.of(code);
        userLocale.use(language.code());
        if (currentUser.isSignedIn()) {
            people.changeOwnLanguage(language);
        }
        // Post-redirect-get: the same page again, now in the chosen language.
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        if (viewId.startsWith("/errors/")) {
            viewId = "/"; // error pages have no address of their own
        }
        external.redirect(external.getRequestContextPath() + ("/".equals(viewId) ? "/" : viewId)
                + (query == null ? "" : "?" + query));
    }
}
