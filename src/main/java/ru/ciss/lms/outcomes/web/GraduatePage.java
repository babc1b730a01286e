package ru.ciss.lms.outcomes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.outcomes.boundary.OutcomeReview;
import ru.ciss.lms.outcomes.boundary.OutcomeViews;
import ru.ciss.lms.outcomes.control.Graduates;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.platform.web.NotFound;

/**
 * /outcomes/graduate.xhtml?person=N: an administrator enters an outcome they learnt of for a graduate, and sees
 * the graduate's outcomes. Someone who is not a graduate gets the page with the reason, and no form.
 */
@Named
@ViewScoped
public class GraduatePage extends OutcomeEditing {

    private static final long serialVersionUID = 1L;

    @Inject
    OutcomeReview review;

    private String person;
    private long personId;
    private String name;
    private List<Graduates.Graduation> graduations = List.of();
    private List<OutcomeViews.Row> rows = List.of();

    public void load() throws IOException {
        try {
            personId = Long.parseLong(String.valueOf(person));
        } catch (NumberFormatException e) {
            NotFound.answer();
            return;
        }
        name = review.graduateName(personId).orElse(null);
        if (name == null) {
            NotFound.answer();
            return;
        }
        graduations = review.graduations(personId);
        reload();
    }

    @Override
    protected void record(long cohortId, Long outcomeId, long seenVersion, Outcome.Facts facts, IncomingFile file,
                          String link) {
        review.enter(personId, cohortId, facts, file, link);
    }

    @Override
    protected void reload() {
        rows = review.ofGraduate(personId);
    }

    @Override
    public List<Graduates.Graduation> getGraduations() {
        return graduations;
    }

    public List<OutcomeViews.Row> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    @Override
    public String getKeepKey() {
        return "outcome:person=" + person;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }
}
