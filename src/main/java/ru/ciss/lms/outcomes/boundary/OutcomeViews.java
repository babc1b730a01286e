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

    /**
     * An outcome for other systems (the REST API): its facts with enumerations as their names, whether evidence is
     * attached (the file itself stays here), and its version for an ETag.
     */
    public record OutcomeFacts(long id, long personId, long cohortId, String kind, LocalDate happenedOn,
                               Integer districtId, String name, String hostOrganisation, String legalForm,
                               String audience, String fundingSource, Long amountRoubles, Integer peopleReached,
                               String state, boolean hasEvidenceFile, String evidenceUrl, Instant reportedAt,
                               Instant reviewedAt, long version) implements Serializable {

        static OutcomeFacts of(Outcome o) {
            Outcome.Facts f = o.facts();
            return new OutcomeFacts(o.getId(), o.getPersonId(), o.getCohortId(), f.kind().name(), f.happenedOn(),
                    f.districtId(), f.name(), f.hostOrganisation(), f.legalForm() == null ? null : f.legalForm().name(),
                    f.audience(), f.fundingSource() == null ? null : f.fundingSource().name(), f.amountRoubles(),
                    f.peopleReached(), o.getState().name(), o.getEvidenceFileId() != null, o.getEvidenceUrl(),
                    o.getReportedAt(), o.getReviewedAt(), o.getVersion());
        }
    }
}
