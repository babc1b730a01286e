package ru.ciss.lms.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real documents for upload tests: what an office suite writes, reduced to what makes the type. */
public final class TestFiles {

    /** The SHA-256 of the bytes in lower-case hex, as the file store records it. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    private TestFiles() {
    }

    /**
     * A log file's text for a failure message, or a note that it is not there (yet): a process may not have created
     * its log when a test gives up on it, and the message must not fail in its own right.
     */
    public static String logText(java.nio.file.Path log) {
        try {
            return java.nio.file.Files.readString(log, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException missing) {
            return "(" + log + " does not exist)";
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            return "(" + log + " unreadable: " + unreadable + ")";
        }
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A Word document: the OOXML parts that say "this is a wordprocessing document". */
    public static byte[] docx(String text) {
        return zip("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document><w:body><w:p><w:r><w:t>" + text
                        + "</w:t></w:r></w:p></w:body></w:document>");
    }

    /** A "document" that unpacks into 400 MB of zeros: the zip bomb. */
    public static byte[] zipBombDocx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 400; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String... namesAndTexts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
