package ru.ciss.lms.drafts.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import ru.ciss.lms.drafts.boundary.TypedDrafts;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * /drafts: the pages' script keeps and fetches the caller's typed drafts here (signed-in people only, web.xml).
 * GET ?key=K answers the draft as JSON (204 when there is none); POST key, text keeps it; POST key, discard=1 drops it.
 *
 * <p>Why a plain servlet and not a Faces form: it must work when the page's view state is gone (that is when it
 * matters most), and it must be cheap enough to call every few seconds from a phone. Cross-site requests are
 * refused: the script sends an X-Draft header, which another site cannot send without a CORS preflight that is
 * never granted, and the session cookie is SameSite=Lax.
 */
@WebServlet("/drafts")
public class DraftServlet extends HttpServlet {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(SchoolClock.ZONE);

    @Inject
    TypedDrafts drafts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("key");
        if (!fromOurPage(request, response) || !validKey(key, response)) {
            return;
        }
        Optional<TypedDrafts.Draft> draft = drafts.find(key);
        if (draft.isEmpty()) {
            noStore(response).setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        json(response, saved(draft.get().savedAt()).add("text", draft.get().text()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String key = request.getParameter("key");
        if (!fromOurPage(request, response) || !validKey(key, response)) {
            return;
        }
        if ("1".equals(request.getParameter("discard"))) {
            drafts.discard(key);
            noStore(response).setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        String text = request.getParameter("text");
        if (text == null || text.length() > TypedDrafts.MAX_CHARS) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too-long");
            return;
        }
        json(response, saved(drafts.save(key, text)));
    }

    private static JsonObjectBuilder saved(Instant at) {
        return Json.createObjectBuilder().add("savedAt", at.toString()).add("time", CLOCK.format(at));
    }

    private static boolean fromOurPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (!"1".equals(request.getHeader("X-Draft")) || site != null && !"same-origin".equals(site)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "cross-site");
            return false;
        }
        return true;
    }

    private static boolean validKey(String key, HttpServletResponse response) throws IOException {
        if (!TypedDrafts.validKey(key)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "bad-key");
            return false;
        }
        return true;
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        noStore(response).setStatus(status);
        json(response, Json.createObjectBuilder().add("error", reason));
    }

    private static void json(HttpServletResponse response, JsonObjectBuilder body) throws IOException {
        noStore(response).setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.build().toString());
    }

    private static HttpServletResponse noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return response;
    }
}
