package ru.ciss.lms.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries. Every response gets one strict content security policy (issue #21): a Faces page
 * gets {@link ContentPolicy#PAGES} with its nonce from PrimeFaces (primefaces.CSP_POLICY in web.xml); a response that
 * set a policy of its own (a download, the outage page) keeps it; every other one gets {@link ContentPolicy#OTHER},
 * set when its body starts or when it ends, whichever is first. An error page is a Faces page and sets its own.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    /** Versioned Faces resources (…?v=15.0.13) never change under the same address. */
    private static final String YEAR = "public, max-age=31536000, immutable";

    /** A request attribute: the resource asked for is not the version its address names. */
    static final String NOT_THIS_VERSION = "ru.ciss.lms.resource.notThisVersion";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(self), geolocation=(), microphone=()");
        if (isVersionedResource(request)) {
            response.setHeader("Cache-Control", YEAR);
            response = new VersionedCaching(response, request);
        } else {
            // Pages, downloads and exports show personal data: never from a shared cache, never from the back button
            // after sign-out. What may be cached (the public verification API, unversioned static files) says so itself.
            response.setHeader("Cache-Control", "no-store");
        }
        PolicyDefault defaulting = new PolicyDefault(response,
                request.getRequestURI().equals(request.getContextPath() + ru.ciss.lms.platform.health.DatabaseOutageFilter.PAGE_PATH)
                        ? ru.ciss.lms.platform.health.DatabaseOutageFilter.POLICY : ContentPolicy.OTHER);
        chain.doFilter(request, defaulting);
        defaulting.apply();
    }

    /**
     * Sets the default policy on a response that has none when its body starts or when the chain is done; a policy set
     * by the response itself (PrimeFaces on a page, a download) wins. An error sent is answered by an error page,
     * which is a Faces page with its own policy, so none is set for it.
     */
    static final class PolicyDefault extends jakarta.servlet.http.HttpServletResponseWrapper {
        private final String policy;
        private boolean decided;

        PolicyDefault(HttpServletResponse response, String policy) {
            super(response);
            this.policy = policy;
        }

        /**
         * A 304 Not Modified carries no policy: the browser would put it on the copy it keeps (RFC 9111, 4.3.4), whose
         * scripts carry the nonce of the policy that came with that copy ({@link ConditionalPages}).
         */
        void apply() {
            if (!decided && !isCommitted() && getStatus() != SC_NOT_MODIFIED) {
                super.setHeader(CSP, policy);
            }
            decided = true;
        }

        @Override
        public void setHeader(String name, String value) {
            decided |= CSP.equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            decided |= CSP.equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public void reset() {
            super.reset();
            decided = false;
        }

        @Override
        public void sendError(int status) throws IOException {
            decided = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            decided = true;
            super.sendError(status, message);
        }

        /** A redirect (the one to sign-in, say) commits the response at once: its policy goes on first. */
        @Override
        public void sendRedirect(String location) throws IOException {
            apply();
            super.sendRedirect(location);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            apply();
            super.sendRedirect(location, status, clearBuffer);
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
            apply();
            return super.getOutputStream();
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            apply();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            apply();
            super.flushBuffer();
        }
    }

    /**
     * A versioned resource's caching is this filter's to say: Faces would answer a plain {@code max-age} (so a copy
     * could be revalidated, and a proxy could not tell it is for everyone), and a version that is not the file's own
     * ({@link ContentVersionedResources}) must not be kept at all.
     */
    static final class VersionedCaching extends jakarta.servlet.http.HttpServletResponseWrapper {
        private final HttpServletRequest request;

        VersionedCaching(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        private String caching() {
            return request.getAttribute(NOT_THIS_VERSION) != null ? "no-cache" : YEAR;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? caching() : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, caching());
            } else {
                super.addHeader(name, value);
            }
        }
    }

    static boolean isVersionedResource(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().contains("/jakarta.faces.resource/")
                && query != null && (query.startsWith("v=") || query.contains("&v="));
    }
}
