package ru.ciss.lms.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.certificates.boundary.CertificateViews;
import ru.ciss.lms.certificates.boundary.MyCertificates;

/** The signed-in trainee's certificates on their home page; read once per request. */
@Named
@RequestScoped
public class MyCertificatesView {

    @Inject
    MyCertificates certificates;

    private List<CertificateViews.Mine> mine;

    public List<CertificateViews.Mine> getMine() {
        if (mine == null) {
            mine = certificates.mine();
        }
        return mine;
    }
}
