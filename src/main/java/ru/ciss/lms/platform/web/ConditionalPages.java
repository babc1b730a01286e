package ru.ciss.lms.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Conditional GET for the pages that have a {@link PageStamp} (issue #25): before the page is built, its stamp is
 * read; with the session, the caller, the roles, the language, the school's date and this deployment it makes the
 * page's weak entity tag. A browser that sends that tag back in If-None-Match gets 304 Not Modified and shows the copy
 * it has, which costs the server one small query instead of building the page; otherwise the page is built as always
 * and sent with the tag and {@code Cache-Control: private, no-cache} (kept only by that browser, asked about each
 * time).
 * <p>
 * What keeps one person from seeing another's page: the tag holds the session and the caller, so another session (a
 * colleague at the same library computer, the same person signed in again) never matches and gets the page built for
 * it; a 304 carries no content at all. Sign-out empties the browser's cache of this site (Clear-Site-Data). A page
 * that shows a message (after a redirect, or an error) gets no tag, so a message is neither lost nor shown twice.
 * The key is drawn at each start: after a deployment every page is built anew, as its templates may have changed.
 * Registered as a phase listener in faces-config.xml.
 */
public class ConditionalPages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ConditionalPages.class.getName());
    private static final String TAG = ConditionalPages.class.getName() + ".tag";
    static final String CACHE_CONTROL = "private, no-cache";
    private static final byte[] KEY = key();
    private static volatile Map<String, PageStamp> stamps;
    /** The roles a caller may have (platform.security's Role and the invited mentor's; named here, as that package
     * depends on this one; ConditionalPagesTest keeps the two lists the same). */
    static final List<String> ROLES = List.of("TRAINEE", "MENTOR", "ADMINISTRATOR", "INVITED_MENTOR");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
            answerUnchanged(event.getFacesContext());
        } else if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
            tagRendered(event.getFacesContext());
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing: the tag is decided before the view is restored and written before it is rendered.
    }

    /** 304 when the browser's copy is current; otherwise the tag waits in the request for the rendered page. */
    private static void answerUnchanged(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return;
        }
        PageStamp stamp = stamps().get(request.getServletPath());
        if (stamp == null) {
            return; // every other page: nothing more to look at
        }
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null || AcrossRedirect.pending(session)) {
            return;
        }
        String data;
        try {
            data = stamp.of(request);
        } catch (RuntimeException e) {
            // No validator is never wrong: the page is built and answers for itself (not found, not allowed).
            LOG.log(Level.FINE, "No stamp for " + request.getServletPath(), e);
            return;
        }
        if (data == null) {
            return;
        }
        String tag = EntityTag.weak(KEY, request.getServletPath(), request.getQueryString(), session.getId(),
                request.getUserPrincipal().getName(), roles(request), language(), LocalDate.now(SchoolClock.current())
                        .toString(), data);
        if (EntityTag.matches(request.getHeader("If-None-Match"), tag)) {
            HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            headers(response, tag);
            faces.responseComplete();
            return;
        }
        faces.getAttributes().put(TAG, tag);
    }

    /** The tag goes only on the page itself: not on a redirect, an error or a page showing a message. */
    private static void tagRendered(FacesContext faces) {
        String tag = (String) faces.getAttributes().get(TAG);
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        if (tag == null || faces.getResponseComplete() || response.isCommitted()
                || response.getStatus() != HttpServletResponse.SC_OK || !faces.getMessageList().isEmpty()) {
            return;
        }
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        if (session != null && AcrossRedirect.pending(session)) {
            return;
        }
        headers(response, tag);
    }

    private static void headers(HttpServletResponse response, String tag) {
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
    }

    private static String roles(HttpServletRequest request) {
        StringBuilder roles = new StringBuilder();
        for (String role : ROLES) {
            if (request.isUserInRole(role)) {
                roles.append(role).append(' ');
            }
        }
        return roles.toString();
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static String language() {
        return CDI.current().select(UserLocale.class).get().getLanguage();
    }

    /** The pages with a stamp, by path; looked up once (the beans are application-scoped). */
    private static Map<String, PageStamp> stamps() {
        Map<String, PageStamp> known = stamps;
        if (known == null) {
            Map<String, PageStamp> found = new HashMap<>();
            CDI.current().select(PageStamp.class).forEach(s -> found.put(s.path(), s));
            stamps = known = Map.copyOf(found);
        }
        return known;
    }
}
