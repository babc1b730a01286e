package ru.ciss.lms.presentations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.course.boundary.CourseFacts.CohortRef;
import ru.ciss.lms.course.boundary.CourseFacts.ProgrammeFacts;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.people.boundary.Consents;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.presentations.control.ScoreAggregation;
import ru.ciss.lms.presentations.entity.Presentation;
import ru.ciss.lms.presentations.entity.PresentationScore;
import ru.ciss.lms.presentations.entity.PresentationSetup;

/**
 * The trainee's side of the final presentation: the plan with its slides, kept as a draft, then submitted and locked;
 * and, once an administrator releases them, the result and the mentors' comments. The trainee is always the caller,
 * so nobody reaches another trainee's plan through this boundary.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.TRAINEE_NAME)
public class Presentations {

    /** Slides: a PDF or a presentation file; anything else is refused whatever the store allows elsewhere. */
    static final Set<FileType> SLIDE_TYPES = EnumSet.of(FileType.PDF, FileType.PPTX, FileType.PPT, FileType.ODP);

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseFacts course;

    @Inject
    Caller caller;

    @Inject
    Consents consents;

    @Inject
    FileStore files;

    @Inject
    PresentationRules rules;

    /**
     * The caller's cohorts, each with a presentation of its own, for the page to be about one of them by its address
     * (issue #19: never «the latest»). Finished ones too: their results stay readable.
     */
    public List<CohortViews.CohortChoice> myCohorts() {
        consents.requirePersonalDataConsent();
        return em.createQuery("SELECT c.id, c.name, p.title FROM CohortMember m JOIN m.cohort c JOIN c.programme p "
                        + "WHERE m.personId = :me AND m.role = ru.ciss.lms.platform.security.Role.TRAINEE "
                        + "AND c.status <> ru.ciss.lms.course.CohortStatus.ARCHIVED ORDER BY c.startsOn DESC, c.id DESC", Object[].class).setParameter("me", caller.id())
                .getResultStream().map(r -> new CohortViews.CohortChoice((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    /** The caller's presentation in the named cohort; "not found" when the caller is not its trainee. */
    public PresentationViews.MyPresentation mine(long cohortId) {
        MyCohort cohort = myCohort(cohortId);
        PresentationSetup setup = rules.setup(cohort.id());
        Presentation p = find(cohort.id());
        PresentationViews.MyResult result = p != null && setup.isReleased() && p.isFinal() ? result(p, cohort) : null;
        return new PresentationViews.MyPresentation(cohort.id(), cohort.name(),
                cohort.programme().finalBriefTitle(), cohort.programme().finalBriefMarkdown(),
                setup.getDueAt(), closed(cohort, setup), p == null ? null : p.getState(), p == null ? -1 : p.getVersion(),
                p == null ? emptyPlan(cohort.programme().finalWork()) : p.plan(cohort.programme().finalWork()), p == null ? null : p.getId(), p == null ? null : p.getSlidesName(),
                p == null ? null : p.getSlidesSize(), p == null ? null : p.getReturnedComment(), result,
                !cohort.programme().scoringOpen());
    }

    /** Keeps the plan as a draft, with new slides when given. Invalid values refuse the whole request. */
    public void save(long cohortId, long seenVersion, Presentation.Plan plan, IncomingFile slides) {
        write(cohortId, seenVersion, plan, slides);
        flush();
    }

    /** Saves what is on the screen and submits it, in one transaction; missing parts refuse it, naming each one. */
    public void submit(long cohortId, long seenVersion, Presentation.Plan plan, IncomingFile slides) {
        Presentation p = write(cohortId, seenVersion, plan, slides);
        List<String> missing = PlanCompleteness.missing(p.plan(myCohort(cohortId).programme().finalWork()),
                p.getSlidesFileId() != null);
        if (!missing.isEmpty()) {
            throw new PlanIncompleteException(missing);
        }
        p.submit(Instant.now(SchoolClock.current()));
        flush();
    }

    private Presentation write(long cohortId, long seenVersion, Presentation.Plan typed, IncomingFile slides) {
        MyCohort cohort = myCohort(cohortId);
        if (closed(cohort, rules.setup(cohort.id()))) {
            throw new PresentationRefusedException("presentation.refused.closed");
        }
        // Checked and stored against the form of the cohort's own programme, whatever form the caller filled in.
        Presentation.Plan plan = new Presentation.Plan(typed.districtId(), cohort.programme().finalWork(),
                typed.answers(), typed.videoUrl());
        List<RefusedException.Problem> invalid = PlanCompleteness.problems(plan);
        if (!invalid.isEmpty()) {
            throw new PresentationRefusedException("presentation.refused.invalid", invalid);
        }
        Presentation p = editable(cohort.id(), seenVersion);
        p.write(plan);
        if (slides != null) {
            if (slides.size() > files.maxFileBytes()) {
                throw new PresentationRefusedException("files.refused.TOO_LARGE", slides.name(), files.maxFileMb());
            }
            try (InputStream in = slides.open()) {
                FileStore.Upload upload = files.accept(in, slides.name(), SLIDE_TYPES);
                p.attachSlides(upload.stored().id(), upload.name(), upload.type(), upload.stored().size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    private Presentation editable(long cohortId, long seenVersion) {
        Presentation p = find(cohortId);
        if (p == null) {
            if (seenVersion != -1) {
                throw new PresentationRefusedException("presentation.refused.changedKept");
            }
            // Two tabs saving a first draft at once: the unique key keeps one row, and both requests use it.
            em.createNativeQuery("INSERT IGNORE INTO presentation (cohort_id, person_id, state, flagged, updated_at, "
                            + "version) VALUES (?, ?, 'DRAFT', FALSE, ?, 0)")
                    .setParameter(1, cohortId).setParameter(2, caller.id())
                    .setParameter(3, java.sql.Timestamp.from(Instant.now(SchoolClock.current()))).executeUpdate();
            p = find(cohortId);
            seenVersion = p.getVersion();
        }
        if (!p.getState().isEditable()) {
            throw new PresentationRefusedException("presentation.refused.locked");
        }
        if (p.getVersion() != seenVersion) {
            throw new PresentationRefusedException("presentation.refused.changedKept");
        }
        return p;
    }

    private PresentationViews.MyResult result(Presentation p, MyCohort cohort) {
        int threshold = cohort.programme().minScorePercent();
        List<String> comments = em.createQuery("SELECT s FROM PresentationScore s WHERE s.presentationId = :p "
                        + "AND s.submittedAt IS NOT NULL ORDER BY s.submittedAt", PresentationScore.class)
                .setParameter("p", p.getId()).getResultStream().map(PresentationScore::getComment)
                .filter(c -> c != null && !c.isBlank()).toList();
        double percent = p.getResultPercent();
        return new PresentationViews.MyResult(percent, threshold, ScoreAggregation.passes(percent, threshold), comments);
    }

    /** The caller's cohort with its programme's rules, read once per request. */
    private record MyCohort(CohortRef ref, ProgrammeFacts programme) {
        long id() {
            return ref.id();
        }

        String name() {
            return ref.name();
        }
    }

    private MyCohort myCohort(long cohortId) {
        consents.requirePersonalDataConsent();
        CohortRef cohort = course.cohortOf(cohortId, caller.id(), Role.TRAINEE)
                .orElseThrow(PresentationNotFoundException::new);
        return new MyCohort(cohort, course.programme(cohort.programmeId()).orElseThrow());
    }

    private static boolean closed(MyCohort cohort, PresentationSetup setup) {
        return !cohort.ref().openForStudy() || setup.isClosed(Instant.now(SchoolClock.current()));
    }

    private Presentation find(long cohortId) {
        return em.createQuery("SELECT p FROM Presentation p WHERE p.cohortId = :c AND p.personId = :me",
                        Presentation.class).setParameter("c", cohortId).setParameter("me", caller.id())
                .getResultStream().findFirst().orElse(null);
    }

    private void flush() {
        rules.flushOrRefuse("presentation.refused.changedKept");
    }


    static Presentation.Plan emptyPlan(ru.ciss.lms.course.FinalWorkForm form) {
        return new Presentation.Plan(null, form, new java.util.LinkedHashMap<>(), null);
    }
}
