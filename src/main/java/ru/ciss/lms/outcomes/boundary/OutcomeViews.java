package ru.ciss.lms.outcomes.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.outcomes.entity.OutcomeState;

/** What the outcome pages show; plain records, so the pages never touch entities. */
public final class OutcomeViews {

    private OutcomeViews() {
    }

    /** One outcome with who reported it and its evidence. */
    public record Row(long id, long version, long personId, String graduate, long cohortId, String cohort, Outcome.Facts facts,
                      String district, OutcomeState state, String reviewComment, boolean hasFile, String evidenceName,
                      String evidenceUrl, Instant reportedAt) implements Serializable {

        public LocalDate happenedOn() {
            return facts.happenedOn();
        }

        /** A graduate may correct an outcome until it is confirmed. */
        public boolean correctable() {
            return state != OutcomeState.CONFIRMED;
        }
    }

    /** An outcome figure: what staff confirmed and what graduates only reported so far (the fund's report keeps them apart). */
    public record Split(java.math.BigDecimal confirmed, java.math.BigDecimal reportedOnly) implements Serializable {
    }

    /** The fund report's figures of one programme and period, for other systems (the REST API). */
    public record FundFigures(long programmeId, LocalDate from, LocalDate to, long trained, long graduates,
                              long certificates, Split resourceCentres, Split organisations, Split services,
                              Split roubles, Split events, Split peopleReached) implements Serializable {
    }
}
