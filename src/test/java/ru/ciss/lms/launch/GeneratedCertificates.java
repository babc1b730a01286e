package ru.ciss.lms.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.certificates.control.CertificateFacts;
import ru.ciss.lms.certificates.control.CertificateIssuer;
import ru.ciss.lms.certificates.control.CertificateLayout;
import ru.ciss.lms.certificates.control.CertificatePdf;
import ru.ciss.lms.certificates.control.CertificateSettings;
import ru.ciss.lms.certificates.control.RegisterNumber;

/**
 * Certificates for every trainee of a finished cohort who meets its rules, numbered per series and year without a
 * gap after what the register already holds, each with its real PDF (the app's {@link CertificatePdf} and the
 * form in {@code content/}) in the file store under its SHA-256, as the app would have issued it. The counters end
 * at the highest number given, so the app's next issue continues the series.
 */
final class GeneratedCertificates {

    /** One certificate to issue. */
    record Issue(CohortPlan cohort, GeneratedPeople.Someone holder, LocalDate on) {
    }

    private record Made(Issue issue, String number, int year, long sequence, byte[] pdf, String sha256) {
    }

    final List<Issue> issued = new ArrayList<>();
    long bytes;

    private final Connection c;
    private final Path files;
    private final Path contentDir;
    private final String publicUrl;

    GeneratedCertificates(Connection c, Path files, Path contentDir, String publicUrl) {
        this.c = c;
        this.files = files;
        this.contentDir = contentDir;
        this.publicUrl = publicUrl;
    }

    void generate(List<CohortPlan> cohorts, long administrator) throws SQLException {
        List<Issue> due = new ArrayList<>();
        for (CohortPlan p : cohorts) {
            for (int t = 0; t < p.trainees.size(); t++) {
                if (p.eligible(t)) {
                    due.add(new Issue(p, p.trainees.get(t), p.ends.plusDays(3)));
                }
            }
        }
        Map<String, Long> counters = counters();
        List<Made> numbered = new ArrayList<>();
        for (Issue issue : due) {
            String series = issue.cohort().programme.series();
            int year = issue.on().getYear();
            long sequence = counters.merge(series + "|" + year, 1L, Long::sum);
            String number = RegisterNumber.format(RegisterNumber.DEFAULT_PATTERN, series, year, sequence,
                    RegisterNumber.DEFAULT_DIGITS);
            numbered.add(new Made(issue, number, year, sequence, null, null));
        }
        CertificateLayout layout = CertificateLayout.read(contentDir.resolve("certificate-layout.yaml"));
        String school = setting("LMS_CERTIFICATE_SCHOOL", "Омский центр инноваций социальной сферы");
        String signatory = setting("LMS_CERTIFICATE_SIGNATORY_NAME", CertificateSettings.NAME_PLACEHOLDER);
        String position = setting("LMS_CERTIFICATE_SIGNATORY_POSITION", "Руководитель организации");
        long fileId = Ids.next(c, "stored_file");
        long certificateId = Ids.next(c, "certificate");
        try (RowWriter stored = new RowWriter(c, "stored_file", "id, sha256, size_bytes, created_at", null, 0);
             RowWriter rows = new RowWriter(c, "certificate", "id, number, series, year, sequence, cohort_id, person_id, "
                     + "programme_id, holder_name, programme_title, academic_hours, cohort_starts_on, cohort_ends_on, "
                     + "issued_on, issued_at, issued_by, signatory_name, signatory_position, status, pdf_file_id, "
                     + "pdf_sha256, pdf_size", "certificates", numbered.size()).after(stored);
             RowWriter events = new RowWriter(c, "certificate_event", "certificate_id, kind, by_person, at", null, 0)
                     .after(rows)) {
            // Rendering is the slow part (a few milliseconds each): a slice at a time, on every core.
            for (int from = 0; from < numbered.size(); from += 500) {
                List<Made> slice = numbered.subList(from, Math.min(numbered.size(), from + 500)).parallelStream()
                        .map(m -> render(m, layout, school, signatory, position)).toList();
                for (Made m : slice) {
                    Issue i = m.issue();
                    CohortPlan p = i.cohort();
                    LocalDateTime at = i.on().atTime(11, 0);
                    stored.add(fileId, m.sha256(), m.pdf().length, at);
                    rows.add(certificateId, m.number(), p.programme.series(), m.year(), m.sequence(), p.id,
                            i.holder().id(), p.programme.id(), i.holder().fullName(), p.programme.title(),
                            p.programme.hours(), p.starts, p.ends, i.on(), at, administrator, signatory, position,
                            "VALID", fileId++, m.sha256(), m.pdf().length);
                    events.add(certificateId++, "ISSUED", administrator, at);
                    bytes += m.pdf().length;
                    issued.add(i);
                }
            }
        }
        saveCounters(counters);
    }

    private Made render(Made m, CertificateLayout layout, String school, String signatory, String position) {
        Issue i = m.issue();
        CohortPlan p = i.cohort();
        byte[] pdf = CertificatePdf.render(layout, new CertificateFacts(m.number(), i.holder().fullName(),
                p.programme.title(), p.programme.hours(), p.starts, p.ends, i.on(), school, signatory, position,
                publicUrl + CertificateIssuer.verifyPath(m.number())));
        String sha = sha256(pdf);
        // The file store's layout (BlobStore): blobs/ab/cd/<sha256>. Written before its row, as the app does.
        Path target = files.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(sha + ".generating");
            Files.write(temp, pdf);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Made(i, m.number(), m.year(), m.sequence(), pdf, sha);
    }

    private Map<String, Long> counters() throws SQLException {
        Map<String, Long> counters = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT series, year, last_number FROM "
                + "certificate_counter")) {
            while (r.next()) {
                counters.put(r.getString(1) + "|" + r.getInt(2), r.getLong(3));
            }
        }
        return counters;
    }

    private void saveCounters(Map<String, Long> counters) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO certificate_counter (series, year, last_number) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number, VALUES(last_number))")) {
            for (Map.Entry<String, Long> e : counters.entrySet()) {
                String[] key = e.getKey().split("\\|");
                s.setString(1, key[0]);
                s.setInt(2, Integer.parseInt(key[1]));
                s.setLong(3, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
        c.commit();
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
