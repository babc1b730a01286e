package ru.ciss.lms.presentations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.course.control.LessonMarkdown;
import ru.ciss.lms.course.web.ConsentGate;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.files.control.IncomingFile;
import ru.ciss.lms.files.web.PartFile;
import ru.ciss.lms.people.boundary.ConsentRequiredException;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.presentations.boundary.PlanIncompleteException;
import ru.ciss.lms.presentations.boundary.PresentationNotFoundException;
import ru.ciss.lms.presentations.boundary.PresentationViews.MyPresentation;
import ru.ciss.lms.presentations.boundary.Presentations;
import ru.ciss.lms.presentations.control.ScoreAggregation;
import ru.ciss.lms.presentations.entity.FundingSource;
import ru.ciss.lms.presentations.entity.HostKind;

/**
 * /study/presentation.xhtml: the trainee's plan of a resource centre with its slides; a draft until submitted, then
 * locked; and the released result with the mentors' comments.
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

    private MyPresentation page;
    private PlanForm form;
    private transient Part slides;

    public void load() throws IOException {
        try {
            reload();
        } catch (PresentationNotFoundException e) {
            NotFound.answer();
        } catch (ConsentRequiredException e) {
            ConsentGate.redirect();
        }
    }

    public void save() {
        send(false);
    }

    public void submit() {
        send(true);
    }

    private void send(boolean submit) {
        boolean saved = false;
        try {
            List<IncomingFile> files = PartFile.of(slides == null ? List.of() : List.of(slides));
            IncomingFile file = files.isEmpty() ? null : files.getFirst();
            if (submit) {
                presentations.submit(page.version(), form.toPlan(), file);
                Texts.info("presentation.submitted");
            } else {
                presentations.save(page.version(), form.toPlan(), file);
                Texts.info("presentation.saved");
            }
            saved = true;
        } catch (NumberFormatException e) {
            Texts.error(null, "presentation.invalid." + e.getMessage());
        } catch (PlanIncompleteException e) {
            Texts.error(null, "presentation.refused.incomplete");
            e.missing().forEach(part -> Texts.error(null, part));
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        PlanForm typed = form;
        page = presentations.mine();
        // A refused request keeps what was typed on the screen; a saved one shows what was stored.
        form = saved ? PlanForm.of(page.plan()) : typed;
        slides = null;
    }

    private void reload() {
        page = presentations.mine();
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
