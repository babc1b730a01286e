package ru.ciss.lms.certificates.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The last signed revocation list, reused while the list and the signing key are the same and it is less than an
 * hour old: the list is public and fetched by every verifier, and an RSA signature per request would let anyone
 * keep the server's processors busy. A revocation changes the bits, so it is signed anew at once.
 */
@ApplicationScoped
public class SignedStatusList {

    static final Duration FRESH = Duration.ofHours(1);

    private record Signed(String encodedList, String keyName, Instant madeAt, String jwt) {
    }

    private final AtomicReference<Signed> last = new AtomicReference<>();

    public String of(String encodedList, String keyName, Instant now, Supplier<String> sign) {
        Signed known = last.get();
        if (known != null && known.encodedList().equals(encodedList) && known.keyName().equals(keyName)
                && known.madeAt().plus(FRESH).isAfter(now) && !known.madeAt().isAfter(now)) {
            return known.jwt();
        }
        Signed made = new Signed(encodedList, keyName, now, sign.get());
        last.set(made);
        return made.jwt();
    }
}
