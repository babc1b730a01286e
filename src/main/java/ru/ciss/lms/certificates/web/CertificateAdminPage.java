package ru.ciss.lms.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.certificates.boundary.CertificateViews;
import ru.ciss.lms.certificates.boundary.Certificates;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;

/** /certificates/certificate.xhtml?id=N: one certificate, its history, revocation and reissue (reasons required). */
@Named
@ViewScoped
public class CertificateAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    private String id;
    private CertificateViews.Detail detail;
    private String revokeReason;
    private String internalNote;
    private String reissueReason;

    public void load() throws IOException {
        try {
            detail = certificates.detail(Long.parseLong(id == null ? "" : id));
        } catch (RuntimeException e) {
            if (!(e instanceof NumberFormatException) && RuleRefusals.refusal(e, CertificateRefusedException.class) == null) {
                throw e;
            }
            NotFound.answer();
        }
    }

    /** Success: post → redirect → get with ?id= (Redirects.samePage); refused: re-render, the reason typed kept. */
    public String revoke() {
        try {
            certificates.revoke(detail.id(), detail.version(), revokeReason, internalNote);
            Texts.info("certificates.revoked", detail.number());
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.show(e, "revoke:reason");
        }
        detail = certificates.detail(detail.id());
        return null;
    }

    /** Opens the new certificate; this one now shows as replaced. */
    public String reissue() {
        try {
            long created = certificates.reissue(detail.id(), reissueReason);
            Texts.info("certificates.reissued", detail.number());
            ru.ciss.lms.platform.web.AcrossRedirect.keepMessages();
            return "/certificates/certificate?faces-redirect=true&id=" + created;
        } catch (RuntimeException e) {
            RuleRefusals.show(e, "reissue:reason");
            detail = certificates.detail(detail.id());
            return null;
        }
    }

    public CertificateViews.Detail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }

    public String getReissueReason() {
        return reissueReason;
    }

    public void setReissueReason(String reissueReason) {
        this.reissueReason = reissueReason;
    }
}
