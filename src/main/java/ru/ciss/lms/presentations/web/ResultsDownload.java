package ru.ciss.lms.presentations.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.ciss.lms.course.boundary.CourseFacts.CohortRef;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.platform.web.UserLocale;
import ru.ciss.lms.presentations.boundary.PresentationAdmin;
import ru.ciss.lms.presentations.boundary.PresentationNotFoundException;
import ru.ciss.lms.presentations.boundary.PresentationViews.AdminRow;
import ru.ciss.lms.presentations.control.ResultsXlsx;
import ru.ciss.lms.presentations.control.ScoreAggregation;

/** {@code GET /presentations/results.xlsx?cohort=N}: every trainee's presentation result, for administrators. */
@WebServlet("/presentations/results.xlsx")
public class ResultsDownload extends HttpServlet {

    @Inject
    PresentationAdmin admin;

    @Inject
    UserLocale userLocale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long cohortId;
        CohortRef cohort;
        List<AdminRow> rows;
        try {
            cohortId = Long.parseLong(String.valueOf(request.getParameter("cohort")));
            cohort = admin.cohort(cohortId);
            rows = admin.rows(cohortId);
        } catch (NumberFormatException | PresentationNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof PresentationNotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        Locale locale = userLocale.getLocale();
        List<String> headers = List.of("№", t(locale, "people.fullName"), t(locale, "people.district"),
                t(locale, "people.organisation"), t(locale, "assignment.state"), t(locale, "results.mentors"),
                t(locale, "results.mentorsPercent"), t(locale, "results.flagged"), t(locale, "results.moderated"),
                t(locale, "results.result"), t(locale, "results.verdict"));
        List<ResultsXlsx.Line> lines = rows.stream().map(r -> new ResultsXlsx.Line(r.traineeName(), r.districtName(),
                r.organisationName(), r.state() == null ? t(locale, "presentation.state.NONE")
                : t(locale, "presentation.state." + r.state()),
                r.mentors().stream().map(m -> m.name() + (m.totalPercent() == null ? "" : " ("
                        + ScoreAggregation.oneDecimal(m.totalPercent()) + ")")).collect(Collectors.joining("; ")),
                r.finalPercent(), r.flagged(), r.moderatedPercent(),
                r.moderatedPercent() != null ? r.moderatedPercent() : (r.flagged() ? null : r.finalPercent()),
                verdict(locale, r))).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultsXlsx.write(t(locale, "results.title") + " — " + cohort.name(), headers, lines,
                t(locale, "results.flaggedMark"), bytes);
        Downloads.attachment(response, "results-" + cohortId + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.size());
        response.getOutputStream().write(bytes.toByteArray());
    }

    private static String verdict(Locale locale, AdminRow r) {
        boolean decided = r.moderatedPercent() != null || (r.finalPercent() != null && !r.flagged());
        return !decided ? "" : t(locale, r.passed() ? "presentation.passed" : "presentation.failed");
    }

    private static String t(Locale locale, String key) {
        return Texts.get(locale, key);
    }
}
