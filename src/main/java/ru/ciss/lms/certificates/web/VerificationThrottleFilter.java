package ru.ciss.lms.certificates.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ciss.lms.platform.security.AddressThrottle;
import ru.ciss.lms.platform.security.SharedThrottle;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.ClientAddress;

/**
 * Rate limit of the public verification (page, lookups, uploads, JSON) per client address: the register must not be
 * walked number by number, nor the server kept busy hashing uploads. A person checking a few certificates never
 * notices; a script gets 429 with Retry-After, in JSON for the API and in a few words of Russian and English for
 * the page. Behind a reverse proxy, LMS_TRUSTED_PROXIES names it, so that each client keeps its own limit. The limit
 * holds across the instances of a cluster: the buckets are kept in the database (see {@link SharedThrottle}).
 */
@WebFilter(urlPatterns = {"/verify/*", "/verify.xhtml", "/api/certificates/*"})
public class VerificationThrottleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "lms.verify.per-minute", defaultValue = "30")
    int perMinute;

    @Inject
    @ConfigProperty(name = "lms.verify.burst", defaultValue = "20")
    int burst;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SharedThrottle sharedThrottle;

    private static final Logger LOG = Logger.getLogger(VerificationThrottleFilter.class.getName());

    private transient volatile AddressThrottle throttle;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        AddressThrottle limits = throttle();
        String address = clientAddress.of(request);
        long waitMillis;
        if (!limits.tryAcquire(address)) {
            waitMillis = limits.retryAfter(address).toMillis();
        } else {
            waitMillis = shared(address);
            if (waitMillis == 0) {
                chain.doFilter(request, response);
                return;
            }
        }
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setHeader("Cache-Control", "no-store");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String body = api ? Json.createObjectBuilder().add("error", "too_many_requests")
                .add("retryAfterSeconds", seconds).build().toString()
                : "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Слишком много запросов</title></head>"
                + "<body><main><h1>Слишком много запросов</h1><p>С вашего адреса пришло слишком много проверок подряд. "
                + "Повторите через " + seconds + " с.</p><p lang=\"en\">Too many requests from your address. Try again in "
                + seconds + " s.</p></main></body></html>";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(api ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * The cluster-wide bucket (issue #21): this instance's own bucket only spares the database a flood; the shared one
     * keeps two instances from giving a script twice the permits. Without the database the instance's limit stands.
     */
    private long shared(String address) {
        try {
            return sharedThrottle.acquire("verify:" + (address.length() > 64 ? address.substring(0, 64) : address),
                    perMinute, burst);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The shared verification limit could not be read; this instance's limit applies", e);
            return 0;
        }
    }

    private AddressThrottle throttle() {
        AddressThrottle current = throttle;
        if (current == null) {
            synchronized (this) {
                current = throttle;
                if (current == null) {
                    current = new AddressThrottle(perMinute, burst, SchoolClock.current(), 100_000);
                    throttle = current;
                }
            }
        }
        return current;
    }
}
