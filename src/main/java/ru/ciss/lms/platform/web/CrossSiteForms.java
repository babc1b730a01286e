package ru.ciss.lms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page's form is sent from one of this site's pages, never from another site's. Faces' view state guards most
 * forms against cross-site posts, but a restorable view (the sign-in form, and the forms that are carried out after
 * their view expired: answers, plans, scores, decisions) accepts a post without it: another site could sign a
 * visitor in to the attacker's account (login CSRF), whose session cookie SameSite=Lax does not prevent. Browsers
 * say where a request comes from in {@code Sec-Fetch-Site}; a post to a page marked «cross-site» or «same-site»
 * (another host of the same domain) is refused with 403 before anything runs. Without the header (an old browser,
 * a script) the view state alone decides, as before.
 */
@WebFilter(filterName = "crossSiteForms", urlPatterns = "*.xhtml", asyncSupported = true)
public class CrossSiteForms extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && fromAnotherSite(request.getHeader("Sec-Fetch-Site"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** "same-origin" is our own page, "none" a person's own action (a bookmark); anything else another site. */
    static boolean fromAnotherSite(String secFetchSite) {
        return secFetchSite != null && !"same-origin".equals(secFetchSite) && !"none".equals(secFetchSite);
    }
}
