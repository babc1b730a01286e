package ru.ciss.lms.presentations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.PostedForm;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;
import ru.ciss.lms.presentations.boundary.PresentationNotFoundException;
import ru.ciss.lms.presentations.boundary.PresentationViews.ScoringSheet;
import ru.ciss.lms.presentations.boundary.Scoring;
import ru.ciss.lms.presentations.control.ScoreAggregation;

/**
 * /presentations/score.xhtml?id=N: one presentation's plan and the rubric, scored on a phone during the talk. The
 * draft is kept with every save; others' scores appear only after one's own are submitted.
 */
@Named
@ViewScoped
public class ScoringPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Scoring scoring;

    private String id;
    private ScoringSheet sheet;
    /** The score's version the posted form was opened with, when the form outlived its view (see getSheet). */
    private Long postedVersion;
    private final Map<String, Integer> scores = new HashMap<>();
    private String comment;

    public void load() throws IOException {
        try {
            sheet = scoring.sheet(Long.parseLong(id == null ? "" : id));
            scores.clear();
            scores.putAll(sheet.myScores());
            comment = sheet.myComment();
        } catch (NumberFormatException | PresentationNotFoundException e) {
            NotFound.answer();
        }
    }

    public String save() {
        return send(false);
    }

    public String submit() {
        return send(true);
    }

    /** Post-redirect-get after success; a refusal re-renders the sheet with the scores and comment as typed. */
    private String send(boolean submit) {
        try {
            Map<String, Integer> given = new LinkedHashMap<>();
            scores.forEach((k, v) -> {
                if (v != null) {
                    given.put(k, v);
                }
            });
            long version = postedVersion != null ? postedVersion : getSheet().scoreVersion();
            if (submit) {
                scoring.submit(getSheet().presentationId(), version, given, comment);
                Texts.info("scoring.submitted");
            } else {
                scoring.save(getSheet().presentationId(), version, given, comment);
                Texts.info("scoring.saved");
            }
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.showOnFields(e, "score");
        }
        Map<String, Integer> typed = new HashMap<>(scores);
        sheet = scoring.sheet(getSheet().presentationId());
        postedVersion = null;
        scores.clear();
        scores.putAll(typed);
        return null;
    }

    public List<Integer> getLevels() {
        return IntStream.rangeClosed(0, getSheet().scaleMax()).boxed().toList();
    }

    public String percent(Double value) {
        return value == null ? "—" : ScoreAggregation.oneDecimal(value);
    }

    /**
     * The sheet; null only in a bean made for a postback whose view is gone (expired, or evicted by pages opened
     * since): then the posted form names the presentation and the score's version (PostedForm), and the levels and
     * comment typed are applied to it as usual.
     */
    public ScoringSheet getSheet() {
        if (sheet == null) {
            try {
                sheet = scoring.sheet(Long.parseLong(String.valueOf(PostedForm.value(id, "id"))));
                postedVersion = PostedForm.number("version");
            } catch (NumberFormatException e) {
                throw new PresentationNotFoundException();
            }
        }
        return sheet;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
