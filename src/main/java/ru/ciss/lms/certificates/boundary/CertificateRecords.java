package ru.ciss.lms.certificates.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.certificates.control.CertificateIssuer;
import ru.ciss.lms.certificates.control.CounterRows;
import ru.ciss.lms.platform.web.PublicAddress;

/**
 * Certificates the school issued before its register moved here, as the demo data enters them at the first start:
 * numbered from the counter of their own year, dated as they were issued, announced to nobody. There is no
 * signed-in person at startup, so the caller answers for who may ask and that nobody else issues at the same time.
 */
@ApplicationScoped
public class CertificateRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateIssuer issuer;

    @Inject
    PublicAddress address;

    public void enterIssued(long cohortId, String series, LocalDate issuedOn, long by, List<Long> personIds) {
        em.createNativeQuery("INSERT IGNORE INTO certificate_counter (series, year, last_number) VALUES (?, ?, 0)")
                .setParameter(1, series).setParameter(2, issuedOn.getYear()).executeUpdate();
        CertificateIssuer.Issue issue = new CertificateIssuer.Issue(new CounterRows.Key(cohortId, series,
                issuedOn.getYear()), by, address.of(""));
        personIds.forEach(person -> issuer.enterIssued(issue, person, issuedOn));
    }
}
