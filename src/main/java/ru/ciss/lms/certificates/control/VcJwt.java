package ru.ciss.lms.certificates.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;

/**
 * A credential as a VC-JWT the way Open Badges 3.0 §8.2 limits it: header {@code alg RS256}, {@code kid} (the URL
 * of the public key) and {@code typ JWT}, nothing else; the payload is the credential itself plus the claims
 * {@code iss} (issuer.id), {@code jti} (id), {@code nbf} (validFrom) and {@code sub} (credentialSubject.id).
 */
public final class VcJwt {

    private VcJwt() {
    }

    public static String sign(JsonObject credential, String kid, RSAPrivateKey key) {
        JsonObjectBuilder claims = Json.createObjectBuilder(credential)
                .add("iss", credential.getJsonObject("issuer").getString("id"))
                .add("jti", credential.getString("id"))
                .add("nbf", Instant.parse(credential.getString("validFrom")).getEpochSecond())
                .add("sub", credential.getJsonObject("credentialSubject").getString("id"));
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT)
                .build(), new Payload(claims.build().toString()));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a credential failed", e);
        }
        return jws.serialize();
    }

    /** A compact JWS as it was read, before its signature is checked. */
    public record Parsed(JWSObject jws, String kid, JsonObject claims) {

        public boolean signedBy(RSAPublicKey key) {
            try {
                return JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm()) && jws.verify(new RSASSAVerifier(key));
            } catch (JOSEException e) {
                return false;
            }
        }
    }

    /** The JWS in {@code text} (surrounding white space ignored), if it is one with a JSON object as payload. */
    public static Optional<Parsed> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            JWSObject jws = JWSObject.parse(text.strip());
            try (JsonReader reader = Json.createReader(new StringReader(jws.getPayload().toString()))) {
                return Optional.of(new Parsed(jws, jws.getHeader().getKeyID(), reader.readObject()));
            }
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
