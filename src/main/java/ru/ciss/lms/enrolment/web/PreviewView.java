package ru.ciss.lms.enrolment.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import ru.ciss.lms.enrolment.boundary.Enrolments;
import ru.ciss.lms.enrolment.boundary.RosterMessages;
import ru.ciss.lms.enrolment.control.RosterProblem;
import ru.ciss.lms.enrolment.control.RosterRow;
import ru.ciss.lms.enrolment.control.Suggestion;
import ru.ciss.lms.platform.web.Texts;

/** The preview as the page shows it: counts, the file's own problems in words, and the rows with problems. */
public class PreviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String encoding;
    private final String delimiter;
    private final boolean header;
    private final int rows;
    private final long newPeople;
    private final List<RosterRow> problemRows;
    private final int problemRowCount;
    private final List<RosterRow> firstRows;
    private final List<String> fileProblems;
    private final boolean acceptable;
    private final List<Enrolments.KeptDate> keptDates;
    private final java.time.LocalDate firstPastDay;
    private final boolean partlyAcceptable;
    private final int goodRows;
    private final List<Suggestion> suggestions;
    private final String charset;
    private final long willGetLink;
    private final long keepLink;
    private final long active;
    private final long updated;
    private final List<Planned> planned;

    /** A good row as the preview lists it: new or updated, and what happens about its link. */
    public record Planned(int line, String fullName, String email, Enrolments.LinkState state) implements Serializable {
    }

    PreviewView(Enrolments.Preview preview, int shownProblems) {
        var roster = preview.roster();
        encoding = roster.encoding() == null ? "" : roster.encoding().equals(StandardCharsets.UTF_8) ? "UTF-8"
                : roster.encoding().name();
        delimiter = switch (roster.delimiter()) {
            case ';' -> Texts.get("enrolment.delimiter.semicolon");
            case '\t' -> Texts.get("enrolment.delimiter.tab");
            default -> Texts.get("enrolment.delimiter.comma");
        };
        header = roster.header();
        rows = roster.rows().size();
        newPeople = preview.newPeople();
        List<RosterRow> withProblems = roster.rowsWithProblems();
        problemRowCount = withProblems.size();
        problemRows = List.copyOf(withProblems.subList(0, Math.min(shownProblems, withProblems.size())));
        firstRows = List.copyOf(roster.rows().subList(0, Math.min(20, roster.rows().size())));
        fileProblems = roster.fileProblems().stream().map(p -> describe(List.of(p))).toList();
        acceptable = roster.acceptable();
        keptDates = List.copyOf(preview.keptDates());
        firstPastDay = preview.firstPastDay();
        partlyAcceptable = roster.partlyAcceptable();
        goodRows = roster.goodRows().size();
        // One suggestion per cell as written: accepting it corrects every row that wrote it the same way.
        java.util.Map<String, Suggestion> distinct = new java.util.LinkedHashMap<>();
        roster.suggestions().forEach(g -> distinct.putIfAbsent(g.field() + "\u0000" + g.written(),
                new Suggestion(0, g.field(), g.written(), g.suggested())));
        suggestions = List.copyOf(distinct.values());
        charset = roster.encoding() == null ? "UTF-8" : roster.encoding().name();
        willGetLink = preview.count(Enrolments.LinkState.NEW_PERSON) + preview.count(Enrolments.LinkState.NO_LINK);
        keepLink = preview.count(Enrolments.LinkState.VALID_LINK);
        active = preview.count(Enrolments.LinkState.ACTIVE);
        updated = goodRows - preview.count(Enrolments.LinkState.NEW_PERSON);
        planned = roster.goodRows().stream().map(r -> new Planned(r.line(),
                java.util.stream.Stream.of(r.surname(), r.givenName(), r.patronymic()).filter(x -> x != null)
                        .collect(Collectors.joining(" ")), r.email(), preview.linkStates().get(r.email()))).toList();
    }

    public boolean partlyAcceptable() {
        return partlyAcceptable;
    }

    /** Rows without problems: what «Зачислить строки без ошибок» enrols. */
    public int getGoodRows() {
        return goodRows;
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    /** The file's encoding by its Java name (windows-1251, UTF-8): the rejected rows are written in it. */
    public String getCharset() {
        return charset;
    }

    public long getWillGetLink() {
        return willGetLink;
    }

    public long getKeepLink() {
        return keepLink;
    }

    public long getActive() {
        return active;
    }

    public long getUpdated() {
        return updated;
    }

    public List<Planned> getPlanned() {
        return planned;
    }

    /** Members already enrolled whose date in the file differs: the import keeps theirs, and says so. */
    public List<Enrolments.KeptDate> getKeptDates() {
        return keptDates;
    }

    /** The first of the cohort's days already past, or null: then the page does not ask from when. */
    public java.time.LocalDate getFirstPastDay() {
        return firstPastDay;
    }

    /**
     * As {@link #describe}, for the rejected-rows file: a line number it names counts in the uploaded file, and the
     * line it names (the first row with an address) is usually not among the rejected ones, so it says so.
     */
    static String describeInRejectedRows(List<RosterProblem> problems) {
        java.util.Locale locale = Texts.locale();
        return problems.stream().map(p -> "enrolment.row.duplicateEmail".equals(p.key())
                ? Texts.get(locale, "enrolment.row.duplicateEmail.original", p.args())
                : RosterMessages.describe(p, locale, 0)).collect(Collectors.joining("; "));
    }

    static String describe(List<RosterProblem> problems) {
        java.util.Locale locale = Texts.locale();
        return problems.stream().map(p -> RosterMessages.describe(p, locale, 0)).collect(Collectors.joining("; "));
    }

    public String getEncoding() {
        return encoding;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public boolean isHeader() {
        return header;
    }

    public int getRows() {
        return rows;
    }

    public long getNewPeople() {
        return newPeople;
    }

    public long getExistingPeople() {
        return goodRows - newPeople;
    }

    public List<RosterRow> getProblemRows() {
        return problemRows;
    }

    public int getProblemRowCount() {
        return problemRowCount;
    }

    public boolean isMoreProblemsThanShown() {
        return problemRowCount > problemRows.size();
    }

    public List<RosterRow> getFirstRows() {
        return firstRows;
    }

    List<String> fileProblems() {
        return fileProblems;
    }

    public boolean acceptable() {
        return acceptable;
    }
}
