package ru.ciss.lms.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ru.ciss.lms.platform.text.TextFormat;

/**
 * The user-facing texts (Text_ru / Text_en) for code that must speak to the user: messages, mostly. Values are filled
 * in by {@link TextFormat} (ICU), so a count can choose its word: {@code {0, plural, one{…} few{…} many{…} other{…}}}.
 */
public final class Texts {

    public static final String BUNDLE = "ru.ciss.lms.i18n.Text";

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        // With no values the text is shown as written (as #{text[...]} shows it), so it needs no doubled apostrophes.
        return args.length == 0 ? pattern : TextFormat.format(pattern, locale, args);
    }

    public static String get(String key, Object... args) {
        return get(currentLocale(), key, args);
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = get(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** The visitor's language: their choice, else the view's, else Russian (outside a request too). */
    public static Locale locale() {
        return currentLocale();
    }

    private static Locale currentLocale() {
        // The view's locale is set from the visitor's choice only when the page is rendered; a message added earlier
        // (in a view action on the first request) would otherwise come in the server's language.
        try {
            return jakarta.enterprise.inject.spi.CDI.current().select(UserLocale.class).get().getLocale();
        } catch (RuntimeException noSessionOrContainer) {
            // outside a request with a session (a timer, a unit test): the view's locale or Russian, below
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.forLanguageTag("ru");
    }

    private Texts() {
    }
}
