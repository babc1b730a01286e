package ru.ciss.lms.attendance.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.attendance.control.ICalendar.Event;

class ICalendarTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:15:00Z");
    private static final Instant START = Instant.parse("2026-03-12T04:00:00Z");
    private static final Instant END = Instant.parse("2026-03-12T11:00:00Z");

    private static Event event(String summary) {
        return new Event("day-12@lms.ciss-omsk.ru", START, END, summary, null, null, null, null);
    }

    private static Event fullEvent() {
        return new Event("day-12@lms.ciss-omsk.ru", START, END, "Session 1", "CISS, Lenina 1", "Bring a laptop",
                "https://lms.ciss-omsk.ru/days/12", Instant.parse("2026-02-20T08:30:00Z"));
    }

    @Test
    void anEmptyCalendarIsStillACompleteCalendar() {
        String ics = ICalendar.feed("School of leaders", List.of(), NOW);

        assertEquals("BEGIN:VCALENDAR\r\n"
                + "VERSION:2.0\r\n"
                + "PRODID:-//CISS Omsk//School of resource-centre leaders LMS//RU\r\n"
                + "CALSCALE:GREGORIAN\r\n"
                + "METHOD:PUBLISH\r\n"
                + "X-WR-CALNAME:School of leaders\r\n"
                + "X-WR-TIMEZONE:Asia/Omsk\r\n"
                + "END:VCALENDAR\r\n", ics);
    }

    @Test
    void anEventCarriesEveryPropertyInUtc() {
        String ics = ICalendar.feed("School of leaders", List.of(fullEvent()), NOW);

        assertTrue(ics.contains("BEGIN:VEVENT\r\n"
                + "UID:day-12@lms.ciss-omsk.ru\r\n"
                + "DTSTAMP:20260301T091500Z\r\n"
                + "DTSTART:20260312T040000Z\r\n"
                + "DTEND:20260312T110000Z\r\n"
                + "SUMMARY:Session 1\r\n"
                + "LOCATION:CISS\\, Lenina 1\r\n"
                + "DESCRIPTION:Bring a laptop\r\n"
                + "URL:https://lms.ciss-omsk.ru/days/12\r\n"
                + "LAST-MODIFIED:20260220T083000Z\r\n"
                + "END:VEVENT\r\n"), ics);
    }

    @Test
    void aCancelledDayIsMarkedSoForCalendarApps() {
        Event held = event("Held");
        Event cancelled = new Event("day-13@lms", held.start(), held.end(), "Cancelled", null, null, null, null, true);
        List<String> lines = unfolded(ICalendar.feed("c", List.of(held, cancelled), NOW));

        assertEquals(1, lines.stream().filter("STATUS:CANCELLED"::equals).count(), lines.toString());
        int status = lines.indexOf("STATUS:CANCELLED");
        assertEquals("SUMMARY:Cancelled", lines.subList(0, status).reversed().stream()
                .filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow(), "the status belongs to the cancelled event");
    }

    @Test
    void absentOptionalPropertiesAreLeftOut() {
        List<String> lines = unfolded(ICalendar.feed("c", List.of(event("Session 1")), NOW));

        assertTrue(lines.stream().noneMatch(l -> l.matches("(LOCATION|DESCRIPTION|URL|LAST-MODIFIED)[:;].*")),
                lines.toString());
        assertTrue(lines.contains("SUMMARY:Session 1"));
    }

    @Test
    void everyEventHasTheRequiredPropertiesOnce() {
        List<Event> events = List.of(fullEvent(), event("Session 2"), event("Session 3"));
        List<String> lines = unfolded(ICalendar.feed("c", events, NOW));

        for (String name : List.of("VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "X-WR-TIMEZONE")) {
            assertEquals(1, lines.stream().filter(l -> l.startsWith(name + ":")).count(), name);
        }
        for (String name : List.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY")) {
            assertEquals(3, lines.stream().filter(l -> l.startsWith(name + ":")).count(), name);
        }
        assertTrue(lines.contains("X-WR-TIMEZONE:Asia/Omsk"));
    }

    @Test
    void beginAndEndAreBalanced() {
        List<String> lines = unfolded(ICalendar.feed("c", List.of(fullEvent(), event("Session 2")), NOW));
        Deque<String> open = new ArrayDeque<>();
        int events = 0;

        for (String line : lines) {
            if (line.startsWith("BEGIN:")) {
                open.push(line.substring(6));
                events += line.equals("BEGIN:VEVENT") ? 1 : 0;
            } else if (line.startsWith("END:")) {
                assertEquals(open.pop(), line.substring(4));
            } else {
                assertFalse(open.isEmpty(), "a property outside the calendar: " + line);
            }
        }
        assertTrue(open.isEmpty());
        assertEquals(2, events);
        assertEquals("BEGIN:VCALENDAR", lines.getFirst());
        assertEquals("END:VCALENDAR", lines.getLast());
    }

    @Test
    void everyLineEndsWithCrLfAndThereIsNoBareLineFeedOrCarriageReturn() {
        Event multiline = new Event("u", START, END, "a\nb\r\nc\rd", null, "line 1\nline 2\r\n", null, null);
        String ics = ICalendar.feed("c\nd", List.of(multiline, fullEvent()), NOW);

        assertTrue(ics.endsWith("\r\n"));
        for (int i = 0; i < ics.length(); i++) {
            if (ics.charAt(i) == '\n') {
                assertTrue(i > 0 && ics.charAt(i - 1) == '\r', "a bare LF at " + i);
            }
            if (ics.charAt(i) == '\r') {
                assertTrue(i + 1 < ics.length() && ics.charAt(i + 1) == '\n', "a bare CR at " + i);
            }
        }
        List<String> lines = unfolded(ics);
        assertTrue(lines.contains("SUMMARY:a\\nb\\nc\\nd"));
        assertTrue(lines.contains("DESCRIPTION:line 1\\nline 2\\n"));
        assertTrue(lines.contains("X-WR-CALNAME:c\\nd"));
    }

    @Test
    void textValuesAreEscaped() {
        String summary = "Модуль 2; часть 1, «Ресурсный центр» C:\\Docs";
        List<String> lines = unfolded(ICalendar.feed("Школа, поток 1; Омск", List.of(new Event(
                "a,b;c", START, END, summary, "Омск, ул. Ленина, 1", "a\\nb", null, null)), NOW));

        assertTrue(lines.contains("SUMMARY:Модуль 2\\; часть 1\\, «Ресурсный центр» C:\\\\Docs"), lines.toString());
        assertTrue(lines.contains("LOCATION:Омск\\, ул. Ленина\\, 1"));
        assertTrue(lines.contains("DESCRIPTION:a\\\\nb"), "a typed backslash-n is not a line break");
        assertTrue(lines.contains("X-WR-CALNAME:Школа\\, поток 1\\; Омск"));
        assertTrue(lines.contains("UID:a\\,b\\;c"));
        assertEquals(summary, unescape(valueOf(lines, "SUMMARY")));
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreDroppedButTabsAndRareLettersKept() {
        // U+1D800 is one code point whose low 16 bits look like a surrogate; it must survive.
        String summary = "a\u0000b\u0007c\td\u007Fe\uD800f" + new String(Character.toChars(0x1D800)) + "g";
        List<String> lines = unfolded(ICalendar.feed("c", List.of(event(summary)), NOW));

        assertEquals("abc\tdef" + new String(Character.toChars(0x1D800)) + "g", valueOf(lines, "SUMMARY"));
    }

    @Test
    void aUrlIsAUriAndNotEscapedLikeText() {
        Event e = new Event("u", START, END, "s", null, null, "https://x.ru/a,b;c", null);

        assertTrue(unfolded(ICalendar.feed("c", List.of(e), NOW)).contains("URL:https://x.ru/a,b;c"));
    }

    @Test
    void aLongCyrillicSummaryIsFoldedAtSeventyFiveOctetsAndUnfoldsToTheSameValue() throws Exception {
        String summary = "Практическое занятие: как ресурсный центр помогает некоммерческим организациям "
                + "сельских районов Омской области находить партнёров, волонтёров и поддержку, "
                + "и как измерить результат работы за год";
        String ics = ICalendar.feed("c", List.of(event(summary)), NOW);

        List<String> physical = physicalLines(ics);
        assertTrue(physical.stream().filter(l -> l.startsWith(" ")).count() >= 4, "folded into several lines");
        assertLinesFitAndAreValidUtf8(physical);
        assertEquals(summary, unescape(valueOf(unfolded(ics), "SUMMARY")));
    }

    @Test
    void aLineOfExactlySeventyFiveOctetsIsNotFoldedOneMoreIs() {
        String fits = "x".repeat(75 - "SUMMARY:".length());
        String cyrillicFits = "Я".repeat(33) + "x"; // 8 + 66 + 1 = 75 octets

        assertTrue(ICalendar.feed("c", List.of(event(fits)), NOW).contains("\r\nSUMMARY:" + fits + "\r\n"));
        assertTrue(ICalendar.feed("c", List.of(event(cyrillicFits)), NOW)
                .contains("\r\nSUMMARY:" + cyrillicFits + "\r\n"));
        assertTrue(ICalendar.feed("c", List.of(event(fits + "y")), NOW)
                .contains("\r\nSUMMARY:" + fits + "\r\n y\r\n"));
        assertTrue(ICalendar.feed("c", List.of(event("Я".repeat(34))), NOW)
                .contains("\r\nSUMMARY:" + "Я".repeat(33) + "\r\n Я\r\n"), "a letter is never split");
    }

    @Test
    void foldingNeverSplitsACharacterWhateverItsWidth() throws Exception {
        // 1, 2, 3 and 4 octets a character, so every line length meets every kind of boundary.
        String[] pieces = {"a", "Я", "€", "😀"};
        for (int length = 0; length < 300; length++) {
            StringBuilder value = new StringBuilder();
            for (int i = 0; i < length; i++) {
                value.append(pieces[(i * 7 + length) % pieces.length]);
            }
            String summary = value.toString();
            String ics = ICalendar.feed("c", List.of(event(summary)), NOW);

            assertLinesFitAndAreValidUtf8(physicalLines(ics));
            assertEquals(summary, valueOf(unfolded(ics), "SUMMARY"));
        }
    }

    @Test
    void timesAreWholeSecondsInUtc() {
        Instant start = Instant.parse("2026-03-12T04:05:40.999Z");
        Event e = new Event("u", start, start.plusSeconds(3600), "s", null, null, null, null);
        List<String> lines = unfolded(ICalendar.feed("c", List.of(e), Instant.parse("2026-12-31T23:59:59.5Z")));

        assertTrue(lines.contains("DTSTART:20260312T040540Z"));
        assertTrue(lines.contains("DTEND:20260312T050540Z"));
        assertTrue(lines.contains("DTSTAMP:20261231T235959Z"));
    }

    @Test
    void anEventMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Event("u", START, START, "s", null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Event("u", END, START, "s", null, null, null, null));
        assertThrows(NullPointerException.class, () -> new Event("u", START, END, null, null, null, null, null));
    }

    @Test
    void aUrlThatWouldBreakTheLinesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Event("u", START, END, "s", null, null, "https://x.ru/\r\nATTENDEE:evil", null));
        assertDoesNotThrow(() -> new Event("u", START, END, "s", null, null, "https://омск.рф/день", null));
    }

    private static void assertLinesFitAndAreValidUtf8(List<String> physical) throws CharacterCodingException {
        var encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (String line : physical) {
            var bytes = encoder.encode(CharBuffer.wrap(line));
            assertTrue(bytes.remaining() <= 75, bytes.remaining() + " octets: " + line);
            assertEquals(line, decoder.decode(bytes).toString());
        }
    }

    /** The lines as sent, before unfolding. */
    private static List<String> physicalLines(String ics) {
        assertTrue(ics.endsWith("\r\n"));
        return Arrays.asList(ics.substring(0, ics.length() - 2).split("\r\n", -1));
    }

    /** Content lines: a CRLF followed by one space joins two physical lines (RFC 5545, 3.1). */
    private static List<String> unfolded(String ics) {
        return physicalLines(ics.replace("\r\n ", ""));
    }

    private static String valueOf(List<String> lines, String name) {
        List<String> values = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(name + ":")) {
                values.add(line.substring(name.length() + 1));
            }
        }
        assertEquals(1, values.size(), name + " in " + lines);
        return values.getFirst();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
