package ru.ciss.lms.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.files.FileNames;

/**
 * Decides what an uploaded file really is from its bytes, and refuses it when that is not what its name says.
 *
 * <p>Only the first kilobyte is read, except for ZIP-based office files, whose entries are decompressed to check
 * their structure and to catch zip bombs (see {@link ZipInspection}). Memory use does not grow with the file.
 */
public final class FileSniffer {

    /** Why a file is refused; the order is the order of the checks. */
    public enum Refusal {
        /** The extension is missing or is not one of the kinds allowed here. */
        NOT_ALLOWED_TYPE,
        /** Zero bytes. */
        EMPTY,
        /** A Windows, Linux or macOS program, or a script with a {@code #!} line. */
        EXECUTABLE,
        /** HTML, XML, SVG or JavaScript: would run scripts if a browser ever rendered it. */
        ACTIVE_CONTENT,
        /** The bytes are another known kind than the extension says, or no known kind at all. */
        CONTENT_MISMATCH,
        /** A ZIP that decompresses to too much, has too many entries, or has entries with path tricks. */
        ZIP_BOMB,
        /** Looks like a known kind but cannot be read (e.g. a truncated ZIP). */
        DAMAGED
    }

    /** Exactly one of {@code type} and {@code refusal} is set. */
    public record Verdict(FileType type, Refusal refusal) {

        public Verdict {
            if ((type == null) == (refusal == null)) {
                throw new IllegalArgumentException("exactly one of type and refusal, got " + type + ", " + refusal);
            }
        }

        public static Verdict accepted(FileType type) {
            return new Verdict(type, null);
        }

        public static Verdict refused(Refusal refusal) {
            return new Verdict(null, refusal);
        }

        public boolean isAccepted() {
            return type != null;
        }
    }

    static final int HEAD_SIZE = 1024;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final byte[][] EXECUTABLES = {
            ascii("MZ"), // DOS/Windows PE
            {0x7F, 'E', 'L', 'F'},
            ascii("#!"),
            {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE}, // Mach-O 32-bit, big-endian
            {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF}, // Mach-O 64-bit, big-endian
            {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}, // Mach-O 32-bit, little-endian
            {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE}, // Mach-O 64-bit, little-endian
            {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, // Mach-O universal (also a Java class file)
    };

    /** Markup a browser would render as a page even in the middle of otherwise unknown bytes. */
    private static final String[] MARKUP = {"<script", "<html", "<svg"};

    private static final Set<FileType> OLE2_TYPES = Set.of(FileType.DOC, FileType.XLS, FileType.PPT);

    private FileSniffer() {
    }

    /**
     * @param file an already written upload
     * @param name its sanitised name ({@link FileNames#sanitise}); only the extension is used
     * @param allowed the kinds accepted in this place
     * @throws UncheckedIOException when the file itself cannot be read (a server fault, not the uploader's)
     */
    public static Verdict inspect(Path file, String name, Set<FileType> allowed) {
        return inspect(file, name, allowed, ZipInspection.Limits.DEFAULT);
    }

    static Verdict inspect(Path file, String name, Set<FileType> allowed, ZipInspection.Limits limits) {
        Optional<FileType> claimed = FileType.ofExtension(FileNames.extension(name));
        if (claimed.isEmpty() || !allowed.contains(claimed.get())) {
            return Verdict.refused(Refusal.NOT_ALLOWED_TYPE);
        }
        FileType expected = claimed.get();
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_SIZE);
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + file, e);
        }
        if (head.length == 0) {
            return Verdict.refused(Refusal.EMPTY);
        }
        for (byte[] magic : EXECUTABLES) {
            if (startsWith(head, magic)) {
                return Verdict.refused(Refusal.EXECUTABLE);
            }
        }
        if (startsWith(head, ZIP)) {
            Verdict zip = ZipInspection.inspect(file, size, limits);
            return zip.isAccepted() ? matching(zip.type(), expected) : zip;
        }
        Optional<FileType> found = binaryType(head, expected);
        if (found.isPresent()) {
            return matching(found.get(), expected);
        }
        if (isMarkup(head)) {
            return Verdict.refused(Refusal.ACTIVE_CONTENT);
        }
        return Verdict.refused(Refusal.CONTENT_MISMATCH);
    }

    private static Optional<FileType> binaryType(byte[] head, FileType expected) {
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, OLE2)) {
            // The compound file format is shared by the old Word, Excel and PowerPoint; telling them apart would
            // mean parsing its directory, and any of the three is harmless, so the extension decides.
            return Optional.of(OLE2_TYPES.contains(expected) ? expected : FileType.DOC);
        }
        return Optional.empty();
    }

    private static Verdict matching(FileType found, FileType expected) {
        return found == expected ? Verdict.accepted(found) : Verdict.refused(Refusal.CONTENT_MISMATCH);
    }

    /**
     * Text that starts with a tag, or that carries a script, page or SVG tag anywhere in its head. NUL bytes are
     * dropped first so that UTF-16 text, which browsers also sniff, is caught as well.
     */
    static boolean isMarkup(byte[] head) {
        byte[] text = new byte[head.length];
        int n = 0;
        for (byte b : head) {
            if (b != 0) {
                text[n++] = b;
            }
        }
        String s = new String(text, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int i = 0;
        // A UTF-8 byte order mark, then a UTF-16 one (their bytes as ISO-8859-1 characters).
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            i = 3;
        } else if (s.startsWith("\u00FE\u00FF") || s.startsWith("\u00FF\u00FE")) {
            i = 2;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '<') {
            return true;
        }
        for (String tag : MARKUP) {
            if (s.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
