package ru.ciss.lms.presentations.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.control.BlobCorruptException;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.presentations.boundary.PresentationFiles;
import ru.ciss.lms.presentations.boundary.PresentationNotFoundException;

/** /files/presentation?id=N[&amp;inline=1]: a presentation's slides, hash-checked, for those who may see them. */
@WebServlet("/files/presentation")
public class SlidesServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SlidesServlet.class.getName());

    @Inject
    PresentationFiles files;

    @Inject
    FileStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PresentationFiles.Slides slides;
        try {
            slides = files.slides(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException | PresentationNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof PresentationNotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        Path path;
        try {
            path = store.verified(slides.stored());
        } catch (BlobCorruptException | NoSuchFileException e) {
            LOG.log(Level.SEVERE, "Stored slides " + slides.stored().getId() + " are damaged or missing", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (Downloads.notModified(request, response, slides.stored().getSha256())) {
            return;
        }
        boolean inline = "1".equals(request.getParameter("inline")) && slides.type().inline();
        Downloads.headers(response, slides.name(), slides.type(), Files.size(path), inline);
        Files.copy(path, response.getOutputStream());
    }
}
