package ru.ciss.lms.certificates.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.certificates.CertificateStatus;
import ru.ciss.lms.certificates.control.BadgeDocuments;
import ru.ciss.lms.certificates.control.BadgeImage;
import ru.ciss.lms.certificates.control.BakedPng;
import ru.ciss.lms.certificates.control.CertificateSettings;
import ru.ciss.lms.certificates.control.SignedStatusList;
import ru.ciss.lms.certificates.control.SigningKeys;
import ru.ciss.lms.certificates.control.StatusList;
import ru.ciss.lms.certificates.control.VcJwt;
import ru.ciss.lms.certificates.entity.BadgeKey;
import ru.ciss.lms.certificates.entity.Certificate;
import ru.ciss.lms.certificates.entity.OpenBadge;
import ru.ciss.lms.course.boundary.ProgrammeCards;
import ru.ciss.lms.mail.Recipients;
import ru.ciss.lms.people.ConsentKind;
import ru.ciss.lms.people.boundary.ConsentRecords;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;

/**
 * Every certificate as an Open Badges 3.0 credential (issue #24): the holder downloads it signed (VC-JWT, or a PNG
 * with it baked in); anyone reads the school's issuer profile, its public keys, a programme's achievement and the
 * revocation list, and checks a credential someone shows them. Addresses come from LMS_PUBLIC_URL only.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@PermitAll
public class OpenBadges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    SigningKeys keys;

    @Inject
    PublicAddress address;

    @Inject
    CertificateSettings settings;

    @Inject
    ProgrammeCards programmes;

    @Inject
    Recipients recipients;

    @Inject
    ConsentRecords consents;

    @Inject
    Verification verification;

    @Inject
    SchoolClock clock;

    @Inject
    SignedStatusList signedLists;

    /** A badge to download: the certificate's number (for the file's name) and the file. */
    public record Download(String number, byte[] content) {
    }

    /** The credential of a certificate as a compact JWS, for its holder (while valid) and administrators. */
    @RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
    public Download jwt(long certificateId) {
        Certificate c = holdersOwn(certificateId);
        return new Download(c.getNumber(), signed(c).getBytes(StandardCharsets.US_ASCII));
    }

    /** The badge picture with the credential baked in. */
    @RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
    public Download png(long certificateId) {
        Certificate c = holdersOwn(certificateId);
        return new Download(c.getNumber(), BakedPng.bake(BadgeImage.png(), signed(c)));
    }

    private Certificate holdersOwn(long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId);
        // The same answer as the PDF's: someone else's certificate, or a revoked one for its holder, "is not there".
        if (c == null || !caller.isAdministrator() && (c.getPersonId() != caller.id() || !c.isValid())) {
            throw new CertificateRefusedException("certificates.notFound");
        }
        return c;
    }

    private String signed(Certificate c) {
        BadgeKey key = keys.signing();
        return VcJwt.sign(credential(c, badgeOf(c)), BadgeDocuments.keyId(base(), key.getName()),
                SigningKeys.privateKey(key));
    }

    public static String fileName(String number, String extension) {
        return "Бейдж " + number.replace('/', '-') + "." + extension;
    }

    public JsonObject issuer() {
        return BadgeDocuments.issuer(base(), settings.school());
    }

    public Optional<JsonObject> achievement(String code) {
        return programmes.card(code).map(p -> BadgeDocuments.achievement(base(), programme(p)));
    }

    /** All keys, the retired ones too: what they signed still verifies. */
    public String jwks() {
        List<BadgeKey> all = keys.all();
        // A school without a key yet (its first start failed to make one) publishes the key it will sign with.
        return SigningKeys.jwks(base(), all.isEmpty() ? List.of(keys.signing()) : all).toString();
    }

    public Optional<String> jwk(String name) {
        return keys.named(name).map(k -> SigningKeys.jwk(base(), k).toJSONString());
    }

    /** A new key signs from now on; the earlier ones stay published. Administrators only. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public String rotateKey() {
        return keys.rotate().getName();
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public List<BadgeKey> keys() {
        return keys.all();
    }

    /** The revocation list, signed: a bit for each certificate no longer valid (revoked, or replaced by another). */
    public String statusList() {
        List<Long> withdrawn = em.createQuery("SELECT c.id FROM Certificate c WHERE c.status <> :valid", Long.class)
                .setParameter("valid", CertificateStatus.VALID).getResultList();
        Long highest = em.createQuery("SELECT MAX(c.id) FROM Certificate c", Long.class).getSingleResult();
        BitSet bits = new BitSet();
        withdrawn.forEach(id -> bits.set(Math.toIntExact(id)));
        String encoded = StatusList.encode(bits, StatusList.length(highest == null ? 0 : highest));
        BadgeKey key = keys.signing();
        return signedLists.of(encoded, key.getName(), clock.now(), () -> VcJwt.sign(
                BadgeDocuments.statusList(base(), settings.school(), encoded, clock.now()),
                BadgeDocuments.keyId(base(), key.getName()), SigningKeys.privateKey(key)));
    }

    /** What /verify says about a file someone holds: a baked PNG, or the credential's compact JWS as text. */
    public BadgeVerdict verify(byte[] file) {
        Optional<String> text = BakedPng.isPng(file) ? BakedPng.extract(file)
                : Optional.of(new String(file, StandardCharsets.UTF_8));
        Optional<VcJwt.Parsed> parsed = text.flatMap(VcJwt::parse);
        if (parsed.isEmpty()) {
            return BadgeVerdict.none();
        }
        VcJwt.Parsed jws = parsed.get();
        String prefix = BadgeDocuments.keyId(base(), "");
        Optional<BadgeKey> key = jws.kid() != null && jws.kid().startsWith(prefix)
                ? keys.named(jws.kid().substring(prefix.length())) : Optional.empty();
        if (key.isEmpty() || !jws.signedBy(SigningKeys.publicKey(key.get())) || !consistent(jws.claims())) {
            return BadgeVerdict.notOurs();
        }
        String id = jws.claims().getString("jti").substring("urn:uuid:".length());
        return em.createNamedQuery(OpenBadge.BY_CREDENTIAL, OpenBadge.class).setParameter("id", id)
                .getResultStream().findFirst()
                .flatMap(b -> verification.byId(b.getCertificateId()))
                .map(BadgeVerdict::of).orElseGet(BadgeVerdict::notOurs);
    }

    /** The claims Open Badges 3.0 §8.2.4 requires to agree with the credential they carry, and our issuer. */
    private boolean consistent(JsonObject claims) {
        try {
            return BadgeDocuments.issuerId(base()).equals(claims.getString("iss"))
                    && claims.getString("iss").equals(claims.getJsonObject("issuer").getString("id"))
                    && claims.getString("jti").equals(claims.getString("id"))
                    && claims.getString("jti").startsWith("urn:uuid:")
                    && claims.getString("sub").equals(claims.getJsonObject("credentialSubject").getString("id"))
                    && claims.getJsonNumber("nbf").longValueExact()
                    == java.time.Instant.parse(claims.getString("validFrom")).getEpochSecond();
        } catch (RuntimeException e) { // a claim missing or of another type
            return false;
        }
    }

    private JsonObject credential(Certificate c, OpenBadge badge) {
        ProgrammeCards.Card card = programmes.card(c.getProgrammeId()).orElseThrow();
        String name = consents.inForce(c.getPersonId(), ConsentKind.PUBLISH_NAME) ? c.getHolderName() : null;
        // The achievement as the programme in content/ states it, the same as at the achievement's own address.
        BadgeDocuments.Programme printed = programme(card);
        return BadgeDocuments.credential(base(), settings.school(), new BadgeDocuments.Credential(
                badge.getCredentialId(), badge.getSubjectId(), c.getNumber(), name, badge.getEmailHash(),
                badge.getSalt(), validFrom(c), c.getCohortStartsOn(), c.getCohortEndsOn(), c.getId(), printed));
    }

    /**
     * From the start of the certificate's date in the school's zone: the date printed on it, which may be earlier
     * than the moment it was entered (a certificate dated the last session day, issued the week after).
     */
    static java.time.Instant validFrom(Certificate c) {
        return c.getIssuedOn().atStartOfDay(SchoolClock.ZONE).toInstant();
    }

    /** The credential's lasting part, made at the first download (INSERT IGNORE: two tabs at once make one). */
    private OpenBadge badgeOf(Certificate c) {
        OpenBadge badge = em.find(OpenBadge.class, c.getId());
        if (badge != null) {
            return badge;
        }
        byte[] saltBytes = new byte[12];
        new SecureRandom().nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        String email = recipients.of(c.getPersonId()).orElseThrow().email().strip().toLowerCase(Locale.ROOT);
        em.createNativeQuery("INSERT IGNORE INTO open_badge (certificate_id, credential_id, subject_id, salt, "
                        + "email_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, c.getId()).setParameter(2, UUID.randomUUID().toString())
                .setParameter(3, UUID.randomUUID().toString()).setParameter(4, salt)
                .setParameter(5, identityHash(email, salt)).setParameter(6, clock.now()).executeUpdate();
        return em.find(OpenBadge.class, c.getId());
    }

    /** Open Badges' IdentityHash: "sha256$" and the lower-case hex SHA-256 of the address followed by the salt. */
    static String identityHash(String email, String salt) {
        try {
            return "sha256$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((email + salt).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BadgeDocuments.Programme programme(ProgrammeCards.Card p) {
        return new BadgeDocuments.Programme(p.code(), p.title(), p.description(), p.academicHours(),
                p.minAttendancePercent(), p.allAssignmentsRequired(), p.minScorePercent());
    }

    private String base() {
        return address.of("");
    }
}
