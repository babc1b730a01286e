package ru.ciss.lms.outcomes.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.outcomes.entity.FundsSource;
import ru.ciss.lms.outcomes.entity.LegalForm;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.outcomes.entity.OutcomeKind;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.platform.web.TypedNumbers;

/**
 * The outcome form as typed: texts kept as they are, so a mistyped amount or date is shown back with a message and
 * nothing typed is lost. {@link #facts()} turns it into what the rules check.
 */
public class OutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fields that are not a date or a number: each with its message key; the message is the first key. */
    public static class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<RefusedException.Problem> problems;

        public Unreadable(String key) {
            this(List.of(new RefusedException.Problem(null, key)));
        }

        Unreadable(List<RefusedException.Problem> problems) {
            super(problems.getFirst().messageKey());
            this.problems = List.copyOf(problems);
        }

        /** Each unreadable field (the outcome form's ids: date, amount, people) with its message key. */
        public List<RefusedException.Problem> problems() {
            return problems;
        }
    }

    private Long cohortId;
    private Long editingId;
    private long editingVersion = -1;
    /**
     * None until chosen: a default kind was kept by graduates who never looked at the list, and what they typed for
     * the kind they meant (an amount, say) was then not theirs to keep.
     */
    private OutcomeKind kind;
    private String happenedOn;
    private Integer districtId;
    private String name;
    private String hostOrganisation;
    private LegalForm legalForm;
    private String audience;
    private FundsSource source;
    private String amount;
    private String people;
    private String link;

    public Outcome.Facts facts() throws Unreadable {
        List<RefusedException.Problem> unreadable = new ArrayList<>();
        LocalDate date = null;
        try {
            date = date(happenedOn);
        } catch (DateTimeParseException e) {
            unreadable.add(new RefusedException.Problem("date", "outcomes.invalid.date"));
        }
        Long roubles = null;
        Long reached = null;
        try {
            roubles = kind == OutcomeKind.FUNDS ? TypedNumbers.whole(amount, "amount") : null;
        } catch (NumberFormatException e) {
            unreadable.add(new RefusedException.Problem("amount", "outcomes.invalid.amount"));
        }
        try {
            reached = kind == OutcomeKind.EVENT ? TypedNumbers.whole(people, "people") : null;
        } catch (NumberFormatException e) {
            unreadable.add(new RefusedException.Problem("people", "outcomes.invalid.people"));
        }
        unreadable.addAll(otherKindsFields());
        if (!unreadable.isEmpty()) {
            throw new Unreadable(unreadable);
        }
        return new Outcome.Facts(kind, date, districtId, strip(name), strip(hostOrganisation),
                kind == OutcomeKind.RESOURCE_CENTRE || kind == OutcomeKind.ORGANISATION ? legalForm : null,
                kind == OutcomeKind.SERVICE ? strip(audience) : null, kind == OutcomeKind.FUNDS ? source : null,
                roubles, reached == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, reached)));
    }

    /**
     * Fields filled in for a kind other than the one chosen: each named at its field rather than dropped on saving,
     * since the person either chose the wrong kind or typed into the wrong field. Nothing to say while no kind is
     * chosen: the rules then ask for the kind first.
     */
    private List<RefusedException.Problem> otherKindsFields() {
        List<RefusedException.Problem> problems = new ArrayList<>();
        if (kind == null) {
            return problems;
        }
        if (legalForm != null && kind != OutcomeKind.RESOURCE_CENTRE && kind != OutcomeKind.ORGANISATION) {
            problems.add(new RefusedException.Problem("form", "outcomes.otherKind.form"));
        }
        if (strip(audience) != null && kind != OutcomeKind.SERVICE) {
            problems.add(new RefusedException.Problem("audience", "outcomes.otherKind.audience"));
        }
        if (source != null && kind != OutcomeKind.FUNDS) {
            problems.add(new RefusedException.Problem("source", "outcomes.otherKind.source"));
        }
        if (strip(amount) != null && kind != OutcomeKind.FUNDS) {
            problems.add(new RefusedException.Problem("amount", "outcomes.otherKind.amount"));
        }
        if (strip(people) != null && kind != OutcomeKind.EVENT) {
            problems.add(new RefusedException.Problem("people", "outcomes.otherKind.people"));
        }
        return problems;
    }

    /**
     * The date field sends ISO (2019-05-15); a browser without a date picker shows a plain field, where people type
     * it as Russians write dates (15.05.2019). Both are taken; null for an empty field.
     */
    static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        return text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")
                ? LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT))
                : LocalDate.parse(text);
    }

    /** Opens an outcome for correction. */
    public void load(long id, long version, Outcome.Facts f, String url) {
        editingId = id;
        editingVersion = version;
        kind = f.kind();
        happenedOn = f.happenedOn() == null ? null : f.happenedOn().toString();
        districtId = f.districtId();
        name = f.name();
        hostOrganisation = f.hostOrganisation();
        legalForm = f.legalForm();
        audience = f.audience();
        source = f.fundingSource();
        amount = f.amountRoubles() == null ? null : String.valueOf(f.amountRoubles());
        people = f.peopleReached() == null ? null : String.valueOf(f.peopleReached());
        link = url;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getEditingId() {
        return editingId;
    }

    public long getEditingVersion() {
        return editingVersion;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public void setKind(OutcomeKind kind) {
        this.kind = kind;
    }

    public String getHappenedOn() {
        return happenedOn;
    }

    public void setHappenedOn(String happenedOn) {
        this.happenedOn = happenedOn;
    }

    public Integer getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Integer districtId) {
        this.districtId = districtId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHostOrganisation() {
        return hostOrganisation;
    }

    public void setHostOrganisation(String hostOrganisation) {
        this.hostOrganisation = hostOrganisation;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public FundsSource getSource() {
        return source;
    }

    public void setSource(FundsSource source) {
        this.source = source;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getPeople() {
        return people;
    }

    public void setPeople(String people) {
        this.people = people;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }
}
