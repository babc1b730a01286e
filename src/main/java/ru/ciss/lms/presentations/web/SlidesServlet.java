package ru.ciss.lms.presentations.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ciss.lms.files.BlobCorruptException;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.presentations.boundary.PresentationFiles;
import ru.ciss.lms.presentations.boundary.PresentationNotFoundException;
import ru.ciss.lms.presentations.control.AnonymousPdf;

/**
 * /files/presentation?id=N[&amp;inline=1]: a presentation's slides, hash-checked, for those who may see them. A
 * mentor of a blind scoring gets them under the presentation's code, and a PDF without its author fields.
 */
@WebServlet("/files/presentation")
public class SlidesServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SlidesServlet.class.getName());

    @Inject
    PresentationFiles files;

    @Inject
    FileStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PresentationFiles.Slides slides = Downloads.byId(request, response, files::slides, PresentationNotFoundException.class);
        if (slides == null) {
            return;
        }
        boolean inline = "1".equals(request.getParameter("inline"));
        String what = "the slides of presentation " + request.getParameter("id");
        if (!slides.blind() || slides.type() != FileType.PDF) {
            Downloads.stored(request, response, store, slides.stored(), slides.name(), slides.type(), inline, what);
            return;
        }
        Path path;
        try {
            path = store.verified(slides.stored());
        } catch (BlobCorruptException | NoSuchFileException e) {
            LOG.log(Level.SEVERE, "Stored file of " + what + " is damaged or missing", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        // Another ETag than the original's: a browser shared with the trainee's own download never mixes the two.
        if (Downloads.notModified(request, response, slides.stored().sha256() + "-blind")) {
            return;
        }
        byte[] stripped;
        try (InputStream in = Files.newInputStream(path)) {
            stripped = AnonymousPdf.strip(in);
        } catch (IOException e) {
            // Never the original instead: it would name the trainee. The administrator downloads it and asks the
            // trainee for a file that opens.
            LOG.log(Level.WARNING, "The author fields of " + what + " could not be removed; not sent to the mentor", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        Downloads.headers(response, slides.name(), slides.type(), stripped.length, inline);
        response.getOutputStream().write(stripped);
    }
}
