package ru.ciss.lms.certificates.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * The Open Badges 3.0 documents the school publishes, as JSON-P objects: a certificate's OpenBadgeCredential
 * (Verifiable Credentials Data Model 2.0 with the Open Badges context), the school's issuer profile, a programme's
 * achievement and the revocation status list credential. Addresses are under {@code <base>/badges/}.
 */
public final class BadgeDocuments {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private BadgeDocuments() {
    }

    /** What a programme says about itself, for its achievement. */
    public record Programme(String code, String title, String description, int hours, int minAttendancePercent,
                            boolean allAssignmentsRequired, int minScorePercent) {
    }

    /**
     * One certificate's credential. {@code holderName} is null unless the holder consented to publishing it; the
     * e-mail is only ever there hashed with its salt.
     */
    public record Credential(String credentialId, String subjectId, String number, String holderName,
                             String emailHash, String salt, Instant validFrom, LocalDate from, LocalDate to,
                             long statusIndex, Programme programme) {
    }

    public static String issuerId(String base) {
        return base + "/badges/issuer";
    }

    public static String statusListId(String base) {
        return base + "/badges/status/revocation";
    }

    public static String keyId(String base, String keyName) {
        return base + "/badges/keys/" + keyName;
    }

    public static JsonObject credential(String base, String school, Credential c) {
        JsonArrayBuilder identifiers = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "IdentityObject").add("hashed", true).add("identityHash", c.emailHash())
                .add("identityType", "emailAddress").add("salt", c.salt()));
        if (c.holderName() != null) {
            identifiers.add(Json.createObjectBuilder().add("type", "IdentityObject").add("hashed", false)
                    .add("identityHash", c.holderName()).add("identityType", "name"));
        }
        String statusList = statusListId(base);
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .add("id", "urn:uuid:" + c.credentialId())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", c.programme().title())
                .add("description", "Сертификат № " + c.number() + ". " + school)
                .add("image", image(base))
                .add("issuer", profile(base, school).build())
                .add("validFrom", c.validFrom().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", "urn:uuid:" + c.subjectId())
                        .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                        .add("activityStartDate", startOfDay(c.from()))
                        .add("activityEndDate", startOfDay(c.to()))
                        .add("licenseNumber", c.number())
                        .add("identifier", identifiers)
                        .add("achievement", achievement(base, c.programme())))
                .add("credentialStatus", Json.createObjectBuilder()
                        .add("id", statusList + "#" + c.statusIndex())
                        .add("type", "BitstringStatusListEntry")
                        .add("statusPurpose", "revocation")
                        .add("statusListIndex", String.valueOf(c.statusIndex()))
                        .add("statusListCredential", statusList))
                .add("credentialSchema", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", OB_SCHEMA).add("type", "1EdTechJsonSchemaValidator2019")))
                .build();
    }

    public static JsonObjectBuilder profile(String base, String school) {
        return Json.createObjectBuilder().add("id", issuerId(base))
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", school).add("url", base + "/");
    }

    /** The issuer profile as published at its id, with the @context that makes it a document of its own. */
    public static JsonObject issuer(String base, String school) {
        return Json.createObjectBuilder().add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
                .addAll(profile(base, school)).build();
    }

    public static JsonObject achievement(String base, Programme p) {
        return Json.createObjectBuilder()
                .add("id", base + "/badges/achievements/" + p.code())
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", "Certificate")
                .add("name", p.title())
                .add("description", p.description() == null || p.description().isBlank() ? p.title()
                        : p.description().strip())
                .add("criteria", Json.createObjectBuilder().add("narrative", narrative(p)))
                .add("image", image(base))
                .add("inLanguage", "ru")
                .build();
    }

    /** The certificate's rules as the programme states them, in one sentence a reader of the badge understands. */
    static String narrative(Programme p) {
        StringBuilder text = new StringBuilder("Сертификат выдаётся слушателю, который освоил программу «")
                .append(p.title()).append("» (объём — ").append(p.hours()).append(" ак. ч): посетил не менее ")
                .append(p.minAttendancePercent()).append(" % учебных дней");
        if (p.allAssignmentsRequired()) {
            text.append(", выполнил все задания");
        }
        return text.append(" и защитил итоговую работу с оценкой наставников не ниже ").append(p.minScorePercent())
                .append(" %.").toString();
    }

    /**
     * The status list as a credential of its own (Bitstring Status List v1.0), signed like the badges; validFrom is
     * when it was made, so a verifier sees how fresh it is.
     */
    public static JsonObject statusList(String base, String school, String encodedList, Instant now) {
        String id = statusListId(base);
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT))
                .add("id", id)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", profile(base, school).build())
                .add("validFrom", now.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("credentialSubject", Json.createObjectBuilder().add("id", id + "#list")
                        .add("type", "BitstringStatusList").add("statusPurpose", "revocation")
                        .add("encodedList", encodedList))
                .build();
    }

    private static JsonObject image(String base) {
        return Json.createObjectBuilder().add("id", base + "/badges/image.png").add("type", "Image").build();
    }

    private static String startOfDay(LocalDate day) {
        return day.atStartOfDay(SchoolClock.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
