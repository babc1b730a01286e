package ru.ciss.lms.outcomes.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.outcomes.boundary.GrantReports;
import ru.ciss.lms.outcomes.OutcomeRefusedException;
import ru.ciss.lms.outcomes.control.GrantReport;
import ru.ciss.lms.outcomes.control.GrantReportPdf;
import ru.ciss.lms.outcomes.control.GrantReportXlsx;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.platform.web.UserLocale;

/**
 * /outcomes/report?programme=N&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;format=xlsx|pdf: the grant-fund report. A handful
 * of GROUP BY queries and a small file, made in well under a second, so it is answered at once; a wrong parameter
 * is a 400 with the reason in the reader's language, never a server error.
 */
@WebServlet("/outcomes/report")
public class ReportDownload extends HttpServlet {

    @Inject
    GrantReports reports;

    @Inject
    UserLocale userLocale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = userLocale.getLocale();
        String format = String.valueOf(request.getParameter("format"));
        GrantReport report;
        try {
            if (!format.equals("xlsx") && !format.equals("pdf")) {
                throw new IllegalArgumentException(format);
            }
            report = reports.of(Long.parseLong(String.valueOf(request.getParameter("programme"))),
                    LocalDate.parse(String.valueOf(request.getParameter("from"))),
                    LocalDate.parse(String.valueOf(request.getParameter("to"))), locale);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            refuse(request, response, locale);
            return;
        } catch (RuntimeException e) {
            if (RuleRefusals.refusal(e, OutcomeRefusedException.class) == null) {
                throw e;
            }
            refuse(request, response, locale);
            return;
        }
        String name = "otchyot-" + report.from() + "-" + report.to();
        if (format.equals("pdf")) {
            byte[] pdf = GrantReportPdf.write(report);
            Downloads.attachment(response, name + ".pdf", "application/pdf", pdf.length);
            response.getOutputStream().write(pdf);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GrantReportXlsx.write(report, out);
            Downloads.attachment(response, name + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.size());
            out.writeTo(response.getOutputStream());
        }
    }

    /**
     * A person at the dashboard's form is sent back to it, with what they chose and the reason beside the dates
     * (a bare text page left the app); another client gets the 400.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/outcomes/dashboard.xhtml?reportRefused=true"
                    + kept(request, "programme", "reportProgramme") + kept(request, "from", "reportFrom")
                    + kept(request, "to", "reportTo") + "#report");
            return;
        }
        refuse(response, locale);
    }

    /** A parameter carried back as typed, when it looks like what it should be (a number, a date); else nothing. */
    private static String kept(HttpServletRequest request, String name, String as) {
        String value = request.getParameter(name);
        return value != null && value.matches("\\d{1,19}|\\d{4}-\\d{2}-\\d{2}") ? "&" + as + "=" + value : "";
    }

    private static void refuse(HttpServletResponse response, Locale locale) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Texts.get(locale, "outcomes.report.invalid"));
    }
}
