package ru.ciss.lms.certificates.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import ru.ciss.lms.certificates.entity.BadgeKey;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * The school's badge signing keys: the newest unretired key signs; all keys are published (JWKS), so that a
 * credential signed before a rotation keeps verifying. Runs in its caller's transaction.
 */
@ApplicationScoped
public class SigningKeys {

    /** RSA 3072: RS256 is what Open Badges 3.0 requires every verifier to accept; 3072 bits last beyond 2030. */
    static final int BITS = 3072;

    @PersistenceContext
    EntityManager em;

    @Inject
    SchoolClock clock;

    public List<BadgeKey> all() {
        return em.createNamedQuery(BadgeKey.ALL, BadgeKey.class).getResultList();
    }

    /** The key that signs now, made if the school has none yet (the first start). */
    public BadgeKey signing() {
        List<BadgeKey> keys = all();
        for (int i = keys.size() - 1; i >= 0; i--) {
            if (keys.get(i).isSigning()) {
                return keys.get(i);
            }
        }
        return make();
    }

    /** A new key signs from now on; the old ones are retired from signing and stay published. */
    public BadgeKey rotate() {
        all().forEach(k -> k.retire(clock.now()));
        return make();
    }

    public Optional<BadgeKey> named(String name) {
        return all().stream().filter(k -> k.getName().equals(name)).findFirst();
    }

    private BadgeKey make() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(BITS, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            byte[] name = new byte[12];
            new SecureRandom().nextBytes(name);
            BadgeKey key = new BadgeKey(Base64.getUrlEncoder().withoutPadding().encodeToString(name),
                    pair.getPublic().getEncoded(), pair.getPrivate().getEncoded(), clock.now());
            em.persist(key);
            em.flush();
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    public static RSAPublicKey publicKey(BadgeKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(key.getPublicKey()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored public key " + key.getName() + " is unreadable", e);
        }
    }

    public static RSAPrivateKey privateKey(BadgeKey key) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key.getPrivateKey()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored private key " + key.getName() + " is unreadable", e);
        }
    }

    /** A public JWK: never the private part (RSAKey.toPublicJWK drops it; it is never given one anyway). */
    public static RSAKey jwk(String base, BadgeKey key) {
        return new RSAKey.Builder(publicKey(key)).keyID(BadgeDocuments.keyId(base, key.getName()))
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build().toPublicJWK();
    }

    public static JWKSet jwks(String base, List<BadgeKey> keys) {
        return new JWKSet(keys.stream().map(k -> (com.nimbusds.jose.jwk.JWK) jwk(base, k)).toList());
    }
}
