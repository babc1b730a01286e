package ru.ciss.lms.presentations.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.presentations.boundary.PresentationFiles;
import ru.ciss.lms.presentations.boundary.PresentationNotFoundException;
import ru.ciss.lms.platform.web.RuleRefusals;

/** /files/presentation?id=N[&amp;inline=1]: a presentation's slides, hash-checked, for those who may see them. */
@WebServlet("/files/presentation")
public class SlidesServlet extends HttpServlet {


    @Inject
    PresentationFiles files;

    @Inject
    FileStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PresentationFiles.Slides slides;
        try {
            slides = files.slides(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuntimeException e) {
            if (RuleRefusals.refusal(e, PresentationNotFoundException.class) == null) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.stored(request, response, store, slides.stored(), slides.name(), slides.type(),
                "1".equals(request.getParameter("inline")), "the slides of presentation " + request.getParameter("id"));
    }
}
