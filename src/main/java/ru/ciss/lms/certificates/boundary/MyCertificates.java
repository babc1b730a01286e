package ru.ciss.lms.certificates.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.ciss.lms.attendance.control.CohortAccess;
import ru.ciss.lms.certificates.entity.Certificate;
import ru.ciss.lms.files.entity.StoredFile;
import ru.ciss.lms.people.entity.Role;

/** A trainee's own certificates, and the PDF download, which only the holder and administrators get. */
@Stateless
@RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
public class MyCertificates {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    public List<CertificateViews.Mine> mine() {
        return em.createNamedQuery(Certificate.OF_PERSON, Certificate.class)
                .setParameter("person", CohortAccess.callerId(caller)).getResultList().stream()
                .map(c -> new CertificateViews.Mine(c.getId(), c.getNumber(), c.getProgrammeTitle(), c.getIssuedOn(),
                        c.getStatus())).toList();
    }

    public record Pdf(StoredFile stored, String name) {
    }

    public static String fileName(String number) {
        return "Сертификат " + number.replace('/', '-') + ".pdf";
    }

    /** The certificate's PDF; someone else's is "not found", the same answer as a number that does not exist. */
    public Pdf pdf(long certificateId) {
        Certificate c = em.find(Certificate.class, certificateId);
        boolean administrator = caller.isCallerInRole(Role.ADMINISTRATOR_NAME);
        // A holder downloads a valid certificate only: a revoked one must not be handed out as if it still counted.
        if (c == null || !administrator && (c.getPersonId() != CohortAccess.callerId(caller) || !c.isValid())) {
            throw new CertificateRefusedException("certificates.notFound");
        }
        return new Pdf(em.find(StoredFile.class, c.getPdfFileId()), fileName(c.getNumber()));
    }
}
