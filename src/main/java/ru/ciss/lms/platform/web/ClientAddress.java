package ru.ciss.lms.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address for per-address limits. Behind a reverse proxy (nginx) every request comes from the proxy,
 * so the address the proxy saw is taken from the last X-Forwarded-For entry, but only when the request really comes
 * from a proxy named in {@code lms.proxy.trusted} (LMS_PROXY_TRUSTED): anyone else could write that header.
 * {@code *} trusts every sender: only for a server that nothing but the proxy can reach (and for the tests).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "lms.proxy.trusted")
    Optional<String> trusted;

    private volatile Set<String> proxies;

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        Set<String> trustedProxies = proxies();
        if (forwarded == null || forwarded.isBlank()
                || !trustedProxies.contains(remote) && !trustedProxies.contains("*")) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 45 ? remote : last;
    }

    private Set<String> proxies() {
        Set<String> current = proxies;
        if (current == null) {
            current = trusted.map(t -> Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
            proxies = current;
        }
        return current;
    }
}
