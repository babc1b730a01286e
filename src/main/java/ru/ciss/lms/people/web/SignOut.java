package ru.ciss.lms.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Ends the session entirely; the next visitor on a shared library computer starts from the sign-in page. The pages the
 * browser kept to ask "has it changed?" (ConditionalPages) go too: Clear-Site-Data empties its cache of this site, so
 * the back button cannot show them to the next visitor.
 */
@Named
@RequestScoped
public class SignOut {

    public void submit() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.setResponseHeader("Clear-Site-Data", "\"cache\"");
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
