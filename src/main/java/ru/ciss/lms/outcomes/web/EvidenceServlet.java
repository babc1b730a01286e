package ru.ciss.lms.outcomes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.outcomes.boundary.OutcomeFiles;
import ru.ciss.lms.outcomes.OutcomeRefusedException;

/** /files/outcome?id=N: an outcome's evidence, hash-checked, for its graduate and administrators only. */
@WebServlet("/files/outcome")
public class EvidenceServlet extends HttpServlet {

    @Inject
    OutcomeFiles files;

    @Inject
    FileStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OutcomeFiles.Evidence evidence = Downloads.byId(request, response, files::evidence, OutcomeRefusedException.class);
        if (evidence == null) {
            return;
        }
        Downloads.stored(request, response, store, evidence.stored(), evidence.name(), evidence.type(),
                "1".equals(request.getParameter("inline")), "the evidence of outcome " + request.getParameter("id"));
    }
}
