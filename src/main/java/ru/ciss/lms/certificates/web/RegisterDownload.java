package ru.ciss.lms.certificates.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.ciss.lms.certificates.boundary.CertificateViews;
import ru.ciss.lms.certificates.boundary.Certificates;
import ru.ciss.lms.certificates.control.CertificateRegisterXlsx;
import ru.ciss.lms.certificates.CertificateStatus;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.platform.web.UserLocale;

/** /certificates/register.xlsx?text=&amp;status=: the register as a spreadsheet, with the filter of the page. */
@WebServlet("/certificates/register.xlsx")
public class RegisterDownload extends HttpServlet {

    /** Read a page at a time, so the whole register is never one result list in memory twice. */
    private static final int PAGE = 1000;

    @Inject
    Certificates certificates;

    @Inject
    UserLocale userLocale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CertificateStatus status;
        try {
            String s = request.getParameter("status");
            status = s == null || s.isBlank() ? null : CertificateStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String text = request.getParameter("text");
        CertificateViews.RegisterFilter filter = new CertificateViews.RegisterFilter(
                text == null || text.length() <= 100 ? text : text.substring(0, 100), status);
        Locale locale = userLocale.getLocale();
        List<CertificateRegisterXlsx.Row> rows = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<CertificateViews.RegisterRow> page = certificates.register(filter, first, PAGE);
            page.forEach(r -> rows.add(new CertificateRegisterXlsx.Row(r.number(), r.holder(), r.programme(), r.cohort(),
                    r.hours(), r.issuedOn(), r.signatory(), Texts.get(locale, "certificates.status." + r.status()),
                    note(r, locale))));
            if (page.size() < PAGE) {
                break;
            }
        }
        List<String> headers = List.of("number", "holder", "programme", "cohort", "hours", "issuedOn", "signatory",
                "status", "note").stream().map(k -> Texts.get(locale, "certificates." + k)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateRegisterXlsx.write(Texts.get(locale, "certificates.register.title"), headers, rows, out);
        Downloads.attachment(response, "reestr-sertifikatov.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.size());
        out.writeTo(response.getOutputStream());
    }

    /** What the register says beside the status: the replacement's number, or when and why it was revoked. */
    static String note(CertificateViews.RegisterRow r, Locale locale) {
        if (r.replacedBy() != null) {
            return Texts.get(locale, "certificates.replacedBy") + ": " + r.replacedBy();
        }
        if (r.status() == ru.ciss.lms.certificates.CertificateStatus.REVOKED) {
            String on = r.statusChangedAt() == null ? "" : " " + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                    .format(r.statusChangedAt().atZone(ru.ciss.lms.platform.time.SchoolClock.ZONE));
            String why = r.revocationNote() == null || r.revocationNote().isBlank() ? "" : ": " + r.revocationNote().strip();
            return Texts.get(locale, "certificates.revokedOn") + on + why;
        }
        return "";
    }
}
