package ru.ciss.lms.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A page announces the next one only when there is one, and the next page starts after the last row shown. */
class CursorTest {

    /** Rows with the ids 1..n, as a boundary reads them: after an id, at most so many. */
    private static List<Long> rows(long n, Long after, int max) {
        return LongStream.rangeClosed(1, n).filter(id -> after == null || id > after).limit(max).boxed().toList();
    }

    @Test
    void pagesFollowOneAnotherWithoutGapOrRepeatAndTheLastAnnouncesNone() {
        Cursor.Slice<String> first = Cursor.page(null, 2, (after, max) -> rows(5, after, max), id -> "#" + id, id -> id);
        assertEquals(List.of("#1", "#2"), first.items());
        Cursor.Slice<String> second = Cursor.page(first.next(), 2, (after, max) -> rows(5, after, max), id -> "#" + id,
                id -> id);
        assertEquals(List.of("#3", "#4"), second.items());
        Cursor.Slice<String> last = Cursor.page(second.next(), 2, (after, max) -> rows(5, after, max), id -> "#" + id,
                id -> id);
        assertEquals(List.of("#5"), last.items());
        assertNull(last.next());
        Cursor.Slice<String> exact = Cursor.page(null, 5, (after, max) -> rows(5, after, max), id -> "#" + id, id -> id);
        assertEquals(5, exact.items().size());
        assertNull(exact.next(), "exactly a page full: no empty page after it");
        assertNull(Cursor.page(null, null, (after, max) -> rows(0, after, max), id -> "#" + id, id -> id).next());
    }

    @Test
    void aCursorNotGivenByNextAndALimitOutOfRangeAreRefused() {
        assertEquals("badCursor", assertThrows(ApiProblem.class, () -> Cursor.read("bm90IGFuIGlk")).key());
        assertEquals("badLimit", assertThrows(ApiProblem.class, () -> Cursor.limit(201)).key());
        assertEquals("badLimit", assertThrows(ApiProblem.class, () -> Cursor.limit(0)).key());
        assertEquals(7L, Cursor.read(Cursor.after(7)));
    }
}
