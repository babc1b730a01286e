package ru.ciss.lms.certificates.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.certificates.CertificateStatus;
import ru.ciss.lms.certificates.entity.Certificate;
import ru.ciss.lms.files.StoredRef;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.platform.database.NativeRows;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;

/** A trainee's own certificates, and the PDF download, which only the holder and administrators get. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
public class MyCertificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FileStore store;

    /** Each with its cohort's name: a trainee of two cohorts of one programme tells them apart (issue #19). */
    public List<CertificateViews.Mine> mine() {
        // One native statement with the cohort's name: the entities and a column query for the names were two, and
        // EclipseLink builds a column query's SQL anew at every execution (see NativeRows); on every trainee home.
        return NativeRows.rows(em.createNativeQuery("SELECT c.id, c.number, c.programme_title, h.name, c.issued_on, "
                        + "c.status FROM certificate c LEFT JOIN cohort h ON h.id = c.cohort_id WHERE c.person_id = ? "
                        + "ORDER BY c.id DESC").setParameter(1, caller.id())).stream()
                .map(r -> new CertificateViews.Mine(NativeRows.asLong(r[0]), (String) r[1], (String) r[2],
                        (String) r[3], NativeRows.asDate(r[4]), NativeRows.asEnum(CertificateStatus.class, r[5])))
                .toList();
    }

    public record Pdf(StoredRef stored, String name) {
    }

    public static String fileName(String number) {
        return "Сертификат " + number.replace('/', '-') + ".pdf";
    }

    /** The certificate's PDF; someone else's is "not found", the same answer as a number that does not exist. */
    public Pdf pdf(long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId);
        boolean administrator = caller.hasRole(Role.ADMINISTRATOR);
        // A holder downloads a valid certificate only: a revoked one must not be handed out as if it still counted.
        if (c == null || !administrator && (c.getPersonId() != caller.id() || !c.isValid())) {
            throw new CertificateRefusedException("certificates.notFound");
        }
        return new Pdf(store.stored(c.getPdfFileId()).orElseThrow(() -> new CertificateRefusedException("certificates.notFound")),
                fileName(c.getNumber()));
    }
}
