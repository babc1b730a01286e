package ru.ciss.lms.platform.web;

import jakarta.faces.context.FacesContext;

/**
 * What a form posted besides its fields: the record it was opened for and that record's version, as hidden inputs
 * (plain {@code <input type="hidden" name="id">}). A page bean made anew for a postback whose view is gone (the view
 * expired, or many pages were opened since; OmniFaces' {@code o:enableRestorableView} rebuilds it) reads them to
 * carry the action out as typed, with the optimistic lock still comparing the version the person saw.
 */
public final class PostedForm {

    private PostedForm() {
    }

    /** The posted value, or the given one when the bean already knows it (the view parameter). */
    public static String value(String known, String name) {
        return known != null ? known : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** A posted number, or null when the form did not post one (the view was alive and knows it). */
    public static Long number(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
