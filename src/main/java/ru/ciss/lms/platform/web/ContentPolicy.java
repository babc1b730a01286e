package ru.ciss.lms.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The content security policies (issue #21): no inline script and no inline style anywhere, but for two style
 * attributes of PrimeFaces named by their hashes.
 *
 * <p>Faces pages get {@link #getPages()} from PrimeFaces (web.xml: {@code primefaces.CSP_POLICY} reads it), which
 * appends the page's fresh nonce to its last directive, {@code script-src 'self'}: the page's own scripts carry the
 * nonce, nothing else inline runs. Every other response (downloads, the JSON API, the 429 page, files) gets
 * {@link #OTHER}, which allows nothing at all to run or load; see {@link SecurityHeadersFilter}.
 */
@Named("contentPolicy")
@ApplicationScoped
public class ContentPolicy {

    /** Pages: only this site's files; scripts only with the page's nonce (appended by PrimeFaces to the end). */
    static final String PAGES = String.join("; ",
            "default-src 'self'",
            // Two style attributes PrimeFaces renders, by their exact text and nothing else: a reflow table's first
            // "visibility" and a poll's "display: none;". Every other style comes from this site's style sheets.
            "style-src 'self' 'unsafe-hashes' 'sha256-vEHI8VTbGmrx7XkXE799b/hatOrx7G+PBTHrb3YsP18=' "
                    + "'sha256-biLFinpqYMtWHmXfkA1BPeCY0/fNt46SAZ+BBk5YUog='",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'", // the check-in page's service worker, a file of this app
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "script-src 'self'");

    /**
     * Anything that is not a page: nothing runs, nothing loads, nothing frames it. One exception, fetching from this
     * site: a service worker's script (the check-in page's) is governed by the policy it is served with, and a worker
     * that cannot fetch would leave every page in its scope without its style sheets and scripts.
     */
    public static final String OTHER = "default-src 'none'; connect-src 'self'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public String getPages() {
        return PAGES;
    }
}
