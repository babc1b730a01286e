package ru.ciss.lms.certificates.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import ru.ciss.lms.certificates.control.CertificateIssuer;

/** Links to a certificate's public page for the pages: {@code #{certificateLinks.verifyPath(number)}}. */
@Named
@ApplicationScoped
public class CertificateLinks {

    public String verifyPath(String number) {
        return number == null ? "" : CertificateIssuer.verifyPath(number);
    }
}
