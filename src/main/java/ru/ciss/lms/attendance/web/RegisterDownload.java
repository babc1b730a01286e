package ru.ciss.lms.attendance.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import ru.ciss.lms.attendance.boundary.Attendance;
import ru.ciss.lms.attendance.boundary.AttendanceRefusedException;
import ru.ciss.lms.attendance.boundary.AttendanceViews;
import ru.ciss.lms.attendance.control.RegisterExport;
import ru.ciss.lms.attendance.control.RegisterTable;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.platform.web.UserLocale;

/**
 * {@code GET /attendance/register-export?cohort=N&format=xlsx|csv|pdf}: the register as a file, in the reader's
 * language. The boundary decides who may read it (administrators and the cohort's mentors); anyone else gets 404.
 * The file is made in memory first, so a failure half-way never sends half a file.
 */
@WebServlet(urlPatterns = "/attendance/register-export")
public class RegisterDownload extends HttpServlet {

    /**
     * A day's column head with its year: a «03.12» in a CSV file becomes the 3rd of December of the year it is opened
     * in (Excel reads it as a date), and an old cohort's register said nothing of its year. The PDF's narrow day
     * columns take the year on a line of its own.
     */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter PDF_DAY = DateTimeFormatter.ofPattern("dd.MM'\n'yyyy");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    Attendance attendance;

    @Inject
    UserLocale userLocale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = String.valueOf(request.getParameter("format"));
        AttendanceViews.Register register;
        try {
            register = attendance.register(Long.parseLong(String.valueOf(request.getParameter("cohort"))));
        } catch (NumberFormatException | AttendanceRefusedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RegisterTable table = table(register, userLocale.getLocale(), "pdf".equals(format) ? PDF_DAY : DAY);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        String type;
        switch (format) {
            case "xlsx" -> {
                RegisterExport.xlsx(table, file);
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            case "csv" -> {
                RegisterExport.csv(table, file);
                type = "text/csv; charset=UTF-8";
            }
            case "pdf" -> {
                RegisterExport.pdf(table, file);
                type = "application/pdf";
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setContentType(type);
        response.setContentLength(file.size());
        // An ASCII name plus the RFC 5987 one: every browser saves it, with the cohort's Russian name where it can.
        String name = "register-" + request.getParameter("cohort") + "." + format;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(register.cohortName() + "." + format, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
        file.writeTo(response.getOutputStream());
    }

    static RegisterTable table(AttendanceViews.Register register, Locale locale, DateTimeFormatter dayHead) {
        List<String> days = register.days().stream().map(d -> dayHead.format(d.day())).toList();
        RegisterTable.Labels labels = new RegisterTable.Labels(t(locale, "attendance.export.number"),
                t(locale, "people.fullName"), t(locale, "people.district"), t(locale, "people.organisationKind"), "%",
                t(locale, "attendance.register.atRisk"), t(locale, "attendance.export.yes"),
                t(locale, "attendance.export.signature"), t(locale, "attendance.export.page"));
        List<RegisterTable.Row> rows = register.rows().stream().map(r -> new RegisterTable.Row(r.fullName(),
                r.district(), r.organisationKind() == null ? "" : t(locale, "people.organisationKind." + r.organisationKind()),
                r.days().stream().map(s -> t(locale, "attendance.short." + s)).toList(), r.result().percent(),
                r.result().atRisk())).toList();
        String subtitle = register.cohortName() + ". " + Texts.get(locale, "attendance.export.subtitle",
                register.rule().minPercent(), STAMP.format(LocalDateTime.now(SchoolClock.current())));
        return new RegisterTable(t(locale, "attendance.register.title"), subtitle, days, labels, rows,
                List.of(t(locale, "attendance.register.legend")));
    }

    private static String t(Locale locale, String key) {
        return Texts.get(locale, key);
    }
}
