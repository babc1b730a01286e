package ru.ciss.lms.assignments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ciss.lms.assignments.boundary.ReviewFilter;
import ru.ciss.lms.assignments.boundary.Reviews;
import ru.ciss.lms.assignments.SubmissionState;

/** How many answers wait for the caller's review: the first thing a mentor's home says. */
@Named
@RequestScoped
public class WaitingReviews {

    @Inject
    Reviews reviews;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = reviews.count(new ReviewFilter(null, null, SubmissionState.SUBMITTED));
        }
        return count;
    }
}
