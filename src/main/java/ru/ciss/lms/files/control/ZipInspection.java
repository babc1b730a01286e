package ru.ciss.lms.files.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import ru.ciss.lms.files.control.FileSniffer.Refusal;
import ru.ciss.lms.files.control.FileSniffer.Verdict;
import ru.ciss.lms.files.FileType;

/**
 * Tells OOXML (DOCX, XLSX, PPTX) and ODF (ODT, ODS, ODP) files apart and refuses zip bombs.
 *
 * <p>Every entry is really decompressed (and thrown away), because the sizes a ZIP declares are the attacker's to
 * choose; counting real bytes also defeats overlapping-entry bombs. The central directory is read with
 * {@link ZipFile}, as office suites do, so a truncated file or a central directory that lies is found to be damaged.
 * Its size is bounded by the upload's, and the decompressed data is streamed through one buffer.
 */
final class ZipInspection {

    /** The thresholds; tests use smaller ones to reach each of them without building huge files. */
    record Limits(long maxTotalBytes, long maxRatio, long ratioCheckedAbove, int maxEntries) {

        static final Limits DEFAULT = new Limits(300L * 1024 * 1024, 200, 10L * 1024 * 1024, 10_000);
    }

    private static final int MIMETYPE_MAX = 100;

    private ZipInspection() {
    }

    /** An accepted verdict carries the kind found, still to be compared with what the name claims. */
    static Verdict inspect(Path file, long fileSize, Limits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                return Verdict.refused(Refusal.ZIP_BOMB);
            }
            Scan scan = new Scan(Math.max(fileSize, 1), limits);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                Refusal refusal = scan.entry(zip, entries.nextElement());
                if (refusal != null) {
                    return Verdict.refused(refusal);
                }
            }
            FileType found = scan.type();
            return found == null ? Verdict.refused(Refusal.CONTENT_MISMATCH) : Verdict.accepted(found);
        } catch (IOException | IllegalArgumentException e) {
            // ZipException, EOFException from the inflater, bad entry-name encodings: all mean the file is broken.
            return Verdict.refused(Refusal.DAMAGED);
        }
    }

    /** The state of one pass over the entries: only counters and flags, never the entries themselves. */
    private static final class Scan {

        private final long fileSize;
        private final Limits limits;
        private final byte[] buffer = new byte[64 * 1024];
        private long total;
        private int count;
        private boolean contentTypes;
        private boolean word;
        private boolean xl;
        private boolean ppt;
        private String mimetype;

        Scan(long fileSize, Limits limits) {
            this.fileSize = fileSize;
            this.limits = limits;
        }

        Refusal entry(ZipFile zip, ZipEntry entry) throws IOException {
            String name = entry.getName();
            if (++count > limits.maxEntries() || name.contains("..") || name.startsWith("/")
                    || name.startsWith("\\")) {
                return Refusal.ZIP_BOMB;
            }
            note(name.toLowerCase(Locale.ROOT));
            if (entry.isDirectory()) {
                return null;
            }
            boolean isMimetype = name.equals("mimetype");
            byte[] head = new byte[MIMETYPE_MAX];
            int headLength = 0;
            long size = 0;
            try (CheckedInputStream in = new CheckedInputStream(zip.getInputStream(entry), new CRC32())) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    if (isMimetype && headLength < MIMETYPE_MAX) {
                        int keep = Math.min(n, MIMETYPE_MAX - headLength);
                        System.arraycopy(buffer, 0, head, headLength, keep);
                        headLength += keep;
                    }
                    size += n;
                    total += n;
                    if (total > limits.maxTotalBytes()
                            || (total > limits.ratioCheckedAbove() && total > limits.maxRatio() * fileSize)) {
                        return Refusal.ZIP_BOMB;
                    }
                }
                // Java's ZipFile trusts the entry's data; office suites check it, so a mismatch is a broken file.
                if ((entry.getSize() != -1 && entry.getSize() != size)
                        || (entry.getCrc() != -1 && entry.getCrc() != in.getChecksum().getValue())) {
                    return Refusal.DAMAGED;
                }
            }
            if (isMimetype) {
                mimetype = new String(head, 0, headLength, StandardCharsets.US_ASCII).strip();
            }
            return null;
        }

        private void note(String lowerName) {
            // OPC part names are case-insensitive, so "[content_types].xml" counts as well.
            contentTypes |= lowerName.equals("[content_types].xml");
            word |= lowerName.startsWith("word/");
            xl |= lowerName.startsWith("xl/");
            ppt |= lowerName.startsWith("ppt/");
        }

        /** The one kind the entries point to, or {@code null} when they point to none or to several. */
        FileType type() {
            if (mimetype != null) {
                return switch (mimetype) {
                    case "application/vnd.oasis.opendocument.text" -> FileType.ODT;
                    case "application/vnd.oasis.opendocument.spreadsheet" -> FileType.ODS;
                    case "application/vnd.oasis.opendocument.presentation" -> FileType.ODP;
                    default -> null;
                };
            }
            if (!contentTypes) {
                return null;
            }
            int parts = (word ? 1 : 0) + (xl ? 1 : 0) + (ppt ? 1 : 0);
            if (parts != 1) {
                return null;
            }
            return word ? FileType.DOCX : xl ? FileType.XLSX : FileType.PPTX;
        }
    }
}
