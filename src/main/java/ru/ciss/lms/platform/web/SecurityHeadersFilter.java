package ru.ciss.lms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries. The script policy itself comes from PrimeFaces (primefaces.CSP in web.xml),
 * which adds a fresh nonce to each page; this policy adds what PrimeFaces does not set. Browsers enforce both
 * policies, so a script must pass each: ours allows same-origin and inline, PrimeFaces' narrows inline to the
 * nonce.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'", // the check-in page's service worker, a file of this app
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Versioned Faces resources (…?v=15.0.13) never change under the same address. */
    private static final String YEAR = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(self), geolocation=(), microphone=()");
        if (isVersionedResource(request)) {
            response.setHeader("Cache-Control", YEAR);
        } else {
            // Pages, downloads and exports show personal data: never from a shared cache, never from the back button
            // after sign-out. What may be cached (the public verification API, unversioned static files) says so itself.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    static boolean isVersionedResource(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().contains("/jakarta.faces.resource/")
                && query != null && (query.startsWith("v=") || query.contains("&v="));
    }
}
