package ru.ciss.lms.certificates.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import ru.ciss.lms.certificates.boundary.VerifiedCertificate;
import ru.ciss.lms.certificates.boundary.Verification;
import ru.ciss.lms.certificates.control.RegisterNumber;

/**
 * /api/certificates/&lt;register number&gt;: the facts of the verification page as JSON, for an employer's or the
 * fund's own systems. Public, read only, rate-limited per address like the page; dates in ISO 8601.
 */
@WebServlet("/api/certificates/*")
public class CertificateApiServlet extends HttpServlet {

    @Inject
    Verification verification;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String number = path == null || path.length() < 2 ? "" : path.substring(1);
        response.setHeader("Access-Control-Allow-Origin", "*"); // public facts, meant to be checked from anywhere
        response.setHeader("Cache-Control", "no-cache");
        if (!RegisterNumber.isWellFormed(number)) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "malformed_number");
            return;
        }
        Optional<VerifiedCertificate> found = verification.byNumber(number);
        if (found.isEmpty()) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "not_found");
            return;
        }
        write(response, HttpServletResponse.SC_OK, json(found.get()));
    }

    static JsonObjectBuilder json(VerifiedCertificate c) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("number", c.number())
                .add("holder", c.holder())
                .add("holderIsInitials", c.nameIsInitials())
                .add("programme", c.programme())
                .add("academicHours", c.hours())
                .add("cohortFrom", iso(c.cohortFrom()))
                .add("cohortTo", iso(c.cohortTo()))
                .add("issuedOn", iso(c.issuedOn()))
                .add("signatory", c.signatory())
                .add("status", c.status().name())
                .add("valid", c.isValid())
                .add("pdfSha256", c.sha256());
        if (c.statusChangedOn() != null) {
            o.add("statusChangedOn", iso(c.statusChangedOn()));
        }
        if (c.revocationReason() != null) {
            o.add("revocationReason", c.revocationReason());
        }
        if (c.replacedBy() != null) {
            o.add("replacedBy", c.replacedBy());
            o.add("replacementValid", c.replacementValid());
        }
        return o;
    }

    private static String iso(LocalDate date) {
        return date.toString();
    }

    private static void error(HttpServletResponse response, int status, String code) throws IOException {
        write(response, status, Json.createObjectBuilder().add("error", code));
    }

    private static void write(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        byte[] bytes = body.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
