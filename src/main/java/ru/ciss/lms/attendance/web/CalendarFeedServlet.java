package ru.ciss.lms.attendance.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import ru.ciss.lms.attendance.boundary.CalendarFeeds;

/**
 * {@code GET /calendar/<secret>.ics}: the personal feed that phone and desktop calendars subscribe to. No sign-in
 * (calendar apps cannot); the secret in the address is the key, and an unknown or revoked one answers 404.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    @Inject
    CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String secret = path == null || !path.endsWith(".ics") ? null : path.substring(1, path.length() - 4);
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath();
        Optional<String> ics = secret == null ? Optional.empty() : feeds.ics(secret, base);
        if (ics.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"school.ics\"");
        response.getWriter().write(ics.get());
    }
}
