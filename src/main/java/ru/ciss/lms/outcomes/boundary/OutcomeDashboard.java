package ru.ciss.lms.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.outcomes.control.OutcomeFigures;
import ru.ciss.lms.platform.security.Role;

/** Administrators: the outcome figures by programme, cohort, year and district, and the choices to filter them by. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class OutcomeDashboard {

    @PersistenceContext
    EntityManager em;

    @Inject
    OutcomeFigures figures;

    public record Choice(long id, String label, Long programmeId) implements Serializable {
    }

    public OutcomeFigures.Totals totals(OutcomeFigures.Filter filter) {
        return figures.totals(filter);
    }

    public List<OutcomeFigures.DistrictFigures> byDistrict(OutcomeFigures.Filter filter, boolean english) {
        return figures.byDistrict(filter, english);
    }

    public List<OutcomeFigures.KindFigures> byOrganisationKind(OutcomeFigures.Filter filter) {
        return figures.byOrganisationKind(filter);
    }

    public List<Choice> programmes() {
        return em.createQuery("SELECT p.id, p.title FROM Programme p ORDER BY p.title", Object[].class)
                .getResultList().stream().map(r -> new Choice((Long) r[0], (String) r[1], null)).toList();
    }

    /** Cohorts, newest first, with their programme so a page can keep only the chosen programme's. */
    public List<Choice> cohorts() {
        return em.createQuery("SELECT h.id, h.name, h.programme.id FROM Cohort h ORDER BY h.startsOn DESC, h.id DESC",
                Object[].class).getResultList().stream()
                .map(r -> new Choice((Long) r[0], (String) r[1], (Long) r[2])).toList();
    }

    /** The years cohorts ended in, newest first. */
    public List<Integer> years() {
        return em.createNativeQuery("SELECT DISTINCT YEAR(ends_on) FROM cohort ORDER BY 1 DESC").getResultList()
                .stream().map(y -> ((Number) y).intValue()).toList();
    }

    public String programmeTitle(long programmeId) {
        return em.createQuery("SELECT p.title FROM Programme p WHERE p.id = :id", String.class)
                .setParameter("id", programmeId).getResultStream().findFirst().orElse("");
    }
}
