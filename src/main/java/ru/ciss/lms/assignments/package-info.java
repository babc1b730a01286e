/**
 * Assignments of a cohort's modules: due dates and the late rule, the trainee's answer as a draft and numbered
 * versions with files, the mentors' review queue and decisions (accept, return with a comment and files), the
 * due-soon reminders. Others learn which answers were accepted through {@link
 * ru.ciss.lms.assignments.boundary.AcceptedWork}; {@link ru.ciss.lms.assignments.SubmissionState} is its vocabulary.
 */
package ru.ciss.lms.assignments;
