package ru.ciss.lms.certificates.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import ru.ciss.lms.certificates.CertificateStatus;

/**
 * What anyone may learn about a certificate from its number: the public facts, the status and the PDF's hash. The
 * holder is named in full only with their consent, otherwise by initials ({@code nameIsInitials}). A replaced
 * certificate names its replacement, and whether that one is in force: it may have been revoked since.
 */
public record VerifiedCertificate(String number, String holder, boolean nameIsInitials, String programme, int hours,
                                  LocalDate cohortFrom, LocalDate cohortTo, LocalDate issuedOn, String signatory,
                                  CertificateStatus status, LocalDate statusChangedOn, String revocationReason,
                                  String replacedBy, boolean replacementValid, String sha256) implements Serializable {

    public boolean isValid() {
        return status == CertificateStatus.VALID;
    }
}
