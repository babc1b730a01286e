package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagTest {

    private static final byte[] KEY = "a key of this test".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSamePartsGiveTheSameWeakTag() {
        String tag = EntityTag.weak(KEY, "/study/module.xhtml", "id=5", "person 7");
        assertEquals(tag, EntityTag.weak(KEY, "/study/module.xhtml", "id=5", "person 7"));
        assertTrue(tag.matches("W/\"[A-Za-z0-9_-]{24}\""), tag);
    }

    @Test
    void anyPartTheKeyOrTheirBordersChangeTheTag() {
        String tag = EntityTag.weak(KEY, "ab", "c");
        assertNotEquals(tag, EntityTag.weak(KEY, "a", "bc"), "parts are separated");
        assertNotEquals(tag, EntityTag.weak(KEY, "ab", "d"));
        assertNotEquals(tag, EntityTag.weak("another key".getBytes(StandardCharsets.UTF_8), "ab", "c"),
                "a tag cannot be made without the server's key");
        assertNotEquals(EntityTag.weak(KEY, (String) null), EntityTag.weak(KEY, ""), "null is not the empty string");
    }

    @Test
    void ifNoneMatchIsComparedWeaklyAndAsAList() {
        String tag = EntityTag.weak(KEY, "x");
        String opaque = tag.substring(2);
        assertTrue(EntityTag.matches(tag, tag));
        assertTrue(EntityTag.matches(opaque, tag), "a strong form of the same tag matches weakly");
        assertTrue(EntityTag.matches("\"other\", " + tag, tag));
        assertTrue(EntityTag.matches("W/\"other\"," + tag + " ", tag));
        assertFalse(EntityTag.matches("W/\"other\"", tag));
        assertFalse(EntityTag.matches("*", tag), "a page is one person's: \"any\" never matches");
        assertFalse(EntityTag.matches(null, tag));
        assertFalse(EntityTag.matches("", tag));
        assertFalse(EntityTag.matches(tag, null));
    }
}
