package ru.ciss.lms.people.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.entity.District;

/**
 * The districts of the region for the pages' lists, read once per start: they change only with a migration (their
 * columns are not updatable). Asking the boundary on each page of the people list was 4 % of its CPU (issue #25), the
 * shared cache's query plus a boundary call.
 */
@ApplicationScoped
public class DistrictList {

    @Inject
    People people;

    private volatile List<District> all;

    public List<District> all() {
        List<District> read = all;
        if (read == null) {
            read = List.copyOf(people.districts());
            all = read;
        }
        return read;
    }

    /** The district with that id (null for none), from the list above. */
    public District byId(Integer id) {
        if (id == null) {
            return null;
        }
        for (District district : all()) {
            if (id.equals(district.getId())) {
                return district;
            }
        }
        return null;
    }
}
