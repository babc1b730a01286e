package ru.ciss.lms.assignments.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.ciss.lms.assignments.entity.AssignmentDue;
import ru.ciss.lms.assignments.entity.Decision;
import ru.ciss.lms.assignments.entity.LateRule;
import ru.ciss.lms.assignments.entity.SubmissionFile;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.assignments.SubmissionState;
import ru.ciss.lms.platform.time.SchoolClock;

/** What the assignment pages show, as plain values, so no page can lazily load more than its boundary did. */
public final class AssignmentViews {

    private AssignmentViews() {
    }

    public record FileView(long id, String name, FileType type, long size, Instant uploadedAt) implements Serializable {
        public static FileView of(SubmissionFile file) {
            return new FileView(file.getId(), file.getName(), file.getType(), file.getSize(), file.getUploadedAt());
        }

        public boolean inline() {
            return type.inline();
        }

        /** "1,2 МБ" or "350 КБ": people judge a download on a weak line by this. */
        public String sizeText() {
            return size >= 1024 * 1024 ? String.format(new java.util.Locale("ru"), "%.1f МБ", size / 1048576.0)
                    : Math.max(1, (size + 1023) / 1024) + " КБ";
        }
    }

    public record VersionView(long id, int number, String text, Instant submittedAt, boolean late, Decision decision,
                              String reviewer, Instant decidedAt, String comment, Integer score,
                              List<FileView> answerFiles, List<FileView> feedbackFiles) implements Serializable {
    }

    /** A decision taken back: what it was and when, who had taken it, who took it back and when. */
    public record Withdrawal(Decision decision, Instant decidedAt, String decidedBy, String withdrawnBy,
                             Instant withdrawnAt) implements Serializable {
    }

    /** The trainee's assignment page. Submission fields are null before the first draft is saved. */
    public record MyAssignment(long cohortId, long moduleId, int modulePosition, String moduleTitle, String assignmentTitle,
                               String briefMarkdown, String cohortName, Instant dueAt, Instant closesAt,
                               boolean closed, SubmissionState state, long submissionVersion, String draftText,
                               List<FileView> draftFiles, List<VersionView> versions, long draftBytes)
            implements Serializable {

        public boolean editable() {
            return !closed && (state == null || state == SubmissionState.DRAFT || state == SubmissionState.RETURNED);
        }

        public boolean overdue() {
            return dueAt != null && Instant.now(SchoolClock.current()).isAfter(dueAt) && !submittedOrAccepted();
        }

        private boolean submittedOrAccepted() {
            return state == SubmissionState.SUBMITTED || state == SubmissionState.ACCEPTED;
        }
    }

    /** One line of the trainee's home: a module's assignment in one of their cohorts, its state and due date. */
    public record HomeRow(long cohortId, String cohortName, long moduleId, int position, String moduleTitle, SubmissionState state, Instant dueAt)
            implements Serializable {

        /** Still the trainee's to do: neither submitted (waiting for review) nor accepted. */
        public boolean toDo() {
            return state != SubmissionState.SUBMITTED && state != SubmissionState.ACCEPTED;
        }

        public boolean overdue() {
            return dueAt != null && Instant.now(SchoolClock.current()).isAfter(dueAt)
                    && state != SubmissionState.SUBMITTED && state != SubmissionState.ACCEPTED;
        }

        /** Due within two days and still to do: shown as a warning before it is overdue. */
        public boolean dueSoon() {
            return dueAt != null && !overdue() && state != SubmissionState.SUBMITTED
                    && state != SubmissionState.ACCEPTED && Instant.now(SchoolClock.current()).plusSeconds(48 * 3600).isAfter(dueAt);
        }
    }

    /**
     * A criterion of the programme's rubric, shown on the review of an assignment that is a draft of the final work
     * (assignment.md: {@code rubric: true}) for guidance: the levels a mentor will score at the defence.
     */
    public record RubricGuide(String title, int weight, List<String> levels) implements Serializable {
    }

    /** One line of a reviewer's queue. */
    public record QueueRow(long submissionId, String trainee, String district, String cohort, int modulePosition,
                           String module, int version, Instant submittedAt, boolean late, SubmissionState state)
            implements Serializable {
    }

    /** What a reviewer sees of one submission. */
    public record ReviewCase(long submissionId, long submissionVersion, String trainee, String district,
                             String organisation, String cohort, String moduleTitle, String assignmentTitle,
                             Instant dueAt, SubmissionState state, List<VersionView> versions,
                             List<RubricGuide> rubric, boolean withdrawable, List<Withdrawal> withdrawals)
            implements Serializable {

        public VersionView latest() {
            return versions.isEmpty() ? null : versions.get(0);
        }

        public boolean awaitingDecision() {
            return state == SubmissionState.SUBMITTED;
        }
    }

    /** A module's due date in a cohort, for the administrator's plan. */
    public record DueRow(long moduleId, int position, String moduleTitle, Instant dueAt, LateRule lateRule,
                         Instant cutoffAt, Long dueVersion) implements Serializable {

        static DueRow of(long moduleId, int position, String title, AssignmentDue due) {
            return due == null ? new DueRow(moduleId, position, title, null, null, null, null)
                    : new DueRow(moduleId, position, title, due.getDueAt(), due.getLateRule(), due.getCutoffAt(),
                    due.getVersion());
        }
    }

    /**
     * An answer's metadata for other systems (the REST API): never its text or files. {@code submittedAt} is the
     * latest version's, null for a draft never sent; {@code decidedAt} the latest decision's.
     */
    public record SubmissionFacts(long id, long moduleId, String moduleTitle, long personId, SubmissionState state,
                                  int versions, Instant submittedAt, boolean late, Integer score, Instant decidedAt,
                                  long version) implements Serializable {
    }
}
