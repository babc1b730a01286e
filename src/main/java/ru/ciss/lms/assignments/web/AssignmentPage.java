package ru.ciss.lms.assignments.web;

import ru.ciss.lms.files.web.PartFile;
import ru.ciss.lms.platform.web.RuleRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.assignments.boundary.AssignmentNotFoundException;
import ru.ciss.lms.assignments.boundary.AssignmentViews.MyAssignment;
import ru.ciss.lms.assignments.boundary.Assignments;
import ru.ciss.lms.course.LessonMarkdown;
import ru.ciss.lms.course.web.CohortAddress;
import ru.ciss.lms.course.web.ConsentGate;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.people.boundary.ConsentRequiredException;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.PostedForm;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.Texts;

/**
 * /study/assignment.xhtml?cohort=C&module=N: the trainee's answer to a module's assignment in one of their cohorts.
 * The draft (text and files) is kept until it is submitted; every submitted version stays visible with the reviewer's
 * comments and files. An old address without the cohort is resolved by {@link CohortAddress}: redirected when the
 * trainee has one cohort with the module, a choice when several.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assignments assignments;

    @Inject
    FileStore store;

    private String cohort;
    private String module;
    /** The cohorts to choose from, when the address names none and the trainee has several with the module. */
    private List<CohortAddress.Link> choice;
    private MyAssignment page;
    /** The draft's version the posted form was opened with, when the form outlived its view (see getPage). */
    private Long postedVersion;
    /** Refusals that concern one field of the answer form, by message key. */
    private static final Map<String, String> FIELDS = Map.of("files.", "answer:files",
            "assignment.refused.tooManyFiles", "answer:files", "assignment.refused.tooLargeTotal", "answer:files");

    private String text;
    private transient List<Part> uploads;

    public void load() throws IOException {
        try {
            long moduleId = Long.parseLong(module == null ? "" : module);
            CohortAddress.Resolved resolved = CohortAddress.resolve(cohort, assignments.cohortsWith(moduleId),
                    "/study/assignment.xhtml?module=" + moduleId);
            choice = resolved.choice();
            if (resolved.cohortId() == null) {
                return;
            }
            page = assignments.mine(resolved.cohortId(), moduleId);
            text = page.draftText();
        } catch (NumberFormatException | AssignmentNotFoundException e) {
            NotFound.answer();
        } catch (ConsentRequiredException e) {
            ConsentGate.redirect();
        }
    }

    // Each action ends in a post-redirect-get on success (reload and back never send it again); a refusal
    // re-renders the form at the same address with what the trainee typed.

    public String save() {
        try {
            assignments.saveDraft(getPage().cohortId(), getPage().moduleId(), version(), text, PartFile.of(uploads));
            Texts.info("assignment.saved");
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.showAt(e, FIELDS);
        }
        reload();
        return null;
    }

    public String submit() {
        try {
            // What is on the screen is what gets submitted: the text typed since the last save goes in too.
            int number = assignments.submit(getPage().cohortId(), getPage().moduleId(), version(), text, PartFile.of(uploads));
            Texts.info("assignment.submitted", number);
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.showAt(e, FIELDS);
        }
        reload();
        return null;
    }

    public String remove(long fileId) {
        try {
            assignments.removeDraftFile(getPage().cohortId(), getPage().moduleId(), version(), fileId);
            Texts.info("assignment.fileRemoved");
            return Redirects.samePage();
        } catch (AssignmentNotFoundException e) {
            Texts.error(null, "assignment.refused.changed");
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        reload();
        return null;
    }

    private void reload() {
        String typed = text;
        page = assignments.mine(getPage().cohortId(), getPage().moduleId());
        postedVersion = null;
        // A refused save keeps what the trainee typed on the screen; a successful one shows what was stored.
        text = FacesMessages.anyError() ? typed : page.draftText();
        uploads = null;
    }

    /** Safe to output unescaped: LessonMarkdown escapes any raw HTML of the content files. */
    public String getBriefHtml() {
        return LessonMarkdown.toHtml(getPage().briefMarkdown());
    }

    public String getAccept() {
        return store.allowed().stream().flatMap(t -> t.extensions().stream()).map(e -> "." + e)
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    public String getAllowedText() {
        return FileStore.extensions(store.allowed());
    }

    public long getMaxFileBytes() {
        return store.maxFileBytes();
    }

    public long getMaxFileMb() {
        return store.maxFileMb();
    }

    public long getMaxSubmissionMb() {
        return store.maxSubmissionMb();
    }

    /**
     * The trainee's assignment. Null only in a bean made for a postback whose view is gone: the view expired (it was
     * one of many opened since, or the session's views were replaced) and OmniFaces' restorable view rebuilt it, or
     * the view's beans were dropped. Then the posted form says which module and which version of the draft it was
     * opened with, so the action is carried out as typed, and the optimistic lock still compares that version.
     */
    public MyAssignment getPage() {
        if (page == null) {
            try {
                page = assignments.mine(Long.parseLong(String.valueOf(PostedForm.value(cohort, "cohort"))),
                        Long.parseLong(String.valueOf(PostedForm.value(module, "module"))));
                postedVersion = PostedForm.number("version");
            } catch (NumberFormatException e) {
                throw new AssignmentNotFoundException();
            }
        }
        return page;
    }

    private long version() {
        return postedVersion != null ? postedVersion : getPage().submissionVersion();
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

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Part> getUploads() {
        return uploads;
    }

    public void setUploads(List<Part> uploads) {
        this.uploads = uploads;
    }
}
