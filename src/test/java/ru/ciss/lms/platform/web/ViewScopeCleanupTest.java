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
}
