package ru.ciss.lms.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.ciss.lms.files.control.FileSniffer.Refusal;
import ru.ciss.lms.files.control.FileSniffer.Verdict;
import ru.ciss.lms.files.FileType;

class FileSnifferTest {

    private static final Set<FileType> ALL = EnumSet.allOf(FileType.class);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final String PDF_TEXT = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    @TempDir
    Path dir;

    // ---- accepted ----

    @Test
    void acceptsRealFilesOfEachFamily() throws IOException {
        assertAccepted(FileType.PDF, text("a.pdf", PDF_TEXT));
        assertAccepted(FileType.PNG, image("a.png", "png"));
        assertAccepted(FileType.JPEG, image("a.jpg", "jpg"));
        assertAccepted(FileType.JPEG, image("a.jpeg", "jpg"));
        assertAccepted(FileType.DOCX, ooxml("a.docx", "word/document.xml"));
        assertAccepted(FileType.XLSX, ooxml("a.xlsx", "xl/workbook.xml"));
        assertAccepted(FileType.PPTX, ooxml("a.pptx", "ppt/presentation.xml"));
        assertAccepted(FileType.ODT, odf("a.odt", "application/vnd.oasis.opendocument.text"));
        assertAccepted(FileType.ODS, odf("a.ods", "application/vnd.oasis.opendocument.spreadsheet"));
        assertAccepted(FileType.ODP, odf("a.odp", "application/vnd.oasis.opendocument.presentation"));
    }

    @Test
    void oleCompoundFilesTakeTheirKindFromTheExtension() throws IOException {
        assertAccepted(FileType.DOC, ole2("a.doc"));
        assertAccepted(FileType.XLS, ole2("a.xls"));
        assertAccepted(FileType.PPT, ole2("a.ppt"));
        assertRefused(Refusal.CONTENT_MISMATCH, ole2("a.docx"));
        assertRefused(Refusal.CONTENT_MISMATCH, ole2("a.pdf"));
    }

    @Test
    void theExtensionIsReadCaseInsensitively() throws IOException {
        assertAccepted(FileType.PDF, text("ОТЧЁТ.PDF", PDF_TEXT));
    }

    @Test
    void markupInsideARecognisedBinaryIsNotActiveContent() throws IOException {
        // PDFs may carry form text such as "<html>"; served as application/pdf it is never rendered as a page.
        assertAccepted(FileType.PDF, text("a.pdf", PDF_TEXT + "% <script>alert(1)</script> <html>\n"));
    }

