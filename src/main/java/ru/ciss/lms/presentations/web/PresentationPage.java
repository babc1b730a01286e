package ru.ciss.lms.presentations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.course.control.LessonMarkdown;
import ru.ciss.lms.course.web.ConsentGate;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.control.IncomingFile;
import ru.ciss.lms.files.web.PartFile;
import ru.ciss.lms.people.boundary.ConsentRequiredException;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.course.web.CohortAddress;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.presentations.boundary.PlanCompleteness;
import ru.ciss.lms.presentations.boundary.PlanIncompleteException;
import ru.ciss.lms.presentations.boundary.PresentationNotFoundException;
import ru.ciss.lms.presentations.boundary.PresentationViews.MyPresentation;
import ru.ciss.lms.presentations.boundary.Presentations;
import ru.ciss.lms.presentations.control.ScoreAggregation;
import ru.ciss.lms.presentations.entity.FundingSource;
import ru.ciss.lms.presentations.entity.HostKind;
import ru.ciss.lms.presentations.entity.Presentation;

/**
 * /study/presentation.xhtml?cohort=C: the trainee's plan of a resource centre with its slides in one of their cohorts;
 * a draft until submitted, then locked; and the released result with the mentors' comments. An address without the
 * cohort is resolved by {@link CohortAddress} (one cohort: redirected to it; several: the trainee chooses).
 */
@Named
@ViewScoped
public class PresentationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Presentations presentations;

    @Inject
    People people;

    @Inject
    FileStore store;

    /** The form's id on the page: the problems of its fields are attached to "plan:<field>". */
    static final String FORM = "plan";

    private String cohort;
    /** The cohort the address named, checked by the boundary on every call. */
    private Long cohortId;
    private List<CohortAddress.Link> choice;
    private MyPresentation page;
    private String focus;
    private PlanForm form;
    private transient Part slides;

    public void load() throws IOException {
        try {
            CohortAddress.Resolved resolved = CohortAddress.resolve(cohort, presentations.myCohorts(),
                    "/study/presentation.xhtml");
            choice = resolved.choice();
            cohortId = resolved.cohortId();
            if (cohortId == null) {
                return;
            }
            reload();
        } catch (PresentationNotFoundException e) {
            NotFound.answer();
        } catch (ConsentRequiredException e) {
            ConsentGate.redirect();
        }
    }

    public String save() {
        return send(false);
    }

    public String submit() {
        return send(true);
    }

    /** Post-redirect-get after a saved plan (issue #18); a refusal re-renders the form with what was typed. */
    private String send(boolean submit) {
        boolean saved = false;
        focus = null;
        List<RefusedException.Problem> unreadable = new ArrayList<>();
        Presentation.Plan plan = form.toPlan(unreadable);
        if (!unreadable.isEmpty()) {
            // Every mistake at once: the numbers that cannot be read and whatever else the rules refuse.
            unreadable.addAll(PlanCompleteness.problems(plan));
            Texts.error(null, "presentation.refused.invalid");
            unreadable.forEach(p -> Texts.error(p.field() == null ? null : FORM + ":" + p.field(), p.messageKey(),
                    p.args()));
        } else {
            try {
                List<IncomingFile> files = PartFile.of(slides == null ? List.of() : List.of(slides));
                IncomingFile file = files.isEmpty() ? null : files.getFirst();
                if (submit) {
                    presentations.submit(page.cohortId(), page.version(), plan, file);
                    Texts.info("presentation.submitted");
                } else {
                    presentations.save(page.cohortId(), page.version(), plan, file);
                    Texts.info("presentation.saved");
                }
                saved = true;
            } catch (PlanIncompleteException e) {
                Texts.error(null, "presentation.refused.incomplete");
                for (String part : e.missing()) {
                    String field = PlanCompleteness.fieldOf(part);
                    Texts.error(field == null ? null : FORM + ":" + field, "presentation.missing", Texts.get(part));
                }
            } catch (RuntimeException e) {
                Throwable refusal = RuleRefusals.refusal(e, RefusedException.class);
                if (refusal instanceof RefusedException r && r.messageKey().startsWith("files.")) {
                    RuleRefusals.show(e, null, FORM + ":slides"); // a refused file is the slides field's problem
                } else {
                    RuleRefusals.showOnFields(e, FORM);
                }
            }
        }
        if (saved) {
            slides = null;
            return Redirects.samePage();
        }
        PlanForm typed = form;
        page = presentations.mine(page == null ? cohortId : page.cohortId());
        form = typed; // a refused request keeps what was typed on the screen
        slides = null;
        return null;
    }

    /** Adds a service row in place (Ajax); what was typed in the other rows stays, the new row gets the focus. */
    public void addService() {
        focusRow("services", form.addService(), "name");
    }

    public void addFunding() {
        focusRow("funding", form.addFunding(), "source");
    }

    public void addMilestone() {
        focusRow("milestones", form.addMilestone(), "month");
    }

    public void removeService(PlanForm.ServiceRow row) {
        PlanForm.remove(form.services, row);
        focus = FORM + ":add-service";
    }

    public void removeFunding(PlanForm.FundingRow row) {
        PlanForm.remove(form.funding, row);
        focus = FORM + ":add-funding";
    }

    public void removeMilestone(PlanForm.MilestoneRow row) {
        PlanForm.remove(form.milestones, row);
        focus = FORM + ":add-milestone";
    }

    private void focusRow(String list, int index, String field) {
        focus = index < 0 ? null : FORM + ":" + list + ":" + index + ":" + field;
        if (index < 0) {
            Texts.error(null, "presentation.rows.limit", PlanForm.MAX_ROWS);
        }
    }

    /** The client id of the field to focus after a row was added or removed, or null. */
    public String getFocus() {
        return focus;
    }

    public int getMaxRows() {
        return PlanForm.MAX_ROWS;
    }

    private void reload() {
        page = presentations.mine(page == null ? cohortId : page.cohortId());
        form = PlanForm.of(page.plan());
    }

    public String getBriefHtml() {
        return LessonMarkdown.toHtml(page.briefMarkdown());
    }

    public boolean isEditable() {
        return !page.closed() && (page.state() == null || page.state().isEditable());
    }

    public String getResultText() {
        return page.result() == null ? null : ScoreAggregation.oneDecimal(page.result().percent());
    }

    public List<District> getDistricts() {
        return people.districts();
    }

    public HostKind[] getHostKinds() {
        return HostKind.values();
    }

    public FundingSource[] getFundingSources() {
        return FundingSource.values();
    }

    public String getAccept() {
        return ".pdf,.pptx,.ppt,.odp";
    }

    public long getMaxFileBytes() {
        return store.maxFileBytes();
    }

    public long getMaxFileMb() {
        return store.maxFileMb();
    }

    public List<CohortAddress.Link> getChoice() {
        return choice;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public MyPresentation getPage() {
        return page;
    }

    public PlanForm getForm() {
        return form;
    }

    public Part getSlides() {
        return slides;
    }

    public void setSlides(Part slides) {
        this.slides = slides;
    }
}
