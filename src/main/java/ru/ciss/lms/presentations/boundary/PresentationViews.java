package ru.ciss.lms.presentations.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.ciss.lms.presentations.entity.Presentation;
import ru.ciss.lms.presentations.PlanState;

/**
 * What the presentation pages show, read in one go by the boundaries. The rows a page keeps are Serializable:
 * view-scoped pages keep them in the session, which a cluster copies to the other instances.
 */
public final class PresentationViews {

    private PresentationViews() {
    }

    /** The trainee's own presentation page. {@code version} is -1 before the first save. */
    public record MyPresentation(long cohortId, String cohortName, String briefTitle, String briefMarkdown,
            Instant dueAt, boolean closed, PlanState state, long version, Presentation.Plan plan, Long presentationId,
            String slidesName, Long slidesSize, String returnedComment, MyResult result, boolean scoringBlind)
            implements Serializable {
    }

    /** Released results: the score that counts, pass or fail, and the mentors' comments (without their names). */
    public record MyResult(double percent, int thresholdPercent, boolean passed, List<String> comments) implements Serializable {
    }

    /**
     * A row of a mentor's queue. Blind scoring (the default): the trainee's name, district and cohort are null and
     * the row is known by its code only.
     */
    public record QueueRow(long presentationId, String code, String traineeName, String districtName,
            String cohortName, PlanState state, boolean scored, boolean submitted) {

        /** What the mentor knows the presentation by: the name when scoring is open, else the code. */
        public String title() {
            return traineeName == null ? code : traineeName;
        }
    }

    /** A rubric criterion as the scoring form shows it. */
    public record Criterion(String code, String title, int weight, List<String> levels) implements Serializable {
    }

    /** Another mentor's submitted score, shown after one's own is submitted. */
    public record OtherScore(String mentorName, double totalPercent, java.util.Map<String, Integer> scores,
            String comment) implements Serializable {
    }

    /**
     * The scoring page of one presentation for one mentor; blind: name, district and cohort are null (QueueRow).
     * {@code hostKindKey} is no longer used (always null): the plan's answers carry their own labels since each
     * programme has its own final-work form.
     */
    public record ScoringSheet(long presentationId, String code, String traineeName, String districtName, String cohortName,
            PlanState planState, Presentation.Plan plan, String hostKindKey, String slidesName, Long slidesSize,
            int scaleMax, List<Criterion> criteria, java.util.Map<String, Integer> myScores, String myComment,
            long scoreVersion, boolean submitted, Double myTotal, List<OtherScore> others) implements Serializable {

        public String title() {
            return traineeName == null ? code : traineeName;
        }
    }

    /** A row of the administrators' list of a cohort's presentations. */
    public record AdminRow(long presentationId, String code, long personId, String traineeName, String districtName,
            String organisationName, PlanState state, Instant submittedAt, List<MentorRef> mentors,
            int scoresSubmitted, Double finalPercent, boolean flagged, Double moderatedPercent, boolean passed,
            long version) implements Serializable {
    }

    /** A line of a presentation's audit trail as administrators read it: who, and the scores by criterion title. */
    public record TrailRow(java.time.Instant changedAt, ru.ciss.lms.presentations.entity.ScoreChange.Kind kind,
                           String actor, String detail) implements Serializable {
    }

    public record MentorRef(long id, String name, boolean submitted, Double totalPercent) implements Serializable {
    }

    /** A mentor of the cohort with the number of presentations allocated to them there. */
    public record Workload(long mentorId, String name, String organisationName, String districtName, int allocated,
            int submitted) implements Serializable {
    }
}
