package ru.ciss.lms.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** An address naming something that does not exist answers with the 404 page, not an error. */
public final class NotFound {

    public static void answer() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }

    private NotFound() {
    }
}
