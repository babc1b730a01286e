package ru.ciss.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rendered lessons are kept by their text (issue #25): the same text, the same HTML; a changed text, new HTML. */
class LessonMarkdownCacheTest {

    @Test
    void theSameTextIsRenderedOnceAndAChangedTextAnew() {
        String lesson = "# Ресурсный центр\n\nЧто делает **ресурсный центр** для НКО. " + System.nanoTime();
        String first = LessonMarkdown.toHtml(lesson);
        assertSame(first, LessonMarkdown.toHtml(new String(lesson)), "an equal text is not parsed again");
        assertEquals(LessonMarkdown.render(lesson), first);
        String changed = LessonMarkdown.toHtml(lesson.replace("НКО", "СО НКО"));
        assertNotEquals(first, changed);
        assertTrue(changed.contains("СО НКО"), changed);
    }

    @Test
    void theCacheStaysWithinItsBoundAndDropsTheLeastRecentlyRead() {
        LessonMarkdown.Rendered cache = new LessonMarkdown.Rendered(1_000, 500);
        cache.put("a".repeat(200), "A".repeat(200));
        cache.put("b".repeat(200), "B".repeat(200));
        cache.get("a".repeat(200)); // read again: now the most recent
        cache.put("c".repeat(200), "C".repeat(200));
        assertTrue(cache.chars() <= 1_000, () -> cache.chars() + " characters held");
        assertNull(cache.get("b".repeat(200)), "the least recently read went first");
        assertEquals("A".repeat(200), cache.get("a".repeat(200)));
        assertEquals("C".repeat(200), cache.get("c".repeat(200)));
    }

    @Test
    void aLongTextIsRenderedWithoutBeingKept() {
        long before = LessonMarkdown.cachedChars();
        String huge = "Абзац. ".repeat(100_000);
        assertTrue(LessonMarkdown.toHtml(huge).startsWith("<p>Абзац."));
        assertEquals(before, LessonMarkdown.cachedChars());
    }
}
