package ru.ciss.lms.certificates.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import ru.ciss.lms.certificates.boundary.OpenBadges;
import ru.ciss.lms.certificates.control.BadgeImage;

/**
 * The school's public Open Badges documents, for anyone checking a credential without signing in:
 * <ul>
 *   <li>/badges/issuer — the issuer profile (the credentials' {@code issuer.id});</li>
 *   <li>/badges/keys — the public keys as a JWK Set; /badges/keys/&lt;name&gt; — one key, the JWS header's kid;</li>
 *   <li>/badges/status/revocation — the signed revocation list (Bitstring Status List);</li>
 *   <li>/badges/achievements/&lt;programme&gt; — a programme's achievement; /badges/image.png — the picture.</li>
 * </ul>
 */
@WebServlet("/badges/*")
public class BadgeServlet extends HttpServlet {

    /** Keys, profile and achievements change seldom; the revocation list should be fresh within a minute. */
    private static final String LONG = "public, max-age=3600";
    private static final String SHORT = "public, max-age=60";

    @Inject
    OpenBadges badges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setHeader("Access-Control-Allow-Origin", "*"); // meant to be read by any verifier, from anywhere
        if (path.equals("/issuer")) {
            send(response, "application/json", badges.issuer().toString(), LONG);
        } else if (path.equals("/keys")) {
            send(response, "application/jwk-set+json", badges.jwks(), LONG);
        } else if (path.startsWith("/keys/")) {
            found(response, "application/jwk+json", badges.jwk(path.substring("/keys/".length())), LONG);
        } else if (path.equals("/status/revocation")) {
            send(response, "application/vc+jwt", badges.statusList(), SHORT);
        } else if (path.startsWith("/achievements/")) {
            found(response, "application/json",
                    badges.achievement(path.substring("/achievements/".length())).map(Object::toString), LONG);
        } else if (path.equals("/image.png")) {
            byte[] png = BadgeImage.png();
            response.setContentType("image/png");
            response.setHeader("Cache-Control", LONG);
            response.setContentLength(png.length);
            response.getOutputStream().write(png);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void found(HttpServletResponse response, String type, Optional<String> body, String cache)
            throws IOException {
        if (body.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            send(response, type, body.get(), cache);
        }
    }

    private static void send(HttpServletResponse response, String type, String body, String cache) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type + ";charset=UTF-8");
        response.setHeader("Cache-Control", cache);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
