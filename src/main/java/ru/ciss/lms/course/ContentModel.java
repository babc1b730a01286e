package ru.ciss.lms.course;

import java.util.List;

/**
 * A programme as read from content/, before it is stored: plain values, each with the file it came from, so the
 * import can say where a problem is and store everything in one transaction.
 */
public final class ContentModel {

    /** @param edition the date the texts are correct for: laws, funds and figures as they stood then */
    public record Programme(String id, String title, String titleEn, String description, java.time.LocalDate edition,
                            int academicHours,
                            CertificateRules certificate, Rubric rubric, List<Module> modules, Brief finalPresentation,
                            FinalWorkForm finalWork) {
    }

    public record CertificateRules(String series, int minAttendancePercent, boolean excusedCountAsAttended,
                                   boolean allAssignmentsRequired, int minScorePercent) {
    }

    /** {@code scoringOpen}: mentors see the trainee's name (rubric.scoring: open); blind by default. */
    public record Rubric(int scaleMax, int disagreementPercent, List<Criterion> criteria, boolean scoringOpen) {

        public Rubric(int scaleMax, int disagreementPercent, List<Criterion> criteria) {
            this(scaleMax, disagreementPercent, criteria, false);
        }
    }

    public record Criterion(String id, String title, String titleEn, int weight, List<String> levelDescriptions) {
    }

    public record Module(String id, String title, String titleEn, int order, String summary, List<Lesson> lessons,
                         List<Question> questions, Brief assignment) {
    }

    public record Lesson(String id, String title, int order, int minutes, String markdown, String file) {
    }

    /** @param scenario a question about a situation to act in (a case), not about a definition */
    public record Question(String id, String lessonId, String text, List<Option> options, String explanation,
                           boolean scenario) {
    }

    public record Option(String text, boolean correct) {
    }

    /**
     * @param rubric an assignment reviewed with the programme's rubric in view (its draft of the final work): the
     *               review page shows the criteria and their levels for guidance
     */
    public record Brief(String id, String title, String markdown, String file, boolean rubric) {
    }

    private ContentModel() {
    }
}
