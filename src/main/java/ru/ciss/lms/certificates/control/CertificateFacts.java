package ru.ciss.lms.certificates.control;

import java.time.LocalDate;
import java.util.Objects;
import ru.ciss.lms.people.Gender;

/**
 * Everything printed on one certificate, already decided: the number is issued, the names are spelt as they are to
 * be printed. The layout decides where and how each fact appears.
 *
 * @param holderName "Фамилия Имя Отчество"; the patronymic may be absent
 * @param verifyUrl  the public page that confirms the certificate; it goes into the QR code (percent-encoded);
 *                   the text printed is its readable form ({@link #readableVerifyUrl})
 * @param holderGender the gender the words agree with («прошла»); null prints the neutral form
 * @param assessment   the result of the final assessment as printed («зачтено, итоговая презентация — 84 %»)
 */
public record CertificateFacts(String number, String holderName, String programmeTitle, int academicHours,
        LocalDate cohortStartsOn, LocalDate cohortEndsOn, LocalDate issuedOn, String schoolName,
        String signatoryName, String signatoryPosition, String verifyUrl, Gender holderGender, Issuer issuer,
        String assessment) {

    /**
     * What the issuing organisation prints besides its name, from the settings: each may be empty, and then its line
     * of the form stays empty (a school without a grant prints no grant line).
     *
     * @param details   registration details: ИНН, ОГРН, address
     * @param city      where the certificate is issued, printed with the year («Омск, 2026»)
     * @param leadName  the programme lead, the second signature
     * @param grantLine the funding statement required by a grant agreement
     */
    public record Issuer(String details, String city, String leadName, String leadPosition, String grantLine) {
        public static final Issuer NONE = new Issuer("", "", "", "", "");

        public Issuer {
            details = Objects.requireNonNullElse(details, "").strip();
            city = Objects.requireNonNullElse(city, "").strip();
            leadName = Objects.requireNonNullElse(leadName, "").strip();
            leadPosition = Objects.requireNonNullElse(leadPosition, "").strip();
            grantLine = Objects.requireNonNullElse(grantLine, "").strip();
        }
    }

    public CertificateFacts(String number, String holderName, String programmeTitle, int academicHours,
                            LocalDate cohortStartsOn, LocalDate cohortEndsOn, LocalDate issuedOn, String schoolName,
                            String signatoryName, String signatoryPosition, String verifyUrl) {
        this(number, holderName, programmeTitle, academicHours, cohortStartsOn, cohortEndsOn, issuedOn, schoolName,
                signatoryName, signatoryPosition, verifyUrl, null);
    }

    public CertificateFacts(String number, String holderName, String programmeTitle, int academicHours,
                            LocalDate cohortStartsOn, LocalDate cohortEndsOn, LocalDate issuedOn, String schoolName,
                            String signatoryName, String signatoryPosition, String verifyUrl, Gender holderGender) {
        this(number, holderName, programmeTitle, academicHours, cohortStartsOn, cohortEndsOn, issuedOn, schoolName,
                signatoryName, signatoryPosition, verifyUrl, holderGender, Issuer.NONE, FinalAssessment.passed(null));
    }

    /**
     * The check address as a person can type it from paper (…/verify/РЦ-2026-0001): the encoded form, correct in a
     * QR code or a link, prints as %D0%A0%D0%A6… The numbers never hold '+' or '%' (RegisterNumber), so decoding
     * gives back exactly the number.
     */
    public String readableVerifyUrl() {
        try {
            return java.net.URLDecoder.decode(verifyUrl, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return verifyUrl;
        }
    }

    public CertificateFacts {
        // A blank in a printed certificate is worse than a refusal: it would be handed out and look forged.
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(programmeTitle, "programmeTitle");
        Objects.requireNonNull(cohortStartsOn, "cohortStartsOn");
        Objects.requireNonNull(cohortEndsOn, "cohortEndsOn");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(signatoryName, "signatoryName");
        Objects.requireNonNull(signatoryPosition, "signatoryPosition");
        Objects.requireNonNull(verifyUrl, "verifyUrl");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(assessment, "assessment");
        if (academicHours <= 0) {
            throw new IllegalArgumentException("academicHours must be positive, got " + academicHours);
        }
        if (cohortEndsOn.isBefore(cohortStartsOn)) {
            throw new IllegalArgumentException("The cohort ends (" + cohortEndsOn + ") before it starts ("
                    + cohortStartsOn + ")");
        }
    }
}
