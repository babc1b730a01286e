package ru.ciss.lms.certificates.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.certificates.boundary.OpenBadges;
import ru.ciss.lms.files.web.Downloads;

/**
 * /files/badge?id=N (the PNG with the credential baked in) and /files/badge?id=N&amp;format=jwt (the credential's
 * compact JWS): for the certificate's holder while it is valid, and administrators; 404 for anyone else.
 */
@WebServlet("/files/badge")
public class BadgeDownloadServlet extends HttpServlet {

    @Inject
    OpenBadges badges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean jwt = "jwt".equals(request.getParameter("format"));
        OpenBadges.Download badge = Downloads.byId(request, response, id -> jwt ? badges.jwt(id) : badges.png(id),
                CertificateRefusedException.class, jakarta.ejb.EJBAccessException.class);
        if (badge == null) {
            return;
        }
        byte[] bytes = badge.content();
        String name = OpenBadges.fileName(badge.number(), jwt ? "jwt" : "png");
        response.setContentType(jwt ? "application/vc+jwt" : "image/png");
        response.setHeader("Cache-Control", "private, no-store"); // signed anew each time; the holder's own
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
