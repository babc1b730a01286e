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
import java.util.List;
import ru.ciss.lms.course.LessonMarkdown;
import ru.ciss.lms.course.control.OfflineHtml;
import ru.ciss.lms.course.entity.Lesson;
import ru.ciss.lms.course.entity.SelfCheckQuestion;
import ru.ciss.lms.people.boundary.ConsentRequiredException;
import ru.ciss.lms.platform.web.Texts;

/**
 * {@code GET /study/download?module=N}: a whole module as one self-contained HTML file (styles inside, no external
 * address), so a trainee can read it on the bus with no connection. Its self-check questions check themselves with
 * the file's one small script (see {@link OfflineHtml}); nothing is recorded, as there is no server to record it.
 * Only modules of the trainee's own open cohorts; anything else answers 404.
 */
@WebServlet(urlPatterns = "/study/download")
public class ModuleDownload extends HttpServlet {

    private static final String STYLE = "body{font:17px/1.55 Georgia,'DejaVu Serif',serif;max-width:40rem;margin:1rem auto;"
            + "padding:0 1rem;color:#1d2430}h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem}"
            + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .4rem;vertical-align:top}"
            + ".lesson{border-top:2px solid #0b5394;margin-top:2.5rem}.meta{color:#4a5563}" + OfflineHtml.STYLE;

    private static final java.util.Locale RUSSIAN = java.util.Locale.forLanguageTag("ru");

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
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + OfflineHtml.policy() + "\"><title>");
        out.print(escape(offline.module().getTitle()));
        OfflineHtml.Words words = words();
        out.print("</title><style>" + STYLE + "</style></head><body" + OfflineHtml.bodyAttributes(words)
                + "><p class=\"meta\">");
        out.print(escape(offline.module().getProgramme().getTitle()));
        if (!offline.module().getProgramme().getEditionText().isEmpty()) {
            out.print(" · " + escape(Texts.get(RUSSIAN, "course.programme.edition",
                    offline.module().getProgramme().getEditionText())));
        }
        out.print("</p><h1>" + offline.module().getPosition() + ". " + escape(offline.module().getTitle()) + "</h1><p>");
        out.print(escape(offline.module().getSummary()));
        out.print("</p>");
        for (Lesson lesson : offline.lessons()) {
            out.print("<section class=\"lesson\"><h1>" + escape(lesson.getTitle()) + "</h1>");
            out.print(OfflineHtml.wrapTables(LessonMarkdown.toHtml(lesson.getMarkdown()), words));
            out.print(OfflineHtml.questions("q" + lesson.getId(), offline.questionsOf(lesson).stream()
                    .map(ModuleDownload::question).toList(), words));
            out.print("</section>");
        }
        out.print("<section class=\"lesson\"><h1>" + escape(offline.module().getAssignmentTitle()) + "</h1>");
        out.print(OfflineHtml.wrapTables(LessonMarkdown.toHtml(offline.module().getAssignmentMarkdown()), words));
        out.print("</section><script>" + OfflineHtml.SCRIPT + "</script></body></html>");
    }

    /** The file is in Russian (its lang is ru), like the content it carries. */
    private static OfflineHtml.Words words() {
        return new OfflineHtml.Words(Texts.get(RUSSIAN, "course.lesson.selfCheck"),
                Texts.get(RUSSIAN, "study.selfCheck.check"), Texts.get(RUSSIAN, "study.selfCheck.right"),
                Texts.get(RUSSIAN, "study.selfCheck.wrong"), Texts.get(RUSSIAN, "study.selfCheck.yourAnswer"),
                Texts.get(RUSSIAN, "study.selfCheck.choose"), Texts.get(RUSSIAN, "study.offline.table"));
    }

    private static OfflineHtml.Question question(SelfCheckQuestion q) {
        // Each download its own order: the file has no attempts to keep one for.
        List<SelfCheckQuestion.Option> options = ru.ciss.lms.course.control.OptionOrder.shuffled(q.getOptions(),
                java.util.concurrent.ThreadLocalRandom.current());
        int right = 0;
        while (right < options.size() - 1 && !options.get(right).isCorrect()) {
            right++;
        }
        return new OfflineHtml.Question(q.getText(), options.stream().map(SelfCheckQuestion.Option::getText).toList(),
                right, q.getExplanation());
    }

    static String escape(String text) {
        return OfflineHtml.escape(text);
    }
}
