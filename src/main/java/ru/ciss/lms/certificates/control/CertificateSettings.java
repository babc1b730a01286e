package ru.ciss.lms.certificates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the school configures about its certificates: its full name, details, city, signatories and grant line as
 * printed, the register number's
 * pattern, and the form's template. The template is read from the file each time it changed, so the school can edit
 * it without a restart; a broken template refuses issuing with a message rather than printing a broken form.
 */
@ApplicationScoped
public class CertificateSettings {

    @Inject
    @ConfigProperty(name = "lms.certificate.school", defaultValue = "Омский центр инноваций социальной сферы")
    String school;

    /**
     * Who signs. The defaults are placeholders that look like one on paper: the school must name its own signatories
     * (a real person's name as a default would print on every test and demo certificate as if they had signed it).
     */
    @Inject
    @ConfigProperty(name = "lms.certificate.signatory-name", defaultValue = NAME_PLACEHOLDER)
    String signatoryName;

    @Inject
    @ConfigProperty(name = "lms.certificate.signatory-position", defaultValue = "Руководитель организации")
    String signatoryPosition;

    /** The second signature: the programme's lead. */
    @Inject
    @ConfigProperty(name = "lms.certificate.lead-name", defaultValue = NAME_PLACEHOLDER)
    String leadName;

    @Inject
    @ConfigProperty(name = "lms.certificate.lead-position", defaultValue = "Руководитель программы")
    String leadPosition;

    /** ИНН, ОГРН, address; unknown to the system until the school sets them, so none by default. */
    @Inject
    @ConfigProperty(name = "lms.certificate.organisation-details")
    Optional<String> organisationDetails;

    @Inject
    @ConfigProperty(name = "lms.certificate.city", defaultValue = "Омск")
    String city;

    /**
     * The funding statement a presidential grant agreement asks for. MicroProfile Config reads an empty value as
     * unset, so a school without a grant sets {@value #NONE} to print none.
     */
    @Inject
    @ConfigProperty(name = "lms.certificate.grant-line", defaultValue = "Программа реализуется с использованием гранта"
            + " Президента Российской Федерации, предоставленного Фондом президентских грантов")
    String grantLine;

    @Inject
    @ConfigProperty(name = "lms.certificate.number-pattern", defaultValue = RegisterNumber.DEFAULT_PATTERN)
    String numberPattern;

    @Inject
    @ConfigProperty(name = "lms.certificate.number-digits", defaultValue = "4")
    int numberDigits;

    @Inject
    @ConfigProperty(name = "lms.certificate.layout")
    Optional<String> layoutFile;

    @Inject
    @ConfigProperty(name = "lms.content.dir", defaultValue = "content")
    String contentDir;

    /** A signatory not configured yet: obviously not a name, so nobody hands out such a certificate unnoticed. */
    public static final String NAME_PLACEHOLDER = "И. О. Фамилия";

    /** The value of an optional printed line that turns it off. */
    public static final String NONE = "-";

    private record Loaded(Path path, FileTime modified, CertificateLayout layout) {
    }

    private volatile Loaded loaded;

    /** The current template; a LayoutException (with what is wrong) when it is missing or invalid. */
    public CertificateLayout layout() {
        Path path = layoutPath();
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new CertificateLayout.LayoutException("The certificate template is missing: " + path.toAbsolutePath());
        }
        Loaded current = loaded;
        if (current == null || !current.path().equals(path) || !current.modified().equals(modified)) {
            current = new Loaded(path, modified, CertificateLayout.read(path));
            loaded = current;
        }
        return current.layout();
    }

    public Path layoutPath() {
        return layoutFile.filter(f -> !f.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(contentDir).resolve("certificate-layout.yaml"));
    }

    /** @throws IllegalArgumentException when the configured pattern could make two certificates share a number */
    public String number(String series, int year, long sequence) {
        RegisterNumber.checkPattern(numberPattern);
        return RegisterNumber.format(numberPattern, series, year, sequence, numberDigits);
    }

    /** Either signature still the placeholder: the issuing page warns before anything is printed with it. */
    public boolean signaturesUnset() {
        return NAME_PLACEHOLDER.equals(signatoryName.strip()) || NAME_PLACEHOLDER.equals(leadName.strip());
    }

    public String school() {
        return school;
    }

    public String signatoryName() {
        return signatoryName;
    }

    public String signatoryPosition() {
        return signatoryPosition;
    }

    /** The organisation's other printed lines; an optional one set to {@value #NONE} prints empty. */
    public CertificateFacts.Issuer issuer() {
        return new CertificateFacts.Issuer(organisationDetails.map(CertificateSettings::orEmpty).orElse(""),
                orEmpty(city), orEmpty(leadName), orEmpty(leadPosition), orEmpty(grantLine));
    }

    static String orEmpty(String value) {
        return value == null || NONE.equals(value.strip()) ? "" : value.strip();
    }
}
