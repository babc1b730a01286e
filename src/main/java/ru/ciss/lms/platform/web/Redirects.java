package ru.ciss.lms.platform.web;

import jakarta.faces.context.FacesContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Keeping a page's address (issue #18). Two halves:
 * <ul>
 *   <li>Every form on a page with {@code f:viewParam} is an {@code <o:form includeViewParams="true">} (OmniFaces), so
 *       the postback URL keeps the page's parameters: a validation error or a refused action is re-rendered at the
 *       same address with what the person typed still in the fields. We chose OmniFaces over hand-written hidden
 *       fields or a custom form renderer because one attribute covers every form, ajax or not.</li>
 *   <li>After a successful non-ajax action a page bean returns {@link #samePage()}: post → redirect → get of the
 *       same view with its view parameters, the messages kept in the flash, so reload, back and bookmarks work and a
 *       reload never sends the action again. Errors are never redirected (they return {@code null}: re-render).</li>
 * </ul>
 * Pages whose result lives only in the view (a CSV preview holding the parsed file, a secret shown once, a progress
 * bar) do not redirect: they keep the address through the form alone (see their beans).
 * <p>
 * Also the one check for "where to go next" addresses taken from a request ({@code ?next=}): only a path of this
 * site is accepted, never an absolute URL, {@code //host}, a backslash or a scheme (no open redirect).
 */
public final class Redirects {

    private Redirects() {
    }

    /** The outcome "this view again, with its view parameters", after success; keeps this request's messages. */
    public static String samePage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        AcrossRedirect.keepMessages();
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * A same-site path to return to, from an untrusted value, or empty. Accepted: starts with a single "/", no
     * backslash, no control character or whitespace, no scheme or authority, no "/.." segment; at most 2,000
     * characters. The context path is not part of it (the caller prepends it).
     */
    public static Optional<String> safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000) {
            return Optional.empty();
        }
        if (next.charAt(0) != '/' || next.startsWith("//") || next.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                return Optional.empty(); // tabs and new lines are dropped by browsers: "/\t/evil.example"
            }
        }
        String lower = next.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%5c") || lower.startsWith("/%2f") || lower.contains("/../") || lower.endsWith("/..")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /** The request's path within the application with its query, for a {@code ?next=} (e.g. "/study/lesson.xhtml?id=3"). */
    public static String currentRequestPath() {
        var request = (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
