package ru.ciss.lms.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.outcomes.control.Graduates;
import ru.ciss.lms.outcomes.control.OutcomeRecorder;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;

/** A graduate's own outcomes: reporting one with evidence, correcting one not yet confirmed, reading them back. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.TRAINEE_NAME)
public class MyOutcomes {

    @Inject
    Caller caller;

    @Inject
    Graduates graduates;

    @Inject
    OutcomeRecorder recorder;

    @Inject
    OutcomeRows rows;

    public List<Graduates.Graduation> graduations() {
        return graduates.of(caller.id());
    }

    public List<OutcomeViews.Row> mine() {
        return rows.ofPerson(caller.id());
    }

    /** @param outcomeId null for a new one; a graduate corrects only their own, and not after confirmation */
    public long report(long cohortId, Long outcomeId, long seenVersion, Outcome.Facts facts, IncomingFile evidence,
                       String link) {
        return recorder.record(caller.id(), cohortId, outcomeId, seenVersion, facts, evidence, link, caller.id()).getId();
    }

}
