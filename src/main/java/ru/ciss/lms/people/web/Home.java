package ru.ciss.lms.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** "/" sends each person to the home page of their role. */
@Named
@RequestScoped
public class Home {

    @Inject
    CurrentUser currentUser;

    public void route() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + currentUser.getHomeOutcome());
    }
}
