package ru.ciss.lms.launch;

/**
 * How much to generate. Issue #9 gives the default: 10,000 trainees in 100 cohorts, 500,000 attendance marks and
 * 50,000 submissions; every other count follows the number of trainees in the same proportion, so a small run
 * (300 trainees, 3 cohorts) looks like a slice of the big one. Submissions follow from the programmes: one answer
 * per module (six in the leaders' school, two in social innovations) from those who got that far, about five a
 * trainee.
 */
record GenerationSizes(int trainees, int cohorts) {

    static final int MARKS_PER_TRAINEE = 50;
    static final int TRAINEES_PER_MENTOR = 25;

    GenerationSizes {
        if (trainees < 1 || cohorts < 1 || cohorts > trainees) {
            throw new IllegalArgumentException("Need at least one trainee per cohort: " + trainees + " trainees, "
                    + cohorts + " cohorts");
        }
    }

    static GenerationSizes fromSystemProperties() {
        return new GenerationSizes(Integer.getInteger("lms.generate.trainees", 10_000),
                Integer.getInteger("lms.generate.cohorts", 100));
    }

    int mentors() {
        return Math.max(2, divideUp(trainees, TRAINEES_PER_MENTOR));
    }

    int administrators() {
        return Math.max(2, Math.min(10, trainees / 2_000 + 2));
    }

    /** Employers: about one for every eight trainees, and at least one of each kind in each district. */
    int organisations() {
        return Math.max(33 * 5, trainees / 8);
    }

    int attendanceMarks() {
        return trainees * MARKS_PER_TRAINEE;
    }

    /** Trainees of the i-th cohort (0-based): the remainder goes to the first cohorts, one each. */
    int traineesOf(int cohort) {
        return trainees / cohorts + (cohort < trainees % cohorts ? 1 : 0);
    }

    /** Mentors of one cohort: one for every 25 trainees, at least two (each presentation gets two). */
    int mentorsOf(int cohort) {
        return Math.max(2, divideUp(traineesOf(cohort), TRAINEES_PER_MENTOR));
    }

    static int divideUp(int a, int b) {
        return (a + b - 1) / b;
    }
}
