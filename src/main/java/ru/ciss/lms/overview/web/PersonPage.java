package ru.ciss.lms.overview.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import ru.ciss.lms.people.boundary.PeopleRuleException;
import ru.ciss.lms.overview.boundary.PersonOverview;
import ru.ciss.lms.overview.boundary.PersonRecord;
import ru.ciss.lms.platform.web.NotFound;

/**
 * /people/person.xhtml?id=N: one person as the school knows them, for administrators (web.xml keeps /people/* to
 * them; PersonOverview checks the role again). Nothing is posted here: each part links to the page where it is edited.
 */
@Named
@RequestScoped
public class PersonPage {

    @Inject
    PersonOverview overview;

    private String id;
    private PersonRecord record;

    public void load() throws IOException {
        try {
            record = overview.of(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | PeopleRuleException e) {
            NotFound.answer();
        }
    }

    public PersonRecord getRecord() {
        return record;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
