package ru.ciss.lms.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.boundary.PersonFilter;

/** For PlatformIT's test page only: an anonymous reader asks the administrators' people register (refused). */
@Named
@RequestScoped
public class ForbiddenCall {

    @Inject
    People people;

    public long getPeople() {
        return people.count(PersonFilter.everyone());
    }
}
