package ru.ciss.lms.certificates.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ciss.lms.certificates.boundary.CertificateRefusedException;
import ru.ciss.lms.certificates.boundary.MyCertificates;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.control.FileType;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.platform.web.RuleRefusals;

/** /files/certificate?id=N: a certificate's PDF, for its holder (while valid) and administrators; 404 for others. */
@WebServlet("/files/certificate")
public class CertificatePdfServlet extends HttpServlet {

    @Inject
    MyCertificates certificates;

    @Inject
    FileStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MyCertificates.Pdf pdf;
        try {
            pdf = certificates.pdf(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuntimeException e) {
            if (RuleRefusals.refusal(e, CertificateRefusedException.class, jakarta.ejb.EJBAccessException.class) == null) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.stored(request, response, store, pdf.stored(), pdf.name(), FileType.PDF, false,
                "certificate " + request.getParameter("id"));
    }
}
