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
 * What the school configures about its certificates: its name and signatory as printed, the register number's
 * pattern, and the form's template. The template is read from the file each time it changed, so the school can edit
 * it without a restart; a broken template refuses issuing with a message rather than printing a broken form.
 */
@ApplicationScoped
public class CertificateSettings {

    @Inject
    @ConfigProperty(name = "lms.certificate.school", defaultValue = "Омский центр инноваций социальной сферы")
    String school;

    @Inject
    @ConfigProperty(name = "lms.certificate.signatory-name", defaultValue = "И. Сербина")
    String signatoryName;

    @Inject
    @ConfigProperty(name = "lms.certificate.signatory-position", defaultValue = "Руководитель ЦИСС")
    String signatoryPosition;

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

    public String school() {
        return school;
    }

    public String signatoryName() {
        return signatoryName;
    }

    public String signatoryPosition() {
        return signatoryPosition;
    }
}
