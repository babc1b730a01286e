package ru.ciss.lms.outcomes.control;

import java.time.LocalDate;
import java.util.Optional;
import ru.ciss.lms.outcomes.entity.LegalForm;
import ru.ciss.lms.outcomes.entity.Outcome;

/**
 * What makes an outcome believable before anyone reviews it: the fields its kind needs, a date between the start of
 * the graduate's cohort and today, amounts and counts within sense, texts within their columns. Pure: answers the
 * first problem as a message key with its values, or nothing.
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

    public static Optional<Problem> check(Outcome.Facts facts, LocalDate cohortStart, LocalDate today) {
        if (facts.kind() == null) {
            return problem("outcomes.refused.kind");
        }
        if (facts.happenedOn() == null) {
            return problem("outcomes.refused.date");
        }
        if (facts.happenedOn().isBefore(cohortStart)) {
            return problem("outcomes.refused.beforeCohort",
                    cohortStart.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
        if (facts.happenedOn().isAfter(today)) {
            return problem("outcomes.refused.future");
        }
        for (String text : new String[] {facts.name(), facts.hostOrganisation(), facts.audience()}) {
            if (text != null && text.length() > MAX_TEXT) {
                return problem("outcomes.refused.tooLong", MAX_TEXT);
            }
        }
        return switch (facts.kind()) {
            case RESOURCE_CENTRE -> blank(facts.name()) ? problem("outcomes.refused.name")
                    : facts.districtId() == null ? problem("outcomes.refused.district")
                    : blank(facts.hostOrganisation()) ? problem("outcomes.refused.host")
                    : facts.legalForm() == null ? problem("outcomes.refused.legalForm") : Optional.empty();
            case ORGANISATION -> blank(facts.name()) ? problem("outcomes.refused.name")
                    : facts.legalForm() != LegalForm.NGO && facts.legalForm() != LegalForm.SMALL_BUSINESS
                    ? problem("outcomes.refused.organisationForm") : Optional.empty();
            case SERVICE -> blank(facts.name()) ? problem("outcomes.refused.name")
                    : blank(facts.audience()) ? problem("outcomes.refused.audience") : Optional.empty();
            case FUNDS -> facts.fundingSource() == null ? problem("outcomes.refused.source")
                    : facts.amountRoubles() == null || facts.amountRoubles() < 1 || facts.amountRoubles() > MAX_ROUBLES
                    ? problem("outcomes.refused.amount", MAX_ROUBLES) : Optional.empty();
            case EVENT -> blank(facts.name()) ? problem("outcomes.refused.name")
                    : facts.peopleReached() == null || facts.peopleReached() < 0 || facts.peopleReached() > MAX_PEOPLE
                    ? problem("outcomes.refused.people", MAX_PEOPLE) : Optional.empty();
        };
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

    private static Optional<Problem> problem(String key, Object... args) {
        return Optional.of(new Problem(key, args));
    }
}
