package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Only the bookkeeping of view maps that Mojarra has dropped goes; that of live views stays. */
class ViewScopeCleanupTest {

    @Test
    void dropsOnlyTheEntriesOfViewMapsThatAreGone() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("v1", Map.of(), "v2", Map.of(), "v3", Map.of()));
        Map<String, Object> viewMaps = new LinkedHashMap<>(Map.of("v2", new HashMap<>(), "v3", new HashMap<>()));
        Map<String, Object> session = new HashMap<>(Map.of(ViewScopeCleanup.CONTEXTS, contexts, ViewScopeCleanup.VIEW_MAPS, viewMaps));
        assertTrue(ViewScopeCleanup.dropOrphans(session));
        assertEquals(java.util.Set.of("v2", "v3"), contexts.keySet());
        assertFalse(ViewScopeCleanup.dropOrphans(session), "nothing more to drop");
        assertFalse(ViewScopeCleanup.dropOrphans(new HashMap<>()), "a session without view-scoped beans");
    }

    /**
     * While another page of the session is being served, a view map Mojarra has evicted may still be in use by it:
     * its bookkeeping stays until that page is done (seven lessons opened at once showed the error page otherwise).
     */
    @Test
    void keepsEverythingWhileAnotherPageOfTheSessionIsBeingServed() {
        Map<String, Object> contexts = new ConcurrentHashMap<>(Map.of("evicted", Map.of(), "live", Map.of()));
        Map<String, Object> viewMaps = new LinkedHashMap<>(Map.of("live", new HashMap<>()));
        RequestsInFlight.Counter inFlight = new RequestsInFlight.Counter();
        Map<String, Object> session = new HashMap<>(Map.of(ViewScopeCleanup.CONTEXTS, contexts,
                ViewScopeCleanup.VIEW_MAPS, viewMaps, RequestsInFlight.ATTRIBUTE, inFlight));
        inFlight.requests.set(2);
        assertFalse(ViewScopeCleanup.cleanUp(session), "two pages being served: nothing dropped");
        assertEquals(java.util.Set.of("evicted", "live"), contexts.keySet());
        inFlight.requests.set(1);
        assertTrue(ViewScopeCleanup.cleanUp(session), "this page alone: the evicted map's entry goes");
        assertEquals(java.util.Set.of("live"), contexts.keySet());
    }

    /** The count is this instance's: a session replicated or restored elsewhere starts with no page being served. */
    @Test
    void aRestoredSessionCountsNoPagesInFlight() throws Exception {
        RequestsInFlight.Counter counter = new RequestsInFlight.Counter();
        counter.requests.set(3);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(counter);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            RequestsInFlight.Counter restored = (RequestsInFlight.Counter) in.readObject();
            assertEquals(0, restored.requests.get());
            assertEquals(0, RequestsInFlight.now(Map.of(RequestsInFlight.ATTRIBUTE, restored)));
        }
    }
}
