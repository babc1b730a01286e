package ru.ciss.lms.certificates.boundary;

import java.io.Serializable;

/**
 * What a credential someone holds says, checked: NONE (no credential in the file), NOT_OURS (not signed by one of
 * the school's keys, altered, or unknown to the register), or the certificate it stands for, whose status tells
 * valid from revoked or replaced.
 */
public record BadgeVerdict(Kind kind, VerifiedCertificate certificate) implements Serializable {

    public enum Kind {
        NONE, NOT_OURS, OURS
    }

    static BadgeVerdict none() {
        return new BadgeVerdict(Kind.NONE, null);
    }

    static BadgeVerdict notOurs() {
        return new BadgeVerdict(Kind.NOT_OURS, null);
    }

    static BadgeVerdict of(VerifiedCertificate certificate) {
        return new BadgeVerdict(Kind.OURS, certificate);
    }
}
