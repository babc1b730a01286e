package ru.ciss.lms.files;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the school accepts, each with the media type it is served with.
 *
 * <p>The media type is fixed per kind rather than taken from the upload, because the browser's claim is
 * attacker-controlled: serving an upload as {@code text/html} would run its scripts on our origin.
 */
public enum FileType {

    PDF("application/pdf", true, "pdf"),
    DOC("application/msword", false, "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
    ODT("application/vnd.oasis.opendocument.text", false, "odt"),
    PPT("application/vnd.ms-powerpoint", false, "ppt"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false, "pptx"),
    ODP("application/vnd.oasis.opendocument.presentation", false, "odp"),
    XLS("application/vnd.ms-excel", false, "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", false, "ods"),
    JPEG("image/jpeg", true, "jpg", "jpeg"),
    PNG("image/png", true, "png");

    private final String mediaType;
    private final boolean inline;
    private final List<String> extensions;

    FileType(String mediaType, boolean inline, String... extensions) {
        this.mediaType = mediaType;
        this.inline = inline;
        this.extensions = List.of(extensions);
    }

    /** The {@code Content-Type} to serve this kind with. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Whether a browser may show it in the page ({@code Content-Disposition: inline}). Only kinds that browsers
     * render in a sandboxed viewer qualify; office files are always downloaded.
     */
    public boolean inline() {
        return inline;
    }

    /** Lower-case, without the dot; the first one is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** The kind for an extension such as {@code "pdf"}, {@code "JPG"} or {@code ".docx"}. */
    public static Optional<FileType> ofExtension(String ext) {
        if (ext == null) {
            return Optional.empty();
        }
        String wanted = (ext.startsWith(".") ? ext.substring(1) : ext).toLowerCase(Locale.ROOT);
        for (FileType type : values()) {
            if (type.extensions.contains(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
