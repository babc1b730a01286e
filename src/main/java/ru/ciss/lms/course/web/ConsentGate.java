package ru.ciss.lms.course.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Study pages send a trainee without the personal-data consent to the page where it is given. */
public final class ConsentGate {

    static final String PAGE = "/account/consents.xhtml?required=true";

    public static void redirect() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + PAGE);
        faces.responseComplete();
    }

    private ConsentGate() {
    }
}
