package ru.ciss.lms.people.boundary;

import java.io.Serializable;
import ru.ciss.lms.people.entity.District;

/** Active people of one district by role: a row of the administrator's overview. */
public record DistrictRoleCount(District district, long trainees, long mentors, long administrators)
        implements Serializable {

    public long total() {
        return trainees + mentors + administrators;
    }
}
