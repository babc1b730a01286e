package ru.ciss.lms.outcomes.web;

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
import ru.ciss.lms.platform.web.FilterAddress;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;

/**
 * /outcomes/review.xhtml: the outcomes graduates reported, oldest first, twenty a page; each confirmed, or
 * questioned with a comment the graduate sees. Below, the graduates, to enter an outcome for one of them.
 * The state, the page and the graduates' search are in the address ({@code ?state=REPORTED&from=20&surname=…&gfrom=0},
 * "the address is the page"): every action ends in a redirect to it, so a reload, Back and a bookmark show the same
 * rows; a mangled value falls back to its default instead of failing.
 */
@Named
@ViewScoped
public class OutcomeReviewPage extends OutcomeTexts {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    OutcomeReview review;

    private static final String ANY = "any";

    private OutcomeState state = OutcomeState.REPORTED;
    private int first;
    private long count;
    private List<OutcomeViews.Row> rows;
    private final Map<Long, String> comments = new HashMap<>();

    private String surname;
    private int firstGraduate;
    private long graduateCount;
    private List<Graduates.Graduate> graduates;

    /** Reads both lists for the address's state, page and search (a view action: the parameters are set by then). */
    public void load() {
        reload();
        readGraduates();
    }

    public String confirm(OutcomeViews.Row row) {
        try {
            review.confirm(row.id(), row.version());
            Texts.info("outcomes.confirmed", row.graduate());
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        reload();
        return null;
    }

    public String question(OutcomeViews.Row row) {
        try {
            review.question(row.id(), row.version(), comments.get(row.id()));
            Texts.info("outcomes.questioned", row.graduate());
            comments.remove(row.id());
            return Redirects.samePage();
        } catch (RuntimeException e) {
            String comment = rowField("question", "comment");
            RuleRefusals.showAt(e, comment == null ? java.util.Map.of()
                    : java.util.Map.of("outcomes.refused.commentRequired", comment));
        }
        reload();
        return null;
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

    public String filter() {
        first = 0;
        return Redirects.samePage();
    }

    public String next() {
        if (first + PAGE < count) {
            first += PAGE;
        }
        return Redirects.samePage();
    }

    public String previous() {
        first = Math.max(0, first - PAGE);
        return Redirects.samePage();
    }

    public String findGraduates() {
        firstGraduate = 0;
        return Redirects.samePage();
    }

    public String nextGraduates() {
        if (firstGraduate + PAGE < graduateCount) {
            firstGraduate += PAGE;
        }
        return Redirects.samePage();
    }

    public String previousGraduates() {
        firstGraduate = Math.max(0, firstGraduate - PAGE);
        return Redirects.samePage();
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
        if (firstGraduate >= graduateCount) {
            firstGraduate = (int) Math.max(0, (graduateCount - 1) / PAGE * PAGE);
        }
        graduates = review.graduates(surname, firstGraduate, PAGE);
    }

    /** The state in the address: a state's name, or "any" for every state; anything else reads as «Сообщён». */
    public String getStateParam() {
        return state == null ? ANY : state.name();
    }

    public void setStateParam(String value) {
        OutcomeState named = FilterAddress.named(OutcomeState.class, value);
        state = named != null || ANY.equals(value) ? named : OutcomeState.REPORTED;
    }

    /** The first row of the page in the address; absent on the first page. */
    public String getFrom() {
        return first == 0 ? null : String.valueOf(first);
    }

    public void setFrom(String value) {
        first = pageStart(value);
    }

    public String getGraduatesFrom() {
        return firstGraduate == 0 ? null : String.valueOf(firstGraduate);
    }

    public void setGraduatesFrom(String value) {
        firstGraduate = pageStart(value);
    }

    /** A bookmarked "from" read leniently: a whole number, down to the start of its page; anything else the first. */
    private static int pageStart(String value) {
        Integer from = FilterAddress.smallId(value);
        return from == null ? 0 : from / PAGE * PAGE;
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
        // from the form (at most 100 characters) or from an address, which can hold anything
        this.surname = surname == null || surname.length() <= 100 ? surname : surname.substring(0, 100);
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
