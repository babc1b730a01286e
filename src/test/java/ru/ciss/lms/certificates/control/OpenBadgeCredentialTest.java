package ru.ciss.lms.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

/**
 * A certificate's Open Badges 3.0 credential without a server: its structure against the specification's JSON
 * schema (test resources, from 1EdTech's ob_v3p0_achievementcredential_schema.json), the VC-JWT signed here and
 * verified with jose4j (a JOSE library independent of the Nimbus one that signs), the revocation bitstring, and the
 * credential baked into the badge PNG.
 */
class OpenBadgeCredentialTest {

    static final String BASE = "https://school.example.org";
    static final BadgeDocuments.Programme PROGRAMME = new BadgeDocuments.Programme("rc-leaders",
            "Школа лидеров ресурсных центров", "Программа готовит руководителей ресурсных центров.", 72, 80, true, 60);

    static BadgeDocuments.Credential credential(String holderName) {
        return new BadgeDocuments.Credential("0f8fad5b-d9cb-469f-a165-70867728950e",
                "7c9e6679-7425-40de-944b-e07fc1f90ae7", "РЦ-2026-0007", holderName,
                "sha256$" + "a".repeat(64), "c0ffee", Instant.parse("2026-12-01T04:30:15.123Z"),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), 42, PROGRAMME);
    }

    @Test
    void theCredentialMeetsTheOpenBadgesSchemaWithAndWithoutTheName() throws Exception {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/openbadges/ob_v3p0_achievementcredential_schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
        for (String name : new String[] {null, "Фёдорова Пётр Тестович"}) {
            JsonObject c = BadgeDocuments.credential(BASE, "Омский центр", credential(name));
            List<Error> errors = schema.validate(c.toString(), InputFormat.JSON);
            assertEquals(List.of(), errors, c::toString);
            assertEquals(name != null, c.toString().contains("\"identityType\":\"name\""), "the name only if given");
        }
        // The schema is a real check: a credential without its subject's achievement fails it.
        JsonObject broken = Json.createObjectBuilder(BadgeDocuments.credential(BASE, "Омский центр", credential(null)))
                .add("credentialSubject", Json.createObjectBuilder().add("type", "AchievementSubject")).build();
        assertFalse(schema.validate(broken.toString(), InputFormat.JSON).isEmpty());
    }

    @Test
    void theAchievementStatesTheProgrammeAndItsRules() {
        JsonObject a = BadgeDocuments.achievement(BASE, PROGRAMME);
        assertEquals(BASE + "/badges/achievements/rc-leaders", a.getString("id"));
        assertEquals("Certificate", a.getString("achievementType"));
        String narrative = a.getJsonObject("criteria").getString("narrative");
        assertTrue(narrative.contains("72 ак. ч") && narrative.contains("не менее 80 %")
                && narrative.contains("все задания") && narrative.contains("не ниже 60 %"), narrative);
    }

    @Test
    void signedHereVerifiedByAnIndependentJoseLibrary() throws Exception {
        KeyPair pair = rsa();
        JsonObject c = BadgeDocuments.credential(BASE, "Омский центр", credential(null));
        String kid = BASE + "/badges/keys/k1";
        String jwt = VcJwt.sign(c, kid, (RSAPrivateKey) pair.getPrivate());

        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256"));
        jws.setCompactSerialization(jwt);
        jws.setKey(pair.getPublic());
        assertTrue(jws.verifySignature(), "jose4j accepts the signature");
        JsonObject header = json(jws.getHeaders().getFullHeaderAsJsonString());
        assertEquals(Set.of("alg", "kid", "typ"), header.keySet(), "Open Badges 3.0 allows no other JOSE header");
        assertEquals("RS256", header.getString("alg"));
        assertEquals(kid, header.getString("kid"));
        assertEquals("JWT", header.getString("typ"));
        JsonObject claims = json(jws.getPayload());
        assertEquals(BASE + "/badges/issuer", claims.getString("iss"));
        assertEquals(c.getString("id"), claims.getString("jti"));
        assertEquals("urn:uuid:7c9e6679-7425-40de-944b-e07fc1f90ae7", claims.getString("sub"));
        assertEquals(Instant.parse("2026-12-01T04:30:15Z").getEpochSecond(), claims.getJsonNumber("nbf").longValue());
        assertEquals("2026-12-01T04:30:15Z", claims.getString("validFrom"), "nbf and validFrom agree to the second");
        assertEquals(c.getJsonObject("credentialSubject"), claims.getJsonObject("credentialSubject"));

        // Another key's signature, and a payload changed after signing, are refused by both libraries.
        KeyPair other = rsa();
        assertFalse(VcJwt.parse(jwt).orElseThrow().signedBy((java.security.interfaces.RSAPublicKey) other.getPublic()));
        String[] parts = jwt.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                jws.getPayload().replace("РЦ-2026-0007", "РЦ-2026-0008").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        JsonWebSignature forgedJws = new JsonWebSignature();
        forgedJws.setCompactSerialization(forged);
        forgedJws.setKey(pair.getPublic());
        assertFalse(forgedJws.verifySignature());
        assertFalse(VcJwt.parse(forged).orElseThrow()
                .signedBy((java.security.interfaces.RSAPublicKey) pair.getPublic()));
        assertTrue(VcJwt.parse("not a token").isEmpty());
    }

    @Test
    void theStatusListSetsTheLeftmostBitFirstAndKeepsSixteenKilobytes() throws Exception {
        BitSet revoked = new BitSet();
        revoked.set(0);
        revoked.set(7);
        revoked.set(42);
        String encoded = StatusList.encode(revoked, StatusList.length(100));
        assertTrue(encoded.startsWith("u"), "multibase base64url");
        byte[] raw;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            raw = in.readAllBytes();
        }
        assertEquals(StatusList.MIN_BITS / 8, raw.length, "16 KB however few certificates there are");
        assertEquals((byte) 0b1000_0001, raw[0], "index 0 is the left-most bit of the first byte");
        assertEquals((byte) 0b0010_0000, raw[5], "index 42 is byte 5, third bit from the left");
        for (long i = 0; i < 64; i++) {
            assertEquals(i == 0 || i == 7 || i == 42, StatusList.isSet(encoded, i), "bit " + i);
        }
        assertFalse(StatusList.isSet(encoded, 10_000_000), "beyond the list is not revoked");
        assertEquals(131_080, StatusList.length(131_072), "grows by whole bytes past the minimum");
    }

    @Test
    void theCredentialIsBakedIntoThePngAndTheImageStaysAnImage() throws Exception {
        byte[] png = BadgeImage.png();
        byte[] baked = BakedPng.bake(png, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        assertEquals("eyJhbGciOiJSUzI1NiJ9.e30.c2ln", BakedPng.extract(baked).orElseThrow());
        assertEquals(256, ImageIO.read(new ByteArrayInputStream(baked)).getWidth(), "still a valid PNG (CRCs right)");
        // javax.imageio's own PNG reader finds the chunk under the keyword Open Badges names.
        var reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(baked)));
        var tree = (javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        var entry = (javax.imageio.metadata.IIOMetadataNode) tree.getElementsByTagName("iTXtEntry").item(0);
        assertEquals("openbadgecredential", entry.getAttribute("keyword"));
        assertEquals("eyJhbGciOiJSUzI1NiJ9.e30.c2ln", entry.getAttribute("text"));

        byte[] again = BakedPng.bake(baked, "second");
        assertEquals("second", BakedPng.extract(again).orElseThrow());
        assertEquals(baked.length - "eyJhbGciOiJSUzI1NiJ9.e30.c2ln".length() + "second".length(), again.length,
                "baking again replaces the credential rather than adding one");
        assertTrue(BakedPng.extract(png).isEmpty(), "an unbaked image holds none");
        assertTrue(BakedPng.extract(java.util.Arrays.copyOf(baked, 60)).isEmpty(), "a cut file holds none");
        assertTrue(BakedPng.extract("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }

    @Test
    void theSignedStatusListIsReusedUntilItsBitsItsKeyOrAnHourChange() {
        SignedStatusList lists = new SignedStatusList();
        java.util.concurrent.atomic.AtomicInteger signatures = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<String> sign = () -> "jwt" + signatures.incrementAndGet();
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        assertEquals("jwt1", lists.of("uA", "k1", now, sign));
        assertEquals("jwt1", lists.of("uA", "k1", now.plusSeconds(3599), sign), "the same list within the hour");
        assertEquals("jwt2", lists.of("uB", "k1", now.plusSeconds(3599), sign), "a revocation: signed at once");
        assertEquals("jwt3", lists.of("uB", "k2", now.plusSeconds(3599), sign), "a rotated key signs it anew");
        assertEquals("jwt4", lists.of("uB", "k2", now.plusSeconds(3599 + 3600), sign), "an hour later");
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
