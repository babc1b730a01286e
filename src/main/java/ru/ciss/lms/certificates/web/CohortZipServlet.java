package ru.ciss.lms.certificates.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.certificates.boundary.Certificates;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.BlobCorruptException;
import ru.ciss.lms.files.FileNames;
import ru.ciss.lms.platform.web.RuleRefusals;

/**
 * /certificates/cohort.zip?cohort=N: every valid certificate of a cohort as one ZIP, for printing. Streamed, one PDF
 * after the other, so a large cohort takes no memory; each file is checked against its hash before it goes in, and a
 * damaged one stops the download rather than hand out a ZIP with a wrong certificate in it.
 */
@WebServlet("/certificates/cohort.zip")
public class CohortZipServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(CohortZipServlet.class.getName());

    @Inject
    Certificates certificates;

    @Inject
    FileStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long cohortId;
        List<Certificates.CohortPdf> pdfs;
        try {
            cohortId = Long.parseLong(String.valueOf(request.getParameter("cohort")));
            pdfs = certificates.cohortPdfs(cohortId);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuntimeException e) {
            if (RuleRefusals.refusal(e, CertificateRefusedException.class) == null) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificates-" + cohortId + ".zip\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        Set<String> names = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
            for (Certificates.CohortPdf pdf : pdfs) {
                java.nio.file.Path path;
                try {
                    path = store.verified(pdf.stored());
                } catch (BlobCorruptException | java.nio.file.NoSuchFileException e) {
                    LOG.log(Level.SEVERE, "Certificate " + pdf.number() + " is damaged or missing in the file store", e);
                    throw new IOException("A certificate's PDF is damaged; the ZIP was stopped", e);
                }
                String name = FileNames.sanitise(pdf.number().replace('/', '-') + " " + pdf.holder() + ".pdf");
                if (!names.add(name)) {
                    name = FileNames.sanitise(pdf.number().replace('/', '-') + ".pdf");
                }
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(path, zip);
                zip.closeEntry();
            }
        }
    }
}
