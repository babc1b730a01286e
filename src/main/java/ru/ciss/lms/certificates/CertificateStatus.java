package ru.ciss.lms.certificates;

/** Where a certificate stands. Only a valid one may be revoked or reissued; the other two are final. */
public enum CertificateStatus {
    VALID,
    /** Withdrawn by an administrator, with a reason shown to whoever verifies it. */
    REVOKED,
    /** A new certificate with a new number took its place (e.g. after the holder's name changed). */
    REPLACED
}
