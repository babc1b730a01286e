package ru.ciss.lms.outcomes.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.outcomes.boundary.OutcomeReview;
import ru.ciss.lms.outcomes.boundary.OutcomeViews;
import ru.ciss.lms.outcomes.control.Graduates;
import ru.ciss.lms.outcomes.entity.OutcomeState;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;

/**
 * /outcomes/review.xhtml: the outcomes graduates reported, oldest first, twenty a page; each confirmed, or
 * questioned with a comment the graduate sees. Below, the graduates, to enter an outcome for one of them.
 */
@Named
@ViewScoped
public class OutcomeReviewPage extends OutcomeTexts {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    OutcomeReview review;

    private OutcomeState state = OutcomeState.REPORTED;
    private int first;
    private long count;
    private List<OutcomeViews.Row> rows;
    private final Map<Long, String> comments = new HashMap<>();

    private String surname;
    private int firstGraduate;
    private long graduateCount;
    private List<Graduates.Graduate> graduates;

    @PostConstruct
    void open() {
        reload();
        findGraduates();
    }

    public void confirm(OutcomeViews.Row row) {
        try {
            review.confirm(row.id(), row.version());
            Texts.info("outcomes.confirmed", row.graduate());
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        reload();
    }

    public void question(OutcomeViews.Row row) {
        try {
            review.question(row.id(), row.version(), comments.get(row.id()));
            Texts.info("outcomes.questioned", row.graduate());
            comments.remove(row.id());
        } catch (RuntimeException e) {
            String comment = rowField("question", "comment");
            RuleRefusals.showAt(e, comment == null ? java.util.Map.of()
                    : java.util.Map.of("outcomes.refused.commentRequired", comment));
        }
        reload();
    }

    /**
     * The client id of a field in the row whose button was pressed (the button's own client id, posted with the
     * form, with its last part replaced), so that a refusal is shown next to that row's field.
     */
    private static String rowField(String button, String field) {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .keySet().stream().filter(name -> name.endsWith(":" + button)).findFirst()
                .map(name -> name.substring(0, name.length() - button.length()) + field).orElse(null);
    }

    public void filter() {
        first = 0;
        reload();
    }

    public void next() {
        if (first + PAGE < count) {
            first += PAGE;
        }
        reload();
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
        reload();
    }

    public void findGraduates() {
        firstGraduate = 0;
        readGraduates();
    }

    public void nextGraduates() {
        if (firstGraduate + PAGE < graduateCount) {
            firstGraduate += PAGE;
        }
        readGraduates();
    }

    public void previousGraduates() {
        firstGraduate = Math.max(0, firstGraduate - PAGE);
        readGraduates();
    }

    private void reload() {
        count = review.count(state);
        if (first >= count) {
            first = (int) Math.max(0, (count - 1) / PAGE * PAGE);
        }
        rows = review.page(state, first, PAGE);
    }

    private void readGraduates() {
        graduateCount = review.countGraduates(surname);
        graduates = review.graduates(surname, firstGraduate, PAGE);
    }

    public OutcomeState[] getStates() {
        return OutcomeState.values();
    }

    public OutcomeState getState() {
        return state;
    }

    public void setState(OutcomeState state) {
        this.state = state;
    }

    public List<OutcomeViews.Row> getRows() {
        return rows;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    /** "21–40 из 93". */
    public String getRange() {
        return Texts.get("outcomes.range", count == 0 ? 0 : first + 1, Math.min(first + PAGE, count), count);
    }

    public boolean isHasNext() {
        return first + PAGE < count;
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public List<Graduates.Graduate> getGraduates() {
        return graduates;
    }

    public String getGraduateRange() {
        return Texts.get("outcomes.range", graduateCount == 0 ? 0 : firstGraduate + 1,
                Math.min(firstGraduate + PAGE, graduateCount), graduateCount);
    }

    public boolean isGraduatesHaveNext() {
        return firstGraduate + PAGE < graduateCount;
    }

    public boolean isGraduatesHavePrevious() {
        return firstGraduate > 0;
    }
}
