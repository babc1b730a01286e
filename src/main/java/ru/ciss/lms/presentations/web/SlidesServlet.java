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

/** /files/presentation?id=N[&amp;inline=1]: a presentation's slides, hash-checked, for those who may see them. */
@WebServlet("/files/presentation")
public class SlidesServlet extends HttpServlet {


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
        Downloads.stored(request, response, store, slides.stored(), slides.name(), slides.type(),
                "1".equals(request.getParameter("inline")), "the slides of presentation " + request.getParameter("id"));
    }
}
