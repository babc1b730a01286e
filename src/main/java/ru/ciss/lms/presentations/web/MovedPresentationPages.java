package ru.ciss.lms.presentations.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The presentations' pages once lived in three folders (course/, scoring/, study/); they now live in presentations/.
 * Bookmarks, browser histories and mails sent before the move still name the old addresses, so a GET there is sent
 * on, with its query, by a permanent redirect. A postback to an old address (a page open across the update) gets the
 * same answer and the person lands on the page afresh, their typed plan kept by the drafts.
 */
@WebFilter({"/course/presentations.xhtml", "/course/presentation.xhtml", "/scoring/queue.xhtml",
        "/scoring/presentation.xhtml", "/study/presentation.xhtml"})
public class MovedPresentationPages extends HttpFilter {

    static final Map<String, String> MOVED = Map.of(
            "/course/presentations.xhtml", "/presentations/cohort.xhtml",
            "/course/presentation.xhtml", "/presentations/presentation.xhtml",
            "/scoring/queue.xhtml", "/presentations/queue.xhtml",
            "/scoring/presentation.xhtml", "/presentations/score.xhtml",
            "/study/presentation.xhtml", "/presentations/mine.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String target = MOVED.get(request.getServletPath());
        if (target == null) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + target + (query == null ? "" : "?" + query));
    }
}
