package ru.ciss.lms.platform.web.fields;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The options of a {@link PlainMenu}, built by the page's bean once for the page's language and kept while the
 * language stays: an {@code f:selectItems var=…} evaluates its value and label expressions for every option on every
 * render. Held in a transient field of the bean (rebuilt after the session is replicated).
 */
public final class MenuOptions {

    private List<SelectItem> options;
    private Locale locale;

    /** The options in the language the page is written in (the view's, set from the visitor's choice). */
    public List<SelectItem> in(Function<Locale, List<SelectItem>> build) {
        Locale now = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (options == null || !now.equals(locale)) {
            options = List.copyOf(build.apply(now));
            locale = now;
        }
        return options;
    }
}
