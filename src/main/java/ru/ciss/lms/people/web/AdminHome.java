package ru.ciss.lms.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.people.boundary.DistrictRoleCount;
import ru.ciss.lms.people.boundary.People;

/** /home/admin.xhtml: who is registered, by role and by district. */
@Named
@RequestScoped
public class AdminHome {

    @Inject
    People people;

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
        return rows.stream().filter(r -> r.district() != null && r.trainees() == 0).count();
    }
}
