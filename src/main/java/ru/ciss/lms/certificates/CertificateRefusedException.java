package ru.ciss.lms.certificates;

import ru.ciss.lms.platform.rules.RefusedException;

/** An issue, revocation or reissue the rules refuse; the key names the text that says why. */
public class CertificateRefusedException extends RefusedException {

    public CertificateRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
