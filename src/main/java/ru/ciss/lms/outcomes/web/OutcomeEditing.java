package ru.ciss.lms.outcomes.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.util.List;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.web.PartFile;
import ru.ciss.lms.outcomes.boundary.OutcomeViews;
import ru.ciss.lms.outcomes.control.Graduates;
import ru.ciss.lms.outcomes.entity.FundsSource;
import ru.ciss.lms.outcomes.entity.LegalForm;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.outcomes.entity.OutcomeKind;
import ru.ciss.lms.people.boundary.DistrictChoice;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.platform.web.AcrossRedirect;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;

/**
 * What the graduate's page and the administrator's graduate page share: the outcome form with its evidence, its
 * choices, and the one-line description of an outcome. A refused form keeps everything typed on the screen.
 */
public abstract class OutcomeEditing extends OutcomeTexts {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    @Inject
    FileStore store;

    /** The form's id on both outcome pages: a field's problem is attached to "outcome:<field>". */
    static final String FORM = "outcome";

    /** Tells the page after a successful save which browser copy of the form (fields.js) may go. */
    private static final String SAVED = "outcomes.saved";

    protected OutcomeForm form = new OutcomeForm();
    private transient Part evidence;
    private transient List<DistrictChoice> districts;
    /** The key of the form saved just before this page (read once), "" when none. */
    private String savedKey;

    public abstract List<Graduates.Graduation> getGraduations();

    /** Records the outcome through the page's boundary; refusals come back as exceptions. */
    protected abstract void record(long cohortId, Long outcomeId, long seenVersion, Outcome.Facts facts,
                                   IncomingFile file, String link);

    /** Reads the list again after a change. */
    protected abstract void reload();

    /** Post-redirect-get after a saved outcome (a reload never records it twice); a refusal re-renders the form. */
    public String save() {
        try {
            Outcome.Facts facts = form.facts();
            Long cohortId = form.getCohortId();
            List<Graduates.Graduation> graduations = getGraduations();
            if (cohortId == null && graduations.size() == 1) {
                cohortId = graduations.getFirst().cohortId();
            }
            if (cohortId == null) {
                Texts.error(null, "outcomes.refused.notGraduate");
                return null;
            }
            List<IncomingFile> files = PartFile.of(evidence == null ? List.of() : List.of(evidence));
            record(cohortId, form.getEditingId(), form.getEditingVersion(), facts,
                    files.isEmpty() ? null : files.getFirst(), form.getLink());
            Texts.info(form.getEditingId() == null ? "outcomes.saved" : "outcomes.corrected");
            AcrossRedirect.put(SAVED, getKeepKey());
            form = new OutcomeForm();
            return Redirects.samePage();
        } catch (OutcomeForm.Unreadable e) {
            Texts.error(null, "outcomes.refused.fields");
            e.problems().forEach(p -> Texts.error(p.field() == null ? null : FORM + ":" + p.field(), p.messageKey()));
        } catch (RuntimeException e) {
            Throwable refusal = RuleRefusals.refusal(e, RefusedException.class);
            if (refusal instanceof RefusedException r && r.messageKey().startsWith("files.")) {
                RuleRefusals.show(e, null, FORM + ":file");
            } else {
                RuleRefusals.showOnFields(e, FORM);
            }
        } finally {
            evidence = null;
        }
        return null;
    }

    /** Opens one of the listed outcomes in the form, for correction. */
    public void correct(OutcomeViews.Row row) {
        form = new OutcomeForm();
        form.setCohortId(row.cohortId());
        form.load(row.id(), row.version(), row.facts(), row.evidenceUrl());
    }

    public void cancel() {
        form = new OutcomeForm();
    }

    /**
     * The key under which this browser keeps the form's fields (fields.js): which form, and which outcome it corrects.
     */
    public abstract String getKeepKey();

    /**
     * The key of the form whose save this page follows (read once, on the page's first render), or null: only that
     * copy is forgotten, so a new outcome typed and left for a correction comes back after the correction is saved.
     * A refusal in the same view is a postback, and keeps every copy.
     */
    public String getJustSavedKey() {
        if (savedKey == null) {
            Object saved = AcrossRedirect.take(SAVED);
            savedKey = saved instanceof String key ? key : "";
        }
        return savedKey.isEmpty() || FacesContext.getCurrentInstance().isPostback() ? null : savedKey;
    }

    public OutcomeKind[] getKinds() {
        return OutcomeKind.values();
    }

    public LegalForm[] getLegalForms() {
        return LegalForm.values();
    }

    public FundsSource[] getSources() {
        return FundsSource.values();
    }

    public List<DistrictChoice> getDistricts() {
        if (districts == null) {
            districts = people.districtChoices();
        }
        return districts;
    }

    public long getMaxFileBytes() {
        return store.maxFileBytes();
    }

    public OutcomeForm getForm() {
        return form;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }
}
