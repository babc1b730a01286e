package ru.ciss.lms.certificates.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.certificates.control.Eligibility;
import ru.ciss.lms.certificates.entity.CertificateEvent;
import ru.ciss.lms.certificates.CertificateStatus;

/** What the certificate pages show; plain records, so the pages never touch entities. */
public final class CertificateViews {

    private CertificateViews() {
    }

    /** A trainee of a cohort: each rule met or not and why, and their valid certificate if they hold one. */
    public record EligibilityRow(long personId, String fullName, String district, Eligibility eligibility,
                                 Long certificateId, String number) implements Serializable {

        public boolean eligible() {
            return eligibility.eligible();
        }

        public boolean holding() {
            return certificateId != null;
        }
    }

    /** The cohort's page: its rules, its trainees, and how many may receive a certificate now. */
    public record CohortCertificates(long cohortId, String cohortName, String programme, long cohortVersion,
                                     int minAttendancePercent, boolean assignmentsRequired, int minScorePercent,
                                     Boolean assignmentsOverride, Integer minScoreOverride,
                                     List<EligibilityRow> rows, LocalDate endsOn) implements Serializable {

        public long issuable() {
            return rows.stream().filter(r -> r.eligible() && !r.holding()).count();
        }

        public long holding() {
            return rows.stream().filter(EligibilityRow::holding).count();
        }
    }

    /** One line of the register (реестр выданных сертификатов). */
    public record RegisterRow(long id, String number, String holder, String programme, String cohort, int hours,
                              LocalDate issuedOn, String signatory, CertificateStatus status, String replacedBy,
                              Instant statusChangedAt, String revocationNote)
            implements Serializable {
    }

    public record TrailRow(CertificateEvent.Kind kind, String reason, String by, Instant at) implements Serializable {
    }

    /** One certificate as administrators see it, with its history. */
    public record Detail(long id, long version, String number, String holder, long personId, String programme,
                         long cohortId, String cohort, int hours, LocalDate from, LocalDate to, LocalDate issuedOn,
                         String signatory, CertificateStatus status, String statusReason, Instant statusChangedAt,
                         String replaces, String replacedBy, String sha256, List<TrailRow> trail, String publicNote,
                         String internalNote)
            implements Serializable {

        public boolean isValid() {
            return status == CertificateStatus.VALID;
        }
    }

    /** A trainee's own certificate, for their home page. */
    public record Mine(long id, String number, String programme, String cohort, LocalDate issuedOn,
                       CertificateStatus status)
            implements Serializable {
    }

    /** A register filter: part of a number or of the holder's name, and a status; both optional. */
    public record RegisterFilter(String text, CertificateStatus status) implements Serializable {
    }

    /** A certificate for other systems (the REST API): the register's facts, with the version for If-Match. */
    public record CertificateFacts(long id, String number, long personId, String holder, String programme,
                                   long cohortId, int hours, LocalDate issuedOn, CertificateStatus status,
                                   Long replacesId, Long replacedById, long version) implements Serializable {
    }
}
