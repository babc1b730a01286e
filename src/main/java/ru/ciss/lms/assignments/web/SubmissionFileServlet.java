package ru.ciss.lms.assignments.web;

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
import ru.ciss.lms.assignments.boundary.AssignmentNotFoundException;
import ru.ciss.lms.assignments.boundary.SubmissionFiles;
import ru.ciss.lms.assignments.entity.SubmissionFile;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.control.BlobCorruptException;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.people.boundary.ConsentRequiredException;

/**
 * /files/submission?id=N[&amp;inline=1]: a submission's file for someone allowed to see it, with its hash checked
 * first. Only PDF and images may be shown in the browser; everything else is a download.
 */
@WebServlet("/files/submission")
public class SubmissionFileServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SubmissionFileServlet.class.getName());

    @Inject
    SubmissionFiles files;

    @Inject
    FileStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SubmissionFile file;
        try {
            file = files.visible(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException | AssignmentNotFoundException | ConsentRequiredException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (jakarta.ejb.EJBAccessException e) {
            // A role that may not read submissions at all (a mentor signed in by an invitation link): not found.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof AssignmentNotFoundException || e.getCause() instanceof ConsentRequiredException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        Path path;
        try {
            path = store.verified(file.getStored());
        } catch (BlobCorruptException | NoSuchFileException e) {
            // Never send bytes that are not the ones uploaded; the administrator restores the file from the backup.
            LOG.log(Level.SEVERE, "Stored file of submission file " + file.getId() + " is damaged or missing", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        boolean inline = "1".equals(request.getParameter("inline")) && file.getType().inline();
        if (Downloads.notModified(request, response, file.getStored().getSha256())) {
            return;
        }
        Downloads.headers(response, file.getName(), file.getType(), Files.size(path), inline);
        Files.copy(path, response.getOutputStream());
    }
}
