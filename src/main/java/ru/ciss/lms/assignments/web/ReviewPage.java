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
import ru.ciss.lms.assignments.boundary.AssignmentViews.ReviewCase;
import ru.ciss.lms.assignments.boundary.Reviews;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.assignments.entity.Decision;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.PostedForm;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.Texts;

/**
 * /review/submission.xhtml?id=N: one trainee's answer with all its versions; the reviewer opens or downloads the
 * files, writes a comment, may attach a feedback file and a score, and accepts or returns it for revision.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    @Inject
    FileStore store;

    /** Refusals that concern one field of the decision form, by message key. */
    private static final Map<String, String> FIELDS = Map.of("files.", "decision:feedback",
            "review.refused.noDecision", "decision:choice", "review.refused.commentRequired", "decision:comment",
            "review.refused.commentTooLong", "decision:comment", "review.refused.score", "decision:score");

    private String id;
    private ReviewCase page;
    /** The answer's version number and row version the posted form was opened with, when it outlived its view. */
    private Long postedNumber;
    private Long postedVersion;
    private Decision decision;
    private String comment;
    private Integer score;
    private transient Part feedback;

    public void load() throws IOException {
        try {
            page = reviews.open(Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException | AssignmentNotFoundException e) {
            NotFound.answer();
        }
    }

    /** Post-redirect-get after a decision; a refusal re-renders the form with what was typed. */
    public String decide() {
        try {
            List<IncomingFile> file = PartFile.of(feedback == null ? null : List.of(feedback));
            // The version read is the one decided on: a newer one that arrived meanwhile refuses the decision.
            Long number = postedNumber != null ? postedNumber : getPage().latest().number();
            Long version = postedVersion != null ? postedVersion : getPage().submissionVersion();
            reviews.decide(getPage().submissionId(), number.intValue(), version, decision, comment,
                    score, file.isEmpty() ? null : file.get(0));
            Texts.info(decision == Decision.ACCEPTED ? "review.accepted" : "review.returned");
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.showAt(e, FIELDS);
        }
        feedback = null;
        page = reviews.open(getPage().submissionId());
        postedNumber = null;
        postedVersion = null;
        return null;
    }

    /** Takes back the decision shown (post-redirect-get); a refusal says why on the page as it is now. */
    public String withdraw() {
        try {
            Long version = postedVersion != null ? postedVersion : getPage().submissionVersion();
            reviews.withdraw(getPage().submissionId(), version);
            Texts.info("review.withdrawn");
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        page = reviews.open(getPage().submissionId());
        postedVersion = null;
        postedNumber = null;
        return null;
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public String getAccept() {
        return store.allowed().stream().flatMap(t -> t.extensions().stream()).map(e -> "." + e)
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    public long getMaxFileBytes() {
        return store.maxFileBytes();
    }

    public long getMaxFileMb() {
        return store.maxFileMb();
    }

    /**
     * The case under review; null only in a bean made for a postback whose view is gone (expired, or evicted by
     * pages opened since): then the posted form names the submission and the version decided on (PostedForm).
     */
    public ReviewCase getPage() {
        if (page == null) {
            try {
                page = reviews.open(Long.parseLong(String.valueOf(PostedForm.value(id, "id"))));
                postedNumber = PostedForm.number("number");
                postedVersion = PostedForm.number("version");
            } catch (NumberFormatException e) {
                throw new AssignmentNotFoundException();
            }
        }
        return page;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public Part getFeedback() {
        return feedback;
    }

    public void setFeedback(Part feedback) {
        this.feedback = feedback;
    }
}
