package ru.ciss.lms.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.outcomes.OutcomeRefusedException;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.outcomes.entity.OutcomeState;
import ru.ciss.lms.platform.rules.Flush;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Writes an outcome for a graduate, whoever reports it (the graduate, or an administrator for them), in the caller's
 * transaction: the rules first, then the evidence into the file store, then the row. A refusal saves nothing.
 */
@ApplicationScoped
public class OutcomeRecorder {

    /** Evidence people have: scans and photos of documents, and the documents themselves. */
    static final Set<FileType> EVIDENCE_TYPES = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX,
            FileType.DOC, FileType.ODT, FileType.XLSX, FileType.XLS, FileType.ODS);

    @PersistenceContext
    EntityManager em;

    @Inject
    Graduates graduates;

    @Inject
    FileStore files;

    /**
     * @param outcomeId null for a new one; otherwise the one to correct, which must be this graduate's and not
     *                  confirmed yet, at the version the form was opened with
     */
    public Outcome record(long personId, long cohortId, Long outcomeId, long seenVersion, Outcome.Facts facts,
                          IncomingFile evidence, String link, long by) {
        Graduates.Graduation graduation = graduates.of(personId, cohortId)
                .orElseThrow(() -> new OutcomeRefusedException("outcomes.refused.notGraduate"));
        LocalDate today = LocalDate.now(SchoolClock.current());
        List<RefusedException.Problem> problems = new ArrayList<>(
                OutcomeRules.all(facts, graduation.cohortStartsOn(), today));
        String url = link == null || link.isBlank() ? null : link.strip();
        if (url != null && !OutcomeRules.isWebLink(url)) {
            problems.add(new RefusedException.Problem("link", "outcomes.refused.link"));
        }
        Outcome outcome = outcomeId == null ? new Outcome(personId, cohortId) : editable(personId, outcomeId, seenVersion);
        // The evidence with the other fields, so the person learns everything at once: none given, or a file that
        // is refused already by its name or size (its content is checked when it is taken, below).
        if (evidence == null && url == null && !outcome.hasEvidence()) {
            problems.add(new RefusedException.Problem("file", "outcomes.refused.evidence"));
        } else if (evidence != null) {
            Object[] early = files.precheck(evidence.name(), evidence.size(), EVIDENCE_TYPES);
            if (early != null) {
                problems.add(new RefusedException.Problem("file", (String) early[0],
                        java.util.Arrays.copyOfRange(early, 1, early.length)));
            }
        }
        if (!problems.isEmpty()) {
            throw new OutcomeRefusedException("outcomes.refused.fields", problems); // everything at once, each at its field
        }
        outcome.report(facts, by, Instant.now(SchoolClock.current()));
        if (url != null) {
            outcome.evidenceLink(url);
        }
        if (evidence != null) {
            if (evidence.size() > files.maxFileBytes()) {
                throw new OutcomeRefusedException("files.refused.TOO_LARGE", evidence.name(), files.maxFileMb());
            }
            try (InputStream in = evidence.open()) {
                FileStore.Upload upload = files.accept(in, evidence.name(), EVIDENCE_TYPES);
                outcome.evidenceFile(upload.stored().id(), upload.name(), upload.type(), upload.stored().size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (outcomeId == null) {
            em.persist(outcome);
        }
        Flush.orRefuse(em, () -> new OutcomeRefusedException("outcomes.refused.changed"));
        return outcome;
    }

    private Outcome editable(long personId, long outcomeId, long seenVersion) {
        Outcome outcome = em.find(Outcome.class, outcomeId);
        if (outcome == null || outcome.getPersonId() != personId) {
            throw new OutcomeRefusedException("outcomes.notFound");
        }
        if (outcome.getState() == OutcomeState.CONFIRMED) {
            throw new OutcomeRefusedException("outcomes.refused.confirmed");
        }
        if (outcome.getVersion() != seenVersion) {
            throw new OutcomeRefusedException("outcomes.refused.changed");
        }
        return outcome;
    }
}
