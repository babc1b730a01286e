package ru.ciss.lms.course.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.Study;
import ru.ciss.lms.course.control.LessonMarkdown;
import ru.ciss.lms.course.entity.Lesson;
import ru.ciss.lms.people.boundary.ConsentRequiredException;

/**
 * {@code GET /study/download?module=N}: a whole module as one self-contained HTML file (styles inside, no script,
 * no external address), so a trainee can read it on the bus with no connection. Only modules of the trainee's own
 * open cohorts; anything else answers 404.
 */
@WebServlet(urlPatterns = "/study/download")
public class ModuleDownload extends HttpServlet {

    private static final String STYLE = "body{font:17px/1.55 Georgia,'DejaVu Serif',serif;max-width:40rem;margin:1rem auto;"
            + "padding:0 1rem;color:#1d2430}h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem}"
            + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .4rem;vertical-align:top}"
            + ".lesson{border-top:2px solid #0b5394;margin-top:2.5rem}.meta{color:#4a5563}";

    @Inject
    Study study;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Study.OfflineModule offline;
        try {
            offline = study.offlineModule(Long.parseLong(String.valueOf(request.getParameter("module"))));
        } catch (NumberFormatException | CourseNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ConsentRequiredException e) {
            response.sendRedirect(request.getContextPath() + ConsentGate.PAGE);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"module-"
                + String.format("%02d", offline.module().getPosition()) + ".html\"");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
        out.print(escape(offline.module().getTitle()));
        out.print("</title><style>" + STYLE + "</style></head><body><p class=\"meta\">");
        out.print(escape(offline.module().getProgramme().getTitle()));
        out.print("</p><h1>" + offline.module().getPosition() + ". " + escape(offline.module().getTitle()) + "</h1><p>");
        out.print(escape(offline.module().getSummary()));
        out.print("</p>");
        for (Lesson lesson : offline.lessons()) {
            out.print("<section class=\"lesson\"><h1>" + escape(lesson.getTitle()) + "</h1>");
            out.print(LessonMarkdown.toHtml(lesson.getMarkdown()));
            out.print("</section>");
        }
        out.print("<section class=\"lesson\"><h1>" + escape(offline.module().getAssignmentTitle()) + "</h1>");
        out.print(LessonMarkdown.toHtml(offline.module().getAssignmentMarkdown()));
        out.print("</section></body></html>");
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
