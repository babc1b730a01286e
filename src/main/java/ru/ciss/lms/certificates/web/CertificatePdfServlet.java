package ru.ciss.lms.certificates.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.certificates.boundary.MyCertificates;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.files.web.Downloads;

/** /files/certificate?id=N: a certificate's PDF, for its holder (while valid) and administrators; 404 for others. */
@WebServlet("/files/certificate")
public class CertificatePdfServlet extends HttpServlet {

    @Inject
    MyCertificates certificates;

    @Inject
    FileStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MyCertificates.Pdf pdf = Downloads.byId(request, response, certificates::pdf, CertificateRefusedException.class,
                jakarta.ejb.EJBAccessException.class);
        if (pdf == null) {
            return;
        }
        Downloads.stored(request, response, store, pdf.stored(), pdf.name(), FileType.PDF, false,
                "certificate " + request.getParameter("id"));
    }
}
