package ru.ciss.lms.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Locale;

/**
 * The interface language of this visitor: Russian unless they chose English, or (before choosing) their browser
 * asks for English first. A choice is remembered in a cookie before sign-in and in the person's profile after.
 */
@Named
@SessionScoped
public class UserLocale implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String COOKIE = "lms_lang";
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = initial();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void use(String language) {
        locale = "en".equals(language) ? ENGLISH : RUSSIAN;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            if (faces.getViewRoot() != null) {
                faces.getViewRoot().setLocale(locale);
            }
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath(faces.getExternalContext().getRequestContextPath() + "/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(cookie);
        }
    }

    private static Locale initial() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return RUSSIAN;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return "en".equals(cookie.getValue()) ? ENGLISH : RUSSIAN;
                }
            }
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : RUSSIAN;
    }
}
