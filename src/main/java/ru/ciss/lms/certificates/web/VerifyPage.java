package ru.ciss.lms.certificates.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import ru.ciss.lms.certificates.boundary.BadgeVerdict;
import ru.ciss.lms.certificates.boundary.OpenBadges;
import ru.ciss.lms.certificates.boundary.VerifiedCertificate;
import ru.ciss.lms.certificates.boundary.Verification;
import ru.ciss.lms.certificates.control.CertificateIssuer;
import ru.ciss.lms.certificates.control.RegisterNumber;
import ru.ciss.lms.platform.web.Texts;

/**
 * /verify/&lt;number&gt; (and /verify.xhtml?number=): the public check of a certificate, without signing in. It shows
 * what the register says about the number; a visitor may type another number, or upload the PDF they were given
 * and learn whether it is exactly the file issued (the same SHA-256), or was changed after issue.
 */
@Named
@ViewScoped
public class VerifyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A certificate is about 50 KB; anything much larger is not one of ours, and is not worth hashing. */
    static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    @Inject
    Verification verification;

    @Inject
    OpenBadges badges;

    private String number;
    private boolean malformed;
    private VerifiedCertificate found;
    private String typed;
    private transient Part file;
    /** The outcome of an uploaded file: MATCH, OTHER (another certificate's file), NONE; for a badge BADGE, NOT_OURS. */
    private String fileVerdict;
    private VerifiedCertificate fileMatch;

    public void load() {
        if (number == null || number.isBlank()) {
            return; // the empty form
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        malformed = !RegisterNumber.isWellFormed(number);
        found = malformed ? null : verification.byNumber(number).orElse(null);
        if (!faces.isPostback()) {
            // The right status for a link checker or a script; the page still explains in words.
            faces.getExternalContext().setResponseStatus(malformed ? 400 : found == null ? 404 : 200);
        }
    }

    /** Opens the number's own address, so the result can be bookmarked and shared. */
    public String lookUp() throws IOException {
        String normalised = RegisterNumber.normalise(typed == null ? "" : typed);
        if (!RegisterNumber.isWellFormed(normalised)) {
            Texts.error("lookup:typed", "verify.malformed");
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + CertificateIssuer.verifyPath(normalised));
        return null;
    }

    public void checkFile() {
        fileVerdict = null;
        fileMatch = null;
        if (file == null || file.getSize() == 0) {
            Texts.error("upload:file", "verify.file.empty");
            return;
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            Texts.error("upload:file", "verify.file.tooLarge", MAX_UPLOAD_BYTES / 1024 / 1024);
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) MAX_UPLOAD_BYTES + 1);
        } catch (IOException e) {
            Texts.error("upload:file", "verify.file.unreadable");
            return;
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
        if (!"%PDF-".equals(new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1))) {
            checkBadge(bytes);
            return;
        }
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Optional<VerifiedCertificate> match = verification.byHash(sha);
        fileMatch = match.orElse(null);
        fileVerdict = match.isEmpty() ? "NONE"
                : found == null || match.get().number().equals(found.number()) ? "MATCH" : "OTHER";
    }

    /**
     * An Open Badges credential (issue #24): a PNG with one baked in, or the compact JWS as text. BADGE when the
     * school's key signed it and the register knows it (its status then says valid, revoked or replaced),
     * NOT_OURS when the signature, the issuer or the register disagree.
     */
    private void checkBadge(byte[] bytes) {
        BadgeVerdict verdict = badges.verify(bytes);
        switch (verdict.kind()) {
            case NONE -> Texts.error("upload:file", "verify.file.notCertificate");
            case NOT_OURS -> fileVerdict = "NOT_OURS";
            case OURS -> {
                fileVerdict = "BADGE";
                fileMatch = verdict.certificate();
            }
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null || number.length() <= 100 ? number : number.substring(0, 100);
    }

    public boolean isMalformed() {
        return malformed;
    }

    public boolean isAsked() {
        return number != null && !number.isBlank();
    }

    public VerifiedCertificate getFound() {
        return found;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileVerdict() {
        return fileVerdict;
    }

    public VerifiedCertificate getFileMatch() {
        return fileMatch;
    }

    public long getMaxUploadBytes() {
        return MAX_UPLOAD_BYTES;
    }
}
