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
import ru.ciss.lms.certificates.entity.Certificate;
import ru.ciss.lms.files.StoredRef;
import ru.ciss.lms.files.boundary.FileStore;
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
        List<Certificate> mine = em.createNamedQuery(Certificate.OF_PERSON, Certificate.class)
                .setParameter("person", caller.id()).getResultList();
        if (mine.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, String> cohorts = new java.util.HashMap<>();
        em.createQuery("SELECT c.id, c.name FROM Cohort c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", mine.stream().map(Certificate::getCohortId).distinct().toList()).getResultList()
                .forEach(r -> cohorts.put((Long) r[0], (String) r[1]));
        return mine.stream().map(c -> new CertificateViews.Mine(c.getId(), c.getNumber(), c.getProgrammeTitle(),
                cohorts.get(c.getCohortId()), c.getIssuedOn(), c.getStatus())).toList();
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
