package ru.ciss.lms.assignments.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ciss.lms.assignments.boundary.AssignmentNotFoundException;
import ru.ciss.lms.assignments.boundary.SubmissionFiles;
import ru.ciss.lms.assignments.entity.SubmissionFile;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.people.boundary.ConsentRequiredException;

/**
 * /files/submission?id=N[&amp;inline=1]: a submission's file for someone allowed to see it, with its hash checked
 * first. Only PDF and images may be shown in the browser; everything else is a download.
 */
@WebServlet("/files/submission")
public class SubmissionFileServlet extends HttpServlet {


    @Inject
    SubmissionFiles files;

    @Inject
    FileStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SubmissionFile file = Downloads.byId(request, response, files::visible, AssignmentNotFoundException.class,
                ConsentRequiredException.class, jakarta.ejb.EJBAccessException.class);
        if (file == null) {
            return;
        }
        var stored = store.stored(file.getStoredFileId());
        if (stored.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.stored(request, response, store, stored.get(), file.getName(), file.getType(),
                "1".equals(request.getParameter("inline")), "submission file " + file.getId());
    }
}
