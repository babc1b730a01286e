package ru.ciss.lms.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ru.ciss.lms.platform.web.Redirects;

/**
 * The sign-in page a signed-out person is sent to from a protected address (a QR check-in link, a link in an
 * e-mail, a bookmark), carrying that address as {@code ?next=} so that {@code SignIn} brings them back to it
 * (issue #18). Evaluated by Jakarta Security for every such redirect ({@code loginPage = "#{signInTarget.page}"}).
 * A GET of a same-site path is kept (see {@link Redirects#safeNext}), and so is a page's own address when one of its
 * forms is sent after the session ended (a form posts to its page, so that address is a page to open again; what
 * was typed is offered back there from the browser's copy). Anything else signs in to the home page.
 */
@Named
@RequestScoped
public class SignInTarget {

    static final String LOGIN = "/login.xhtml";

    public String getPage() {
        try {
            HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!"GET".equals(request.getMethod()) && !("POST".equals(request.getMethod()) && path.endsWith(".xhtml"))) {
                return LOGIN;
            }
            if (path.isEmpty() || "/".equals(path) || path.startsWith(LOGIN)) {
                return LOGIN;
            }
            String wanted = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
            return Redirects.safeNext(wanted)
                    .map(next -> LOGIN + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))
                    .orElse(LOGIN);
        } catch (RuntimeException noRequest) {
            return LOGIN; // never fail a sign-in redirect for want of a return address
        }
    }
}
