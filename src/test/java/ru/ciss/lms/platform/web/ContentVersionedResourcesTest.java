package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentVersionedResourcesTest {

    @Test
    void theDigestIsTheContentsSha256Prefix() throws IOException {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01", digest("abc"));
        assertEquals(12, digest("").length());
    }

    @Test
    void oneChangedCharacterChangesTheAddress() throws IOException {
        assertNotEquals(digest("function a() { return 1; }"), digest("function a() { return 2; }"));
        assertEquals(digest("same"), digest("same"));
    }

    @Test
    void theResourceNameComesFromEitherMapping() {
        assertEquals("page.js", ContentVersionedResources.requestedName("/jakarta.faces.resource/page.js.xhtml", null));
        assertEquals("lms.css", ContentVersionedResources.requestedName("/jakarta.faces.resource/lms.css.xhtml", null));
        assertEquals("page.js", ContentVersionedResources.requestedName("/jakarta.faces.resource", "/page.js"));
        assertNull(ContentVersionedResources.requestedName("/login.xhtml", null));
        assertNull(ContentVersionedResources.requestedName("/jakarta.faces.resource/", null));
    }

    @Test
    void theDigestIsTheAddressesOnlyVersion() {
        assertEquals("/r/page.js.xhtml?ln=lms&v=abc", ContentVersionedResources.withVersion("/r/page.js.xhtml?ln=lms", "abc"));
        assertEquals("/r/page.js.xhtml?ln=lms&v=abc",
                ContentVersionedResources.withVersion("/r/page.js.xhtml?ln=lms&v=1_0", "abc"));
        assertEquals("/r/page.js.xhtml?v=abc&ln=lms",
                ContentVersionedResources.withVersion("/r/page.js.xhtml?v=1_0&ln=lms", "abc"));
        assertEquals("/r/page.js.xhtml?v=abc", ContentVersionedResources.withVersion("/r/page.js.xhtml", "abc"));
    }

    private static String digest(String text) throws IOException {
        return ContentVersionedResources.digest(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
