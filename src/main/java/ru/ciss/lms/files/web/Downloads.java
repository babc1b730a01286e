package ru.ciss.lms.files.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ciss.lms.files.BlobCorruptException;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.files.StoredRef;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.platform.web.RuleRefusals;

/**
 * The headers every stored file goes out with. The content type comes from the type found in the content, never
 * from the uploader; nothing may be sniffed or run: a download is sandboxed, and only PDF and images, which cannot
 * carry script into the app's origin, are ever shown inline.
 */
public final class Downloads {

    private static final Logger LOG = Logger.getLogger(Downloads.class.getName());

    private Downloads() {
    }

    /**
     * What {@code ?id=N} names, looked up through a boundary that checks the caller may see it; or null after
     * answering 404, for a malformed id and for the given refusals, unwrapped from the container's EJBException
     * (a stranger's file "does not exist"). Anything else is rethrown.
     */
    public static <T> T byId(HttpServletRequest request, HttpServletResponse response, LongFunction<T> lookup,
                             Class<?>... refusals) throws IOException {
        try {
            return lookup.apply(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        } catch (RuntimeException e) {
            if (RuleRefusals.refusal(e, refusals) == null) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
    }

    /**
     * Sends a stored file after checking its bytes against its hash: never bytes other than the ones stored. A
     * damaged or missing file is a 503 and a log line for the administrator, who restores it from the backup; a
     * client holding the current copy gets a 304.
     *
     * @param what names the file in the log line (e.g. "slides of presentation 12")
     */
    public static void stored(HttpServletRequest request, HttpServletResponse response, FileStore store,
                              StoredRef stored, String name, FileType type, boolean inline, String what)
            throws IOException {
        Path path;
        try {
            path = store.verified(stored);
        } catch (BlobCorruptException | NoSuchFileException e) {
            LOG.log(Level.SEVERE, "Stored file of " + what + " is damaged or missing", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (notModified(request, response, stored.sha256())) {
            return;
        }
        headers(response, name, type, Files.size(path), inline && type.inline());
        Files.copy(path, response.getOutputStream());
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
        // Personal files stay in no cache, not even the browser's (a shared computer in a village library); a repeat
        // download still costs one short answer through the ETag (notModified).
        response.setHeader("Cache-Control", "no-store");
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
