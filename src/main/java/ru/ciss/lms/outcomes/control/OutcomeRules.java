package ru.ciss.lms.outcomes.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.outcomes.entity.OutcomeKind;
import ru.ciss.lms.platform.rules.RefusedException;

/**
 * What makes an outcome believable before anyone reviews it: the fields its kind needs, a date between the start of
 * the graduate's cohort and today, amounts and counts within sense, texts within their columns. Pure: answers every
 * problem with its field and message key, so the form shows them all at once.
 */
public final class OutcomeRules {

    /** More than a billion roubles attracted by one graduate is a typing mistake, not an outcome. */
    public static final long MAX_ROUBLES = 1_000_000_000L;
    public static final int MAX_PEOPLE = 1_000_000;
    public static final int MAX_TEXT = 300;

    /** A problem: the key of its message and the values the message shows. */
    public record Problem(String key, Object... args) {
    }

    private OutcomeRules() {
    }

    /** The first problem, in the order of the form; see {@link #all}. */
    public static Optional<Problem> check(Outcome.Facts facts, LocalDate cohortStart, LocalDate today) {
        return all(facts, cohortStart, today).stream().findFirst()
                .map(p -> new Problem(p.messageKey(), p.args()));
    }

    /**
     * Every problem of the facts at once, each with the field of the outcome form it is in (kind, date, name,
     * district, host, form, audience, source, amount, people), in the order of the form.
     */
    public static List<RefusedException.Problem> all(Outcome.Facts facts, LocalDate cohortStart, LocalDate today) {
        List<RefusedException.Problem> problems = new ArrayList<>();
        if (facts.kind() == null) {
            add(problems, "kind", "outcomes.refused.kind");
        }
        if (facts.happenedOn() == null) {
            add(problems, "date", "outcomes.refused.date");
        } else if (facts.happenedOn().isBefore(cohortStart)) {
            add(problems, "date", "outcomes.refused.beforeCohort",
                    cohortStart.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        } else if (facts.happenedOn().isAfter(today)) {
            add(problems, "date", "outcomes.refused.future");
        }
        String[][] texts = {{"name", facts.name()}, {"host", facts.hostOrganisation()}, {"audience", facts.audience()}};
        for (String[] text : texts) {
            if (text[1] != null && text[1].length() > MAX_TEXT) {
                add(problems, text[0], "outcomes.refused.tooLong", MAX_TEXT);
            }
        }
        if (facts.kind() == null) {
            return problems;
        }
        boolean needsName = facts.kind() != OutcomeKind.FUNDS;
        if (needsName && blank(facts.name())) {
            add(problems, "name", "outcomes.refused.name");
        }
        switch (facts.kind()) {
            case RESOURCE_CENTRE -> {
                if (facts.districtId() == null) {
                    add(problems, "district", "outcomes.refused.district");
                }
                if (blank(facts.hostOrganisation())) {
                    add(problems, "host", "outcomes.refused.host");
                }
                if (facts.legalForm() == null) {
                    add(problems, "form", "outcomes.refused.legalForm");
                }
            }
            case ORGANISATION -> {
                if (facts.legalForm() == null || !facts.legalForm().countsAsNgoOrBusiness()) {
                    add(problems, "form", "outcomes.refused.organisationForm");
                }
            }
            case SERVICE -> {
                if (blank(facts.audience())) {
                    add(problems, "audience", "outcomes.refused.audience");
                }
            }
            case FUNDS -> {
                if (facts.fundingSource() == null) {
                    add(problems, "source", "outcomes.refused.source");
                }
                if (facts.amountRoubles() == null || facts.amountRoubles() < 1 || facts.amountRoubles() > MAX_ROUBLES) {
                    add(problems, "amount", "outcomes.refused.amount", MAX_ROUBLES);
                }
            }
            case EVENT -> {
                if (facts.peopleReached() == null || facts.peopleReached() < 0 || facts.peopleReached() > MAX_PEOPLE) {
                    add(problems, "people", "outcomes.refused.people", MAX_PEOPLE);
                }
            }
        }
        return problems;
    }

    private static void add(List<RefusedException.Problem> problems, String field, String key, Object... args) {
        problems.add(new RefusedException.Problem(field, key, args));
    }

    /** An evidence link must be a web address; anything else could be a script in someone's browser. */
    public static boolean isWebLink(String url) {
        if (url == null || url.length() > 500) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    // Cyrillic domains (район.рф) have no "host" for java.net.URI, only an authority.
                    && (uri.getHost() != null || uri.getAuthority() != null && !uri.getAuthority().isBlank());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

}
