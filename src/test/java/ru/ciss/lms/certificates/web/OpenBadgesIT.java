package ru.ciss.lms.certificates.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;
import ru.ciss.lms.testing.WebClient.FilePart;

/**
 * Issue #24, point 2, over HTTP as a third party sees it: the holder downloads the badge (JWT and PNG), anyone
 * dereferences the JWS header's kid and the JWKS and verifies it with jose4j (not the Nimbus library that signed),
 * the payload meets the Open Badges 3.0 schema, the e-mail is only there salted and hashed and the name only with
 * consent; the revocation bit flips when the certificate is revoked; /verify says valid, revoked or not ours for
 * an uploaded badge; after a key rotation new badges carry the new key and old ones still verify.
 */
class OpenBadgesIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    URL url = SharedApplication.url();

    @Test
    void aBadgeVerifiesAnywhereItsRevocationShowsAndARotationKeepsOldBadgesValid() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account holder = TestPeople.create("Бейджева", "TRAINEE");
        TestPeople.Account other = TestPeople.create("Соседова", "TRAINEE");
        TestData.enrolTrainee(cohort, holder.id());
        TestData.enrolTrainee(cohort, other.id());
        TestData.graduate(cohort, holder.id());
        TestData.graduate(cohort, other.id());
        long id = Long.parseLong(TestData.value("SELECT id FROM certificate WHERE person_id = ?", holder.id()));
        long otherId = Long.parseLong(TestData.value("SELECT id FROM certificate WHERE person_id = ?", other.id()));
        String number = TestData.value("SELECT number FROM certificate WHERE id = ?", id);

        WebClient h = signedIn(holder);
        assertTrue(h.get("/home/trainee.xhtml").body().contains("/files/badge?id=" + id), "the home page offers it");
        HttpResponse<String> answer = h.get("/files/badge?id=" + id + "&format=jwt");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/vc+jwt"));
        String jwt = answer.body();
        WebClient o = signedIn(other);
        assertEquals(404, o.get("/files/badge?id=" + id + "&format=jwt").statusCode(), "never someone else's");
        assertEquals(404, o.getBytes("/files/badge?id=" + id).statusCode());
        String otherOld = o.get("/files/badge?id=" + otherId + "&format=jwt").body();

        // A verifier dereferences the kid, and finds the same key in the JWKS.
        JsonWebSignature jws = jws(jwt);
        String kid = jws.getKeyIdHeaderValue();
        assertTrue(kid.endsWith("/badges/keys/" + kid.substring(kid.lastIndexOf('/') + 1)), kid);
        JsonWebKey key = JsonWebKey.Factory.newJwk(fetch(kid).body());
        assertFalse(fetch(kid).body().contains("\"d\""), "never the private part");
        jws.setKey(key.getKey());
        assertTrue(jws.verifySignature(), "verified with jose4j and the key its kid names");
        assertTrue(verifiesWithJwks(jwt), "and with the published key set");

        String payload = jws.getPayload();
        JsonObject claims = json(payload);
        assertEquals(List.of(), schema().validate(payload, InputFormat.JSON), payload);
        JsonObject subject = claims.getJsonObject("credentialSubject");
        JsonObject email = subject.getJsonArray("identifier").getJsonObject(0);
        assertEquals("emailAddress", email.getString("identityType"));
        assertEquals("sha256$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                (holder.email().toLowerCase() + email.getString("salt")).getBytes(StandardCharsets.UTF_8))),
                email.getString("identityHash"), "a verifier who knows the address can match it");
        assertFalse(jws.getPayload().contains(holder.email()), "the address itself is not in the badge");
        assertFalse(jws.getPayload().contains(holder.surname()), "no name without consent");
        assertEquals(number, subject.getString("licenseNumber"));
        java.time.LocalDate issuedOn = java.time.LocalDate.parse(
                TestData.value("SELECT issued_on FROM certificate WHERE id = ?", id));
        assertEquals(issuedOn.atStartOfDay(java.time.ZoneId.of("Asia/Omsk")).toInstant().toString(),
                claims.getString("validFrom"), "valid from the date printed on the certificate");
        assertTrue(subject.getJsonObject("achievement").getJsonObject("criteria").getString("narrative")
                .contains("72 ак. ч"), subject::toString);
        JsonObject achievement = json(fetch(subject.getJsonObject("achievement").getString("id")).body());
        assertEquals(subject.getJsonObject("achievement").getString("name"), achievement.getString("name"),
                "the achievement is published at its id");
        assertEquals(claims.getJsonObject("issuer").getString("name"),
                json(fetch(claims.getString("iss")).body()).getString("name"), "so is the issuer profile");
        JsonObject status = claims.getJsonObject("credentialStatus");
        assertEquals(String.valueOf(id), status.getString("statusListIndex"));
        assertFalse(revoked(status), "a valid certificate's bit is clear");

        // The same credential, baked into the PNG; /verify says it is ours and valid.
        HttpResponse<byte[]> png = h.getBytes("/files/badge?id=" + id);
        assertEquals(200, png.statusCode());
        assertTrue(png.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        JsonWebSignature baked = jws(bakedText(png.body()));
        baked.setKey(key.getKey());
        assertTrue(baked.verifySignature());
        assertEquals(claims.getString("jti"), json(baked.getPayload()).getString("jti"), "one credential id");
        String said = verify("badge.png", png.body());
        assertTrue(said.contains("Бейдж подписан школой и выдан к сертификату №") && said.contains(number)
                && said.contains("Сертификат действителен"), said);

        // With consent to publish the name, the next download names the holder.
        TestData.update("INSERT INTO consent (person_id, kind, text_version, given_at) "
                + "VALUES (?, 'PUBLISH_NAME', '2026-11', NOW(3))", holder.id());
        String named = jws(h.get("/files/badge?id=" + id + "&format=jwt").body()).getUnverifiedPayload();
        assertTrue(named.contains("\"identityType\":\"name\"") && named.contains(holder.surname()), named);

        // Forged: signed by another key under our kid, or altered; or no badge at all.
        var stranger = KeyPairGenerator.getInstance("RSA");
        stranger.initialize(2048);
        JsonWebSignature forged = new JsonWebSignature();
        forged.setPayload(jws.getPayload());
        forged.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        forged.setKeyIdHeaderValue(kid);
        forged.setKey(stranger.generateKeyPair().getPrivate());
        assertTrue(verify("badge.jwt", forged.getCompactSerialization().getBytes(StandardCharsets.US_ASCII))
                .contains("Бейдж не подтверждён"), "another key's signature is not ours");
        String[] parts = jwt.split("\\.");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                jws.getPayload().replace(number, number + "1").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertTrue(verify("badge.jwt", altered.getBytes(StandardCharsets.UTF_8)).contains("Бейдж не подтверждён"));
        assertTrue(verify("photo.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3})
                .contains("В файле нет ни сертификата PDF, ни бейджа Open Badges"));

        // Revoked through the administrator's page: the bit flips, /verify says so, the holder gets it no more.
        TestPeople.Account admin = TestPeople.create("Отзывающая", "ADMINISTRATOR");
        WebClient a = signedIn(admin);
        String certificatePage = "/certificates/certificate.xhtml?id=" + id;
        a.postForm(certificatePage, a.get(certificatePage).body(), Map.of("revoke", "revoke",
                "revoke:reason", "Выдан по ошибке", "revoke:do-revoke", "x"));
        assertEquals("REVOKED", TestData.value("SELECT status FROM certificate WHERE id = ?", id));
        assertTrue(revoked(status), "the revocation bit is set");
        assertTrue(verify("badge.png", png.body()).contains("Сертификат отозван"));
        assertEquals(404, h.get("/files/badge?id=" + id + "&format=jwt").statusCode());

        // A rotation: new badges carry the new key; the old key stays published and old badges stay ours.
        String rotated = a.follow(a.postForm("/admin/badge-keys.xhtml", a.get("/admin/badge-keys.xhtml").body(),
                Map.of("rotate", "rotate", "rotate:do-rotate", "x"))).body();
        assertTrue(rotated.contains("Ключ сменён"), rotated);
        String otherNew = o.get("/files/badge?id=" + otherId + "&format=jwt").body();
        assertNotEquals(jws(otherOld).getKeyIdHeaderValue(), jws(otherNew).getKeyIdHeaderValue());
        assertTrue(verifiesWithJwks(otherOld) && verifiesWithJwks(otherNew), "both keys are in the JWKS");
        assertTrue(verify("old.jwt", otherOld.getBytes(StandardCharsets.US_ASCII)).contains("Сертификат действителен"));

        // A reissue replaces the certificate: the old badge's bit is set too, and /verify says it was replaced.
        String otherPage = "/certificates/certificate.xhtml?id=" + otherId;
        a.postForm(otherPage, a.get(otherPage).body(), Map.of("reissue", "reissue",
                "reissue:reason", "Опечатка в фамилии", "reissue:do-reissue", "x"));
        assertEquals("REPLACED", TestData.value("SELECT status FROM certificate WHERE id = ?", otherId));
        assertTrue(revoked(json(jws(otherOld).getUnverifiedPayload()).getJsonObject("credentialStatus")));
        assertTrue(verify("old.jwt", otherOld.getBytes(StandardCharsets.US_ASCII)).contains("Сертификат заменён"));
    }

    /** The bit for this entry in the list it names, the list's own signature checked against the JWKS first. */
    private boolean revoked(JsonObject status) throws Exception {
        String list = fetch(status.getString("statusListCredential")).body();
        assertTrue(verifiesWithJwks(list), "the status list is signed by the school");
        JsonObject subject = json(jws(list).getUnverifiedPayload()).getJsonObject("credentialSubject");
        assertEquals("revocation", subject.getString("statusPurpose"));
        String encoded = subject.getString("encodedList");
        byte[] bits;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = in.readAllBytes();
        }
        int index = Integer.parseInt(status.getString("statusListIndex"));
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    private boolean verifiesWithJwks(String compact) throws Exception {
        JsonWebSignature jws = jws(compact);
        JsonWebKeySet set = new JsonWebKeySet(fetch(url.toString().replaceAll("/$", "") + "/badges/keys").body());
        JsonWebKey key = set.findJsonWebKey(jws.getKeyIdHeaderValue(), null, null, null);
        if (key == null) {
            return false;
        }
        jws.setKey(key.getKey());
        return jws.verifySignature();
    }

    /**
     * An upload on /verify by a visitor from an address of their own: /verify is limited per address (20 at once),
     * and the other tests' checks from 127.0.0.1 (a flood among them) would otherwise use up this one's allowance.
     */
    private String verify(String name, byte[] file) {
        WebClient anyone = new WebClient(url).always("X-Forwarded-For", "198.18." + (int) (Math.random() * 254 + 1)
                + "." + (int) (Math.random() * 254 + 1));
        return anyone.postMultipart("/verify.xhtml", anyone.get("/verify.xhtml").body(), Map.of("upload", "upload",
                "upload:check", "check"), new FilePart("upload:file", name, file)).body();
    }

    /** The credential in the PNG's iTXt chunk "openbadgecredential", read with javax.imageio. */
    private static String bakedText(byte[] png) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
        IIOMetadataNode tree = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        var entries = tree.getElementsByTagName("iTXtEntry");
        for (int i = 0; i < entries.getLength(); i++) {
            IIOMetadataNode entry = (IIOMetadataNode) entries.item(i);
            if ("openbadgecredential".equals(entry.getAttribute("keyword"))) {
                return entry.getAttribute("text");
            }
        }
        throw new AssertionError("no openbadgecredential chunk");
    }

    private static JsonWebSignature jws(String compact) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256"));
        jws.setCompactSerialization(compact.strip());
        return jws;
    }

    private static HttpResponse<String> fetch(String address) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), () -> address + ": " + answer.body());
        return answer;
    }

    private static Schema schema() throws Exception {
        try (InputStream in = OpenBadgesIT.class.getResourceAsStream("/openbadges/ob_v3p0_achievementcredential_schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }
}