    @Test
    void aSmallHighlyCompressibleDocumentIsNoBomb() throws IOException {
        Path file = dir.resolve("big-but-fine.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[5 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < 50 * 1024, "ratio is far above 200, but below the 10 MB floor");
        assertAccepted(FileType.DOCX, file);
    }

    // ---- refused before looking at content ----

    @Test
    void refusesExtensionsNotAllowed() throws IOException {
        assertRefused(Refusal.NOT_ALLOWED_TYPE, text("setup.exe", "MZ"));
        assertRefused(Refusal.NOT_ALLOWED_TYPE, text("page.html", "<html>"));
        assertRefused(Refusal.NOT_ALLOWED_TYPE, text("noextension", PDF_TEXT));
        Path pdf = text("a.pdf", PDF_TEXT);
        assertEquals(Verdict.refused(Refusal.NOT_ALLOWED_TYPE),
                FileSniffer.inspect(pdf, "a.pdf", EnumSet.of(FileType.PNG, FileType.JPEG)));
    }

    @Test
    void refusesEmptyFiles() throws IOException {
        assertRefused(Refusal.EMPTY, write("empty.pdf", new byte[0]));
    }

    // ---- refused for their content ----

    @Test
    void refusesExecutablesWhateverTheirName() throws IOException {
        assertRefused(Refusal.EXECUTABLE, write("setup.pdf", bytes("MZ\u0090\u0000\u0003", 200)));
        assertRefused(Refusal.EXECUTABLE, write("a.docx", bytes("\u007FELF\u0002\u0001\u0001", 200)));
        assertRefused(Refusal.EXECUTABLE, text("a.jpg", "#!/bin/sh\nrm -rf /\n"));
        assertRefused(Refusal.EXECUTABLE, write("a.png", new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED,
                (byte) 0xFE, 7, 0, 0, 1}));
        assertRefused(Refusal.EXECUTABLE, write("a.xls", new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA,
                (byte) 0xCE, 0, 0, 0, 0}));
        assertRefused(Refusal.EXECUTABLE, write("a.ppt", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA,
                (byte) 0xBE, 0, 0, 0, 2}));
    }

    @Test
    void refusesMarkup() throws IOException {
        assertRefused(Refusal.ACTIVE_CONTENT, text("a.pdf", "<html><body>hi</body></html>"));
        assertRefused(Refusal.ACTIVE_CONTENT, text("a.png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
        assertRefused(Refusal.ACTIVE_CONTENT, text("a.png", "<?xml version=\"1.0\"?>\n<svg/>"));
        assertRefused(Refusal.ACTIVE_CONTENT, text("a.docx", "\uFEFF \n\t<!DOCTYPE html>\n<p>x"));
        assertRefused(Refusal.ACTIVE_CONTENT, text("a.pdf", "GIF89a junk <ScRiPt>alert(1)</script>"));
        assertRefused(Refusal.ACTIVE_CONTENT, text("a.pdf", "hello\n<HTML>"));
        assertRefused(Refusal.ACTIVE_CONTENT, write("a.pdf", "\uFEFF<html>".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void markupPastTheFirstKilobyteOfUnknownContentIsStillAMismatch() throws IOException {
        assertRefused(Refusal.CONTENT_MISMATCH, text("a.pdf", "x".repeat(2000) + "<script>"));
    }

    @Test
    void refusesContentOfAnotherKind() throws IOException {
        Path png = image("a.png", "png");
        Files.move(png, dir.resolve("picture.pdf"));
        assertRefused(Refusal.CONTENT_MISMATCH, dir.resolve("picture.pdf"));
        assertRefused(Refusal.CONTENT_MISMATCH, image("photo.png", "jpg"));
        assertRefused(Refusal.CONTENT_MISMATCH, text("a.jpg", PDF_TEXT));
        assertRefused(Refusal.CONTENT_MISMATCH, ooxml("report.xlsx", "word/document.xml"));
        assertRefused(Refusal.CONTENT_MISMATCH, ooxml("report.odt", "word/document.xml"));
        assertRefused(Refusal.CONTENT_MISMATCH, odf("sheet.odt", "application/vnd.oasis.opendocument.spreadsheet"));
        assertRefused(Refusal.CONTENT_MISMATCH, odf("a.ods", "application/zip"));
        assertRefused(Refusal.CONTENT_MISMATCH, ooxml("a.pdf", "word/document.xml"));
    }

    @Test
    void refusesUnknownContent() throws IOException {
        assertRefused(Refusal.CONTENT_MISMATCH, text("a.pdf", "just some text"));
        assertRefused(Refusal.CONTENT_MISMATCH, write("a.doc", new byte[] {1, 2, 3, 4, 5}));
        Map<String, byte[]> plain = new LinkedHashMap<>();
        plain.put("readme.txt", "hi".getBytes(StandardCharsets.UTF_8));
        assertRefused(Refusal.CONTENT_MISMATCH, zip("plain.docx", plain));
        Map<String, byte[]> noTypes = new LinkedHashMap<>();
        noTypes.put("word/document.xml", "<w/>".getBytes(StandardCharsets.UTF_8));
        assertRefused(Refusal.CONTENT_MISMATCH, zip("no-content-types.docx", noTypes));
        Map<String, byte[]> both = new LinkedHashMap<>();
        both.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        both.put("word/document.xml", "<w/>".getBytes(StandardCharsets.UTF_8));
        both.put("xl/workbook.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        assertRefused(Refusal.CONTENT_MISMATCH, zip("both.docx", both));
    }

    // ---- zip bombs and damage ----

    @Test
    void refusesAZipBomb() throws IOException {
        Path file = dir.resolve("bomb.docx");
        // Streamed to disk: 400 MB of zeros deflate to well under 1 MB and are never held in memory.
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            put(zip, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 400; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < 1024 * 1024, "the bomb is small on disk: " + Files.size(file));
        assertRefused(Refusal.ZIP_BOMB, file);
    }

    @Test
    void refusesARatioAbove200OnceMoreThan10MbCameOut() throws IOException {
        Path file = dir.resolve("ratio.docx");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            put(zip, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[20 * 1024 * 1024]); // far below the 300 MB total, far above the ratio
            zip.closeEntry();
        }
        assertRefused(Refusal.ZIP_BOMB, file);
    }

    @Test
    void refusesTooMuchInTotalEvenAtAnInnocentRatio() throws IOException {
        byte[] noise = new byte[2 * 1024 * 1024];
        new Random(1).nextBytes(noise);
        Path file = ooxml("noise.docx", "word/document.xml", noise);
        var limits = new ZipInspection.Limits(1024 * 1024, 200, 10L * 1024 * 1024, 10_000);
        assertEquals(Verdict.refused(Refusal.ZIP_BOMB), FileSniffer.inspect(file, "noise.docx", ALL, limits));
        assertAccepted(FileType.DOCX, file);
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        Path file = dir.resolve("many.docx");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            put(zip, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 10_000; i++) {
                put(zip, "word/media/" + i, new byte[0]);
            }
        }
        assertRefused(Refusal.ZIP_BOMB, file);
    }

    @Test
    void refusesEntryNamesThatClimbOutOrStartAtTheRoot() throws IOException {
        assertRefused(Refusal.ZIP_BOMB, ooxml("a.docx", "word/../../evil.sh"));
        assertRefused(Refusal.ZIP_BOMB, ooxml("b.docx", "/etc/cron.d/evil"));
        assertRefused(Refusal.ZIP_BOMB, ooxml("c.docx", "\\windows\\evil"));
    }

    @Test
    void refusesATruncatedZipAsDamaged() throws IOException {
        Path whole = ooxml("whole.docx", "word/document.xml");
        byte[] bytes = Files.readAllBytes(whole);
        assertRefused(Refusal.DAMAGED, write("cut.docx", Arrays.copyOf(bytes, bytes.length / 2)));
        assertRefused(Refusal.DAMAGED, write("cut-in-directory.docx", Arrays.copyOf(bytes, bytes.length - 30)));
    }

    @Test
    void refusesAZipWhoseDataNoLongerMatchesItsChecksum() throws IOException {
        byte[] content = "<w:document>some words</w:document>".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("flipped.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            putStored(zip, "word/document.xml", content);
        }
        assertAccepted(FileType.DOCX, file);
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, content);
        bytes[at + 5] ^= 1;
        Files.write(file, bytes);
        assertRefused(Refusal.DAMAGED, file);
    }

    @Test
    void aVerdictHasExactlyOneOfTypeAndRefusal() {
        assertThrows(IllegalArgumentException.class, () -> new Verdict(null, null));
        assertThrows(IllegalArgumentException.class, () -> new Verdict(FileType.PDF, Refusal.EMPTY));
        assertTrue(Verdict.accepted(FileType.PDF).isAccepted());
        assertFalse(Verdict.refused(Refusal.EMPTY).isAccepted());
        assertNull(Verdict.refused(Refusal.EMPTY).type());
    }

    // ---- helpers ----

    private static void assertAccepted(FileType expected, Path file) {
        assertEquals(Verdict.accepted(expected), FileSniffer.inspect(file, file.getFileName().toString(), ALL),
                file.getFileName().toString());
    }

    private static void assertRefused(Refusal expected, Path file) {
        assertEquals(Verdict.refused(expected), FileSniffer.inspect(file, file.getFileName().toString(), ALL),
                file.getFileName().toString());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path text(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A header given as ISO-8859-1 characters, padded with zeros. */
    private static byte[] bytes(String header, int length) {
        return Arrays.copyOf(header.getBytes(StandardCharsets.ISO_8859_1), length);
    }

    private Path image(String name, String format) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 8, 8);
        g.dispose();
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            assertTrue(ImageIO.write(image, format, out), "ImageIO writes " + format);
        }
        return file;
    }

    private Path ole2(String name) throws IOException {
        return write(name, Arrays.copyOf(OLE2, 4096));
    }

    private Path ooxml(String name, String part) throws IOException {
        return ooxml(name, part, "<x/>".getBytes(StandardCharsets.UTF_8));
    }

    private Path ooxml(String name, String part, byte[] content) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                        .getBytes(StandardCharsets.UTF_8));
        entries.put("_rels/.rels", "<Relationships/>".getBytes(StandardCharsets.UTF_8));
        entries.put(part, content);
        return zip(name, entries);
    }

    private Path odf(String name, String mimetype) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            // As the ODF specification wants: first, and stored uncompressed.
            putStored(zip, "mimetype", mimetype.getBytes(StandardCharsets.US_ASCII));
            put(zip, "content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            put(zip, "META-INF/manifest.xml", "<manifest:manifest/>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void putStored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
