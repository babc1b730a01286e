package ru.ciss.lms.people.boundary;

import java.io.Serializable;

/** Active people of one district by role: a row of the administrator's overview. */
public record DistrictRoleCount(DistrictChoice district, long trainees, long mentors, long administrators)
        implements Serializable {

    public long total() {
        return trainees + mentors + administrators;
    }
}
