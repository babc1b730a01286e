package ru.ciss.lms.assignments.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Whether this request has already reported an error, so a page keeps the user's unsaved input. */
final class FacesMessages {

    private FacesMessages() {
    }

    static boolean anyError() {
        FacesMessage.Severity max = FacesContext.getCurrentInstance().getMaximumSeverity();
        return max != null && max.compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
    }
}
