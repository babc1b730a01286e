package ru.ciss.lms.presentations.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.course.LessonMarkdown;
import ru.ciss.lms.course.web.CohortAddress;
import ru.ciss.lms.course.web.ConsentGate;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.web.PartFile;
import ru.ciss.lms.people.boundary.ConsentRequiredException;
import ru.ciss.lms.people.boundary.DistrictChoice;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.PostedForm;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.presentations.boundary.PlanCompleteness;
import ru.ciss.lms.presentations.boundary.PlanIncompleteException;
import ru.ciss.lms.presentations.boundary.PresentationNotFoundException;
import ru.ciss.lms.presentations.boundary.PresentationViews.MyPresentation;
import ru.ciss.lms.presentations.boundary.Presentations;
import ru.ciss.lms.presentations.control.ScoreAggregation;
import ru.ciss.lms.presentations.entity.Presentation;

/**
 * /presentations/mine.xhtml?cohort=C: the trainee's final work, in the form their programme defines, with its slides in
 * one of their cohorts;
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

    @Inject
    ru.ciss.lms.platform.web.UserLocale userLocale;

    /** The form's id on the page: the problems of its fields are attached to "plan:<field>". */
    static final String FORM = "plan";

    private String cohort;
    /** The cohort the address named, checked by the boundary on every call. */
    private Long cohortId;
    private List<CohortAddress.Link> choice;
    private MyPresentation page;
    private String focus;
    private PlanForm form;
    /** The version of the plan the posted form was opened with, when the view was rebuilt (see {@link #getPage}). */
    private Long postedVersion;
    private transient Part slides;

    public void load() throws IOException {
        try {
            CohortAddress.Resolved resolved = CohortAddress.resolve(cohort, presentations.myCohorts(),
                    "/presentations/mine.xhtml");
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
        Presentation.Plan plan = getForm().toPlan(unreadable);
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
                    presentations.submit(getPage().cohortId(), version(), plan, file);
                    Texts.info("presentation.submitted");
                } else {
                    presentations.save(getPage().cohortId(), version(), plan, file);
                    Texts.info("presentation.saved");
                }
                saved = true;
            } catch (PlanIncompleteException e) {
                Texts.error(null, "presentation.refused.incomplete");
                for (String part : e.missing()) {
                    Texts.error(FORM + ":" + getForm().fieldOf(part), "presentation.missing", partName(part));
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
        postedVersion = null;
        form = typed; // a refused request keeps what was typed on the screen
        slides = null;
        return null;
    }

    /** Adds a row to a table in place (Ajax); what was typed in the other rows stays, the new row gets the focus. */
    public void addRow(PlanForm.Input input) {
        int index = PlanForm.addRow(input);
        String firstColumn = input.getField().columns.isEmpty() ? "" : input.getField().columns.getFirst().id;
        focus = index < 0 ? null : FORM + ":" + input.getField().id + ":" + index + ":" + firstColumn;
        if (index < 0) {
            Texts.error(null, "presentation.rows.limit", PlanForm.MAX_ROWS);
        }
    }

    public void removeRow(PlanForm.Input input, PlanForm.Row row) {
        PlanForm.remove(input, row);
        focus = FORM + ":add-" + input.getField().id;
    }

    /** A missing part as the reader calls it: the field's label in their language, or the district or slides. */
    /** A table cell as the problem summary names it: «Сумма, ₽ (Источники финансирования, строка 2)». */
    public String cellLabel(ru.ciss.lms.course.FinalWorkForm.Field column, PlanForm.Input table, int row) {
        java.util.Locale locale = userLocale.getLocale();
        return Texts.get("presentation.rows.cell", column.label(locale), table.getField().label(locale), row + 1);
    }

    private String partName(String part) {
        if (PlanCompleteness.DISTRICT.equals(part) || PlanCompleteness.SLIDES.equals(part)) {
            return Texts.get("presentation.part." + part);
        }
        PlanForm.Input input = getForm().input(part);
        if (input == null) {
            return part;
        }
        PlanForm.Gap gap = getForm().gapIn(input);
        java.util.Locale locale = userLocale.getLocale();
        return gap == null ? input.getField().label(locale) : Texts.get("presentation.missing.cell",
                gap.column().label(locale), input.getField().label(locale), gap.row() + 1);
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
        return LessonMarkdown.toHtml(getPage().briefMarkdown());
    }

    public boolean isEditable() {
        return !getPage().closed() && (getPage().state() == null || getPage().state().isEditable());
    }

    public String getResultText() {
        return getPage().result() == null ? null : ScoreAggregation.oneDecimal(getPage().result().percent());
    }

    public List<DistrictChoice> getDistricts() {
        return people.districtChoices();
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

    /**
     * The trainee's plan page. Null while the trainee chooses a cohort, and in a bean made for a postback whose view
     * is gone (it expired, or was one of many opened since; OmniFaces' restorable view rebuilds it): then the posted
     * form says which cohort and which version of the plan it was opened with, so the plan is saved as typed and the
     * optimistic lock still compares the version the trainee saw.
     */
    public MyPresentation getPage() {
        if (page == null && choice == null && FacesContext.getCurrentInstance().isPostback()) {
            Long posted = PostedForm.number("cohort");
            if (posted == null) {
                throw new PresentationNotFoundException();
            }
            cohortId = posted;
            page = presentations.mine(posted);
            postedVersion = PostedForm.number("version");
            // As many rows as the form posted (rows added in the lost view included), so none of them is dropped.
            form = PlanForm.of(page.plan()).resizedTo(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().keySet(), FORM);
        }
        return page;
    }

    private long version() {
        return postedVersion != null ? postedVersion : getPage().version();
    }

    public PlanForm getForm() {
        getPage();
        return form;
    }

    public Part getSlides() {
        return slides;
    }

    public void setSlides(Part slides) {
        this.slides = slides;
    }
}
