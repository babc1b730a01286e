package ru.ciss.lms.attendance.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * A subscribable calendar of session days (RFC 5545), for the trainee's phone or mail program. Times go out in UTC,
 * so no VTIMEZONE is needed; X-WR-TIMEZONE only tells clients to show them in Omsk time.
 */
public final class ICalendar {

    /**
     * One session day. Location, description, URL and last modification are optional (null leaves them out).
     *
     * @throws IllegalArgumentException when the end is not after the start, which RFC 5545 forbids, or the URL holds
     *                                  a control character, which would break the calendar's lines
     */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String description,
                        String url, Instant lastModified, boolean cancelled) {

        public Event(String uid, Instant start, Instant end, String summary, String location, String description,
                     String url, Instant lastModified) {
            this(uid, start, end, summary, location, description, url, lastModified, false);
        }

        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(summary, "summary");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("An event must end after it starts: " + start + " - " + end);
            }
            if (url != null && url.chars().anyMatch(ICalendar::isControl)) {
                throw new IllegalArgumentException("A control character in the URL of event " + uid);
            }
        }
    }

    static final String PRODUCT_ID = "-//CISS Omsk//School of resource-centre leaders LMS//RU";
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /** The whole feed, lines ending with CRLF; encode it as UTF-8, which the folding counts in. */
    public static String feed(String calendarName, List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODUCT_ID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:" + SchoolClock.ZONE.getId());
        String stamp = UTC.format(now);
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART:" + UTC.format(event.start()));
            line(out, "DTEND:" + UTC.format(event.end()));
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.location() != null) {
                line(out, "LOCATION:" + text(event.location()));
            }
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            if (event.url() != null) {
                // A URI value, not TEXT: a backslash before its commas would become part of the address.
                line(out, "URL:" + event.url());
            }
            if (event.lastModified() != null) {
                line(out, "LAST-MODIFIED:" + UTC.format(event.lastModified()));
            }
            if (event.cancelled()) {
                // Calendar apps strike a cancelled event through or drop it, instead of keeping a day nobody holds.
                line(out, "STATUS:CANCELLED");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * A TEXT value (RFC 5545, 3.3.11). Control characters other than tab and line breaks are not allowed there, and a
     * lone surrogate has no UTF-8 form: both are dropped rather than sent as something a client may choke on.
     */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i < value.length() && value.charAt(i) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || !isControl(c) && !isLoneSurrogate(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Folds the line at 75 octets of UTF-8 (RFC 5545, 3.1): a continuation starts with one space, which counts. A
     * character is never split, so each physical line is valid UTF-8 on its own, as some clients expect.
     */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int c = content.codePointAt(i);
            int size = utf8Length(c);
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(c);
            octets += size;
            i += Character.charCount(c);
        }
        out.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }

    /** codePointAt gives a surrogate only when it has no partner. */
    private static boolean isLoneSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7F;
    }
}
