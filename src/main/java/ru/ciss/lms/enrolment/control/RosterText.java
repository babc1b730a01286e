package ru.ciss.lms.enrolment.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the uploaded bytes into text, or says why they are not a text file. Administrators get these lists from
 * the districts by e-mail and save them from whatever program they have, so the encoding is guessed, never asked.
 */
final class RosterText {

    /** What Russian Excel writes for "CSV (разделители — точка с запятой)". */
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** How far to look for a NUL: enough to see any binary header, cheap for a 10,000-row file. */
    private static final int NUL_WINDOW = 8 * 1024;

    /** The text and its encoding, or a file problem key (then text and encoding are null). */
    record Decoded(Charset encoding, String text, String problem) {
    }

    private RosterText() {
    }

    static Decoded decode(byte[] bytes) {
        // Zip (xlsx, ods) and OLE2 (old xls): the administrator uploaded the workbook instead of saving it as CSV,
        // which deserves its own advice rather than "not a text file".
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return notText("enrolment.file.spreadsheet");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return notText("enrolment.file.binary");
        }
        Charset encoding;
        String text;
        if (startsWith(bytes, 0xFF, 0xFE)) {
            // Excel's "Unicode text": UTF-16 LE with BOM, tab-separated. Its NULs are normal, so no NUL check.
            encoding = StandardCharsets.UTF_16LE;
            text = lenient(encoding, bytes, 2);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            encoding = StandardCharsets.UTF_16BE;
            text = lenient(encoding, bytes, 2);
        } else {
            if (hasNul(bytes)) {
                return notText("enrolment.file.binary");
            }
            encoding = StandardCharsets.UTF_8;
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                // The BOM says UTF-8: believe it, and let a stray bad byte become U+FFFD rather than mojibake.
                text = lenient(encoding, bytes, 3);
            } else {
                text = strictUtf8(bytes);
                if (text == null) {
                    // Cyrillic in Windows-1251 is almost never valid UTF-8, so failing strict UTF-8 is a safe sign.
                    encoding = WINDOWS_1251;
                    text = lenient(encoding, bytes, 0);
                }
            }
        }
        if (mostlyControl(text)) {
            return notText("enrolment.file.binary");
        }
        return new Decoded(encoding, text, null);
    }

    private static Decoded notText(String problem) {
        return new Decoded(null, null, problem);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, NUL_WINDOW); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(Charset encoding, byte[] bytes, int offset) {
        try {
            return encoding.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
    }

    /** More than 5% control characters other than tab, CR and LF: no spreadsheet writes that, binary files do. */
    private static boolean mostlyControl(String text) {
        long control = text.chars()
                .filter(c -> c != '\t' && c != '\r' && c != '\n' && Character.getType(c) == Character.CONTROL)
                .count();
        return control * 20 > text.length();
    }
}
