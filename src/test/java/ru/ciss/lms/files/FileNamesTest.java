package ru.ciss.lms.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.files.FileNames;

class FileNamesTest {

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("Отчёт.docx", FileNames.sanitise("C:\\x\\Отчёт.docx"));
        assertEquals("b.pdf", FileNames.sanitise("a/..\\b.pdf"));
    }

    @Test
    void removesControlCharacters() {
        assertEquals("ab.pdf", FileNames.sanitise("a\u0000b.pdf"));
        assertEquals("ab.pdf", FileNames.sanitise("a\u007F\u0085\u009Fb.pdf"));
        assertEquals("a b.pdf", FileNames.sanitise("a\r\nb.pdf"));
    }

    @Test
    void removesBidiOverridesSoTheExtensionReadsAsItIs() {
        String name = FileNames.sanitise("\u202Efdp.exe");
        assertEquals("fdp.exe", name);
        assertEquals("exe", FileNames.extension(name));
        assertEquals("ab.txt", FileNames.sanitise("a\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069b.txt"));
    }

    @Test
    void replacesCharactersWindowsForbids() {
        assertEquals("a_b_c_d_e_f_g_.pdf", FileNames.sanitise("a<b>c:d\"e|f?g*.pdf"));
    }

    @Test
    void collapsesWhitespaceAndStripsDotsAndSpacesAtTheEnds() {
        assertEquals("План работы РЦ.pdf", FileNames.sanitise("  План \t работы\u00A0\u00A0РЦ.pdf. . "));
        assertEquals("hidden", FileNames.sanitise(".hidden"));
    }

    @Test
    void neverReturnsDotsOrNothing() {
        assertEquals("file", FileNames.sanitise("..."));
        assertEquals("file", FileNames.sanitise("."));
        assertEquals("file", FileNames.sanitise(".."));
        assertEquals("file", FileNames.sanitise("a/.."));
        assertEquals("file", FileNames.sanitise(""));
        assertEquals("file", FileNames.sanitise("   "));
        assertEquals("file", FileNames.sanitise("\u0000\u202E"));
        assertEquals("file", FileNames.sanitise("dir/"));
        assertEquals("file", FileNames.sanitise(null));
    }

    @Test
    void normalisesToNfcAndKeepsCyrillic() {
        String decomposed = "Заче\u0308т.pdf"; // е + combining diaeresis, as macOS sends it
        String name = FileNames.sanitise(decomposed);
        assertEquals("Зачёт.pdf", name);
        assertTrue(Normalizer.isNormalized(name, Normalizer.Form.NFC));
        assertEquals("Ёлка ёж.png", FileNames.sanitise("Ёлка ёж.png"));
    }

    @Test
    void limitsLongNamesKeepingTheExtension() {
        String name = FileNames.sanitise("a".repeat(300) + ".pdf");
        assertEquals(120, name.length());
        assertTrue(name.endsWith("a.pdf"));

        String cyrillic = FileNames.sanitise("ж".repeat(300) + ".DOCX");
        assertEquals(120, cyrillic.length());
        assertTrue(cyrillic.endsWith("ж.DOCX"));

        assertEquals(120, FileNames.sanitise("b".repeat(300)).length());
    }

    @Test
    void limitDoesNotCutASurrogatePairOrLeaveTrailingDots() {
        String emoji = FileNames.sanitise("😀".repeat(200) + ".png");
        assertEquals(120, emoji.codePointCount(0, emoji.length()));
        assertTrue(emoji.endsWith("😀.png"));

        String dotted = FileNames.sanitise("a".repeat(114) + ". . . . " + "x".repeat(100) + ".pdf");
        assertFalse(dotted.contains(". .pdf"));
        assertTrue(dotted.endsWith("a.pdf"), dotted);
    }

    @Test
    void extensionIsLowerCaseWithoutTheDot() {
        assertEquals("pdf", FileNames.extension("Отчёт.PDF"));
        assertEquals("gz", FileNames.extension("a.tar.gz"));
        assertEquals("", FileNames.extension("README"));
        assertEquals("", FileNames.extension(".profile"));
        assertEquals("", FileNames.extension("a."));
        assertEquals("", FileNames.extension(""));
        assertEquals("", FileNames.extension(null));
    }
}
