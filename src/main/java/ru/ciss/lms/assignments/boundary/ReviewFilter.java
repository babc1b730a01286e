package ru.ciss.lms.assignments.boundary;

import java.io.Serializable;
import ru.ciss.lms.assignments.SubmissionState;

/** The review queue's filters; null means any. */
public record ReviewFilter(Long moduleId, Integer districtId, SubmissionState state) implements Serializable {
}
