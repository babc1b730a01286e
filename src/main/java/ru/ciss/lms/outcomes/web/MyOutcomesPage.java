package ru.ciss.lms.outcomes.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.outcomes.boundary.MyOutcomes;
import ru.ciss.lms.outcomes.boundary.OutcomeViews;
import ru.ciss.lms.outcomes.control.Graduates;
import ru.ciss.lms.outcomes.entity.Outcome;

/** /outcomes/my.xhtml: a graduate reports what they achieved after the school, and corrects what was questioned. */
@Named
@ViewScoped
public class MyOutcomesPage extends OutcomeEditing {

    private static final long serialVersionUID = 1L;

    @Inject
    MyOutcomes outcomes;

    private String edit;
    private List<Graduates.Graduation> graduations;
    private List<OutcomeViews.Row> rows;

    @PostConstruct
    void open() {
        graduations = outcomes.graduations();
        reload();
    }

    @Override
    public String getKeepKey() {
        return "outcome:" + (form.getEditingId() == null ? "new" : form.getEditingId());
    }

    /**
     * ?edit=N opens one of the graduate's own outcomes for correction (the link the questioned-outcome reminder and
     * the list give). Only their own list is searched: someone else's id is "no such record", and nothing is loaded.
     */
    public void load() {
        if (edit == null || edit.isBlank()) {
            return;
        }
        OutcomeViews.Row row = rows.stream().filter(r -> String.valueOf(r.id()).equals(edit.strip())).findFirst()
                .orElse(null);
        if (row == null) {
            ru.ciss.lms.platform.web.Texts.error(null, "outcomes.notFound");
        } else if (!row.correctable()) {
            ru.ciss.lms.platform.web.Texts.error(null, "outcomes.refused.confirmed");
        } else {
            correct(row);
        }
    }

    public String getEdit() {
        return edit;
    }

    public void setEdit(String edit) {
        this.edit = edit;
    }

    @Override
    protected void record(long cohortId, Long outcomeId, long seenVersion, Outcome.Facts facts, IncomingFile file,
                          String link) {
        outcomes.report(cohortId, outcomeId, seenVersion, facts, file, link);
    }

    @Override
    protected void reload() {
        rows = outcomes.mine();
    }

    @Override
    public List<Graduates.Graduation> getGraduations() {
        return graduations;
    }

    public List<OutcomeViews.Row> getRows() {
        return rows;
    }
}
