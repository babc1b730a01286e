package ru.ciss.lms.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * Keeps a session's memory bounded however many pages a person opens. Mojarra keeps the view-scoped beans of the
 * last few views (com.sun.faces.numberOfActiveViewMaps in web.xml) and drops older ones, but it keeps the CDI
 * bookkeeping of every view ever opened (its session attribute "activeViewContexts", one entry per view map): the
 * test TypedDraftsIT measured about 420 bytes more for every page, forever, and all of it is replicated in a
 * cluster. After each page this drops the entries whose view map Mojarra itself has already dropped. The names are
 * Mojarra's own; should they change, this does nothing and the test says so.
 * <p>
 * Only when no other page of the session is being served ({@link RequestsInFlight}): Mojarra evicts the oldest view
 * map when a page makes a new one, but while a request still uses it, it only postpones its destruction; dropping
 * the entry then lost that request's view-scoped beans (the error page on some of seven lessons opened at once).
 */
public class ViewScopeCleanup implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String CONTEXTS = "com.sun.faces.application.view.activeViewContexts";
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) != null) {
            cleanUp(external.getSessionMap());
        }
    }

    /** Drops what {@link #dropOrphans} drops, unless another page of the session is being served; true if it did. */
    static boolean cleanUp(Map<String, Object> session) {
        return RequestsInFlight.now(session) <= 1 && dropOrphans(session);
    }

    /** Drops the bookkeeping of view maps that are gone; true when something was dropped. */
    static boolean dropOrphans(Map<String, Object> session) {
        if (!(session.get(CONTEXTS) instanceof Map<?, ?> contexts) || !(session.get(VIEW_MAPS) instanceof Map<?, ?> viewMaps)) {
            return false;
        }
        boolean dropped;
        synchronized (viewMaps) {
            dropped = contexts.keySet().removeIf(id -> !viewMaps.containsKey(id));
        }
        if (dropped) {
            session.put(CONTEXTS, contexts); // set again, so a cluster's session store sees the change
        }
        return dropped;
    }
}
