package ru.ciss.lms.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import ru.ciss.lms.files.control.BlobStore;

/**
 * The name an uploaded file keeps for display and for {@code Content-Disposition}.
 *
 * <p>The name comes from the browser and is therefore attacker-controlled: it may carry a path, control characters
 * that break headers or logs, or bidi overrides that make {@code fdp.exe} read as {@code exe.pdf}. The stored bytes
 * never live under this name (see {@link BlobStore}), so sanitising is about honest display, not about disk paths.
 */
public final class FileNames {

    /** What a file is called when nothing usable is left of its name. */
    public static final String FALLBACK = "file";

    /** Counted in code points, so an emoji or a rare CJK character is never cut in half. */
    static final int MAX_LENGTH = 120;

    /** An extension longer than this is not a real one; truncating keeps only real extensions. */
    private static final int MAX_EXTENSION_LENGTH = 16;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");

    private FileNames() {
    }

    /** Never {@code null}, never empty, never {@code .} or {@code ..}, at most {@value #MAX_LENGTH} code points. */
    public static String sanitise(String original) {
        if (original == null) {
            return FALLBACK;
        }
        // Controls go before normalising: a NUL between a letter and its combining mark would otherwise keep the
        // pair decomposed.
        String name = Normalizer.normalize(removeControls(original), Normalizer.Form.NFC);
        name = lastSegment(name);
        name = RESERVED.matcher(name).replaceAll("_");
        name = WHITESPACE.matcher(name).replaceAll(" ");
        name = stripDotsAndSpaces(name);
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return limit(name);
    }

    /** The lower-case extension without its dot, or {@code ""} when there is none (also for {@code .profile}). */
    public static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String removeControls(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate cannot be encoded as UTF-8 in a header; it would turn into '?' at best.
                continue;
            } else if (c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f') {
                // "Отчёт\nитог" should read as two words, not one.
                out.append(' ');
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isControl(char c) {
        return c <= 0x1F
                || (c >= 0x7F && c <= 0x9F)
                // Bidi embeddings, overrides and isolates, plus the invisible direction marks: they let a name
                // display in an order other than the one the browser and the OS use to pick an application.
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** Windows browsers used to send the full client path, and a hostile client can send anything. */
    private static String lastSegment(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    private static String stripDotsAndSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String limit(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        // The extension as written (not lower-cased): case mapping may change a string's length.
        int dot = name.lastIndexOf('.');
        String tail = dot > 0 ? name.substring(dot) : "";
        int extLength = tail.isEmpty() ? 0 : tail.codePointCount(1, tail.length());
        if (extLength == 0 || extLength > MAX_EXTENSION_LENGTH) {
            return stripDotsAndSpaces(prefix(name, MAX_LENGTH));
        }
        String base = stripDotsAndSpaces(prefix(name.substring(0, dot), MAX_LENGTH - extLength - 1));
        return base.isEmpty() ? FALLBACK + tail : base + tail;
    }

    private static String prefix(String s, int codePoints) {
        return s.substring(0, s.offsetByCodePoints(0, codePoints));
    }
}
