package ru.ciss.lms.files.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ru.ciss.lms.files.control.FileType;

/**
 * The headers every stored file goes out with. The content type comes from the type found in the content, never
 * from the uploader; nothing may be sniffed or run: a download is sandboxed, and only PDF and images, which cannot
 * carry script into the app's origin, are ever shown inline.
 */
public final class Downloads {

    private Downloads() {
    }

    public static void headers(HttpServletResponse response, String name, FileType type, long size, boolean inline) {
        response.setContentType(type.mediaType());
        response.setContentLengthLong(size);
        response.setHeader("Content-Disposition", disposition(inline && type.inline(), name));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Chromium's PDF viewer refuses to run in a sandboxed document, so only attachments get the sandbox.
        response.setHeader("Content-Security-Policy", inline && type.inline()
                ? "default-src 'none'; img-src 'self'; object-src 'self'; style-src 'unsafe-inline'"
                : "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=86400");
    }

    /** Headers of a file the app made (an export), always an attachment. */
    public static void attachment(HttpServletResponse response, String name, String mediaType, long size) {
        response.setContentType(mediaType);
        response.setContentLengthLong(size);
        response.setHeader("Content-Disposition", disposition(false, name));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
    }

    /**
     * A file's content never changes under its hash, so a repeat download on a weak line costs one short answer.
     * Answers true when the client's copy is current and the 304 was sent.
     */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String sha256) {
        String etag = "\"" + sha256 + "\"";
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    /** RFC 6266: an ASCII fallback for old clients, and the real (Cyrillic) name in UTF-8. */
    static String disposition(boolean inline, String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
