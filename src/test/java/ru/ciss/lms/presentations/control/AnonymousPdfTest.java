package ru.ciss.lms.presentations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Blind scoring (issue #22): the slides a mentor downloads carry no author in their metadata. */
class AnonymousPdfTest {

    @Test
    void theDocumentInfoAndTheXmpMetadataAreGoneAndThePagesStay() throws Exception {
        byte[] original = slides("Лаптева Галина Фёдоровна");
        try (PdfReader before = new PdfReader(original)) {
            assertEquals("Лаптева Галина Фёдоровна", before.getInfo().get("Author"), "the fixture names its author");
            assertNotNull(before.getCatalog().get(PdfName.METADATA), "the fixture has XMP metadata");
        }
        assertTrue(new String(original, StandardCharsets.ISO_8859_1).contains("Resource centre of Laptev"),
                "the XMP carries the title in clear text");

        byte[] stripped = AnonymousPdf.strip(new ByteArrayInputStream(original));

        try (PdfReader after = new PdfReader(stripped)) {
            Map<String, String> info = after.getInfo();
            for (String key : new String[] {"Author", "Creator", "Title", "Subject", "Keywords", "Company"}) {
                assertNull(info.get(key), key + " is still there: " + info);
            }
            String producer = info.get("Producer");
            assertTrue(producer == null || !producer.contains("Laptev-Office"), "the author's program: " + producer);
            assertNull(after.getCatalog().get(PdfName.METADATA), "the XMP metadata is removed");
            assertEquals(2, after.getNumberOfPages(), "the slides themselves are kept");
        }
        String raw = new String(stripped, StandardCharsets.ISO_8859_1);
        int at = raw.indexOf("Laptev");
        assertFalse(at >= 0, () -> "a trace of the author in the file: " + raw.substring(Math.max(0, at - 300),
                Math.min(raw.length(), at + 100)));
    }

    @Test
    void aFileThatIsNoPdfIsRefusedRatherThanSentAsItIs() {
        assertThrows(IOException.class, () -> AnonymousPdf.strip(new ByteArrayInputStream(
                "not a pdf at all".getBytes(StandardCharsets.UTF_8))));
    }

    /** Two pages with the author, the author's program, a custom entry and XMP metadata, as office programs write them. */
    static byte[] slides(String author) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addAuthor(author);
        document.addCreator("Laptev-Office Impress");
        document.addTitle("Resource centre of Laptev");
        document.addSubject("Laptev's final presentation");
        document.addKeywords("Laptev, Cherlak");
        document.addHeader("Company", "Laptev and partners");
        writer.createXmpMetadata();
        document.open();
        document.add(new Paragraph("Slide 1"));
        document.newPage();
        document.add(new Paragraph("Slide 2"));
        document.close();
        return out.toByteArray();
    }
}
