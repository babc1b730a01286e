package ru.ciss.lms.platform.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the pages of each session being served on this instance right now, for {@link ViewScopeCleanup}: while
 * another page of the session is being served, a view map Mojarra has evicted may still be in use by it (Mojarra
 * postpones destroying such a map until that request ends), and dropping its CDI bookkeeping then took that page's
 * view-scoped beans from under it. Seven lessons opened at once in one session (tabs restored by a browser, links
 * opened in new tabs on a slow connection) showed the error page on some of them.
 */
@WebFilter(filterName = "requestsInFlight", urlPatterns = "*.xhtml", asyncSupported = true)
public class RequestsInFlight extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = RequestsInFlight.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // A page's scripts and styles (also *.xhtml) use no view map; counting them would put the cleanup off whenever
        // a browser fetches them while the page is still being written.
        Counter counter = request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/") ? null
                : counter(request.getSession(false));
        if (counter != null) {
            counter.requests.incrementAndGet();
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (counter != null) {
                counter.requests.decrementAndGet();
            }
        }
    }

    /** How many pages of the session with these attributes are being served here now, the asking one included. */
    static int now(Map<String, Object> session) {
        return session.get(ATTRIBUTE) instanceof Counter counter ? counter.requests.get() : 0;
    }

    private static Counter counter(HttpSession session) {
        if (session == null) {
            return null;
        }
        try {
            if (session.getAttribute(ATTRIBUTE) instanceof Counter counter) {
                return counter;
            }
            // Once per session; one lock for all, since each request may hold a different facade of the same session.
            synchronized (RequestsInFlight.class) {
                if (session.getAttribute(ATTRIBUTE) instanceof Counter counter) {
                    return counter;
                }
                Counter counter = new Counter();
                session.setAttribute(ATTRIBUTE, counter);
                return counter;
            }
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** Serializable for the replicated session; the count itself stays on this instance, as its requests do. */
    static final class Counter implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
        transient AtomicInteger requests = new AtomicInteger();

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            requests = new AtomicInteger();
        }
    }
}
