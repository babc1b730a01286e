package ru.ciss.lms.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address, for every per-address limit (sign-in, the current-password check, certificate look-ups)
 * and the sign-in audit (issue #21). Behind a reverse proxy every request comes from the proxy, so the address the
 * proxy saw is taken from {@code X-Forwarded-For} — but only when the request comes from a proxy listed in
 * {@code lms.trusted-proxies} (LMS_TRUSTED_PROXIES: addresses and CIDR ranges; the older name LMS_PROXY_TRUSTED is
 * still read): anyone else could write that header. {@code *} trusts every sender, only for a server that nothing but
 * the proxy can reach (and for the tests).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "lms.trusted-proxies")
    Optional<String> trusted;

    @Inject
    @ConfigProperty(name = "lms.proxy.trusted")
    Optional<String> trustedOldName;

    private TrustedProxies proxies = TrustedProxies.none();

    @PostConstruct
    void init() {
        // A wrong entry stops the start with its name, rather than silently trusting nobody (or everybody).
        proxies = TrustedProxies.parse(trusted.or(() -> trustedOldName).orElse(""));
    }

    public String of(HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }
}
