package ru.ciss.lms.overview.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.overview.boundary.AdminAgenda;
import ru.ciss.lms.people.boundary.DistrictChoice;
import ru.ciss.lms.people.boundary.DistrictRoleCount;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.platform.time.SchoolClock;

/** /home/admin.xhtml: who is registered, by role and by district, and what waits in each running cohort. */
@Named
@RequestScoped
public class AdminHome {

    @Inject
    People people;

    @Inject
    AdminAgenda agenda;

    private List<AdminAgenda.CohortAgenda> cohorts;

    private List<DistrictRoleCount> rows;
    private long trainees;
    private long mentors;
    private long administrators;

    @PostConstruct
    void init() {
        rows = people.countByDistrictAndRole();
        for (DistrictRoleCount row : rows) {
            trainees += row.trainees();
            mentors += row.mentors();
            administrators += row.administrators();
        }
    }

    /** Districts with at least one person; the other rows would only be noise on a phone. */
    public List<DistrictRoleCount> getRows() {
        return rows.stream().filter(r -> r.total() > 0).toList();
    }

    public long getTrainees() {
        return trainees;
    }

    public long getMentors() {
        return mentors;
    }

    public long getAdministrators() {
        return administrators;
    }

    /** How many of the 33 districts have no trainee yet: the school's reach at a glance. */
    public long getDistrictsWithoutTrainees() {
        return getDistrictsWithoutTraineesList().size();
    }

    /** Those districts themselves, in the register's order, so the curator knows where to look for trainees. */
    public List<DistrictChoice> getDistrictsWithoutTraineesList() {
        return rows.stream().filter(r -> r.district() != null && r.trainees() == 0).map(DistrictRoleCount::district)
                .toList();
    }

    /** The running cohorts with what waits in each (read once per request: the page asks several times). */
    public List<AdminAgenda.CohortAgenda> getCohorts() {
        if (cohorts == null) {
            cohorts = agenda.running(java.time.LocalDate.now(SchoolClock.current()));
        }
        return cohorts;
    }

    public int getCohortLimit() {
        return AdminAgenda.COHORTS;
    }
}
