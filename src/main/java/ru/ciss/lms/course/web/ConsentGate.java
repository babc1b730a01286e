package ru.ciss.lms.course.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ru.ciss.lms.platform.web.Redirects;

/**
 * Study pages send a trainee without the personal-data consent to the page where it is given, with the page they
 * asked for as {@code ?next=}, where giving the consent brings them back (issue #18).
 */
public final class ConsentGate {

    static final String PAGE = "/account/consents.xhtml?required=true";

    public static void redirect() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String next = Redirects.safeNext(Redirects.currentRequestPath())
                .map(path -> "&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8)).orElse("");
        external.redirect(external.getRequestContextPath() + PAGE + next);
        faces.responseComplete();
    }

    private ConsentGate() {
    }
}
