package ru.ciss.lms.attendance.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import ru.ciss.lms.attendance.AttendanceStatus;
import ru.ciss.lms.attendance.boundary.AttendanceRefusedException;
import ru.ciss.lms.attendance.boundary.CheckIns;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.platform.web.TimeFormat;
import ru.ciss.lms.platform.web.UserLocale;

/**
 * {@code POST /attendance/checkin-send}: a code typed on the check-in page, sent by its script, at once or later
 * from the phone's queue when the network is back ({@code age}: milliseconds since it was typed, as the phone
 * counted them). The same rules as a QR code scanned offline (see {@link CheckIns#typed(String, long)}). Answers
 * JSON with the words to show; a refusal is an answer too, so the phone drops the code from its queue; only a
 * failure to reach the server keeps it there.
 *
 * <p>Only this app's own script sends the header {@value #HEADER}: another site's page cannot add it without a
 * CORS preflight, which this app never allows, so no other site can post check-ins with a trainee's cookie.
 */
@WebServlet("/attendance/checkin-send")
public class QueuedCheckIn extends HttpServlet {

    static final String HEADER = "X-LMS-Check-In";

    @Inject
    CheckIns checkIns;

    @Inject
    UserLocale userLocale;

    @Inject
    TimeFormat time;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getHeader(HEADER) == null || !request.isUserInRole(Role.TRAINEE_NAME)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String person = request.getParameter("person");
        if (person != null && !person.equals(request.getUserPrincipal().getName())) {
            // Queued on this phone by someone else who has since signed out: theirs to send, not this person's.
            write(response, HttpServletResponse.SC_CONFLICT, Json.createObjectBuilder().add("outcome", "otherPerson"));
            return;
        }
        long age;
        try {
            age = Long.parseLong(String.valueOf(request.getParameter("age")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = userLocale.getLocale();
        JsonObjectBuilder answer = Json.createObjectBuilder();
        try {
            CheckIns.Result result = checkIns.typed(request.getParameter("code"), age);
            answer.add("outcome", "marked")
                    .add("message", Texts.get(locale, result.status() == AttendanceStatus.LATE
                            ? "attendance.checkin.doneLate" : "attendance.checkin.done"))
                    .add("detail", result.sessionTitle() + " · " + time.day(result.day()) + " · "
                            + Texts.get(locale, "attendance.status." + result.status()) + " · " + time.of(result.at()));
        } catch (AttendanceRefusedException e) {
            answer.add("outcome", "refused").add("message", Texts.get(locale, e.messageKey(), e.args()));
        } catch (jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
            answer.add("outcome", "refused").add("message", Texts.get(locale, "attendance.checkin.already"));
        }
        write(response, HttpServletResponse.SC_OK, answer);
    }

    private static void write(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.build().toString());
    }
}
