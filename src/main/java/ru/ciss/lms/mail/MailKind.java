package ru.ciss.lms.mail;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of message the school sends, each with the values its text needs (see {@link MailText}).
 *
 * <p>A mandatory kind is one the person cannot act without (an activation link, work sent back); an optional one is
 * news they can also find on the site, so they may switch it off, and its text says where ({@code settingsUrl}).
 */
public enum MailKind {

    /** To a new user: the link that sets the first password. */
    ACTIVATION_LINK(false, "name", "link", "validUntil"),
    /** To a mentor: a trainee sent a new version of their work. */
    SUBMISSION_RECEIVED(true, "name", "trainee", "module", "version", "link"),
    /** To a trainee: the work needs changes before it can be accepted. */
    RETURNED_FOR_REVISION(false, "name", "module", "reviewer", "comment", "link"),
    /** To a trainee: the work was accepted, or a reviewer wrote a comment on it. */
    FEEDBACK_GIVEN(true, "name", "module", "reviewer", "decision", "comment", "link"),
    /** To a trainee: the work for a module is due soon and not sent yet. */
    DUE_SOON(true, "name", "module", "due", "link"),
    /** To a trainee: their attendance is below the cohort's rule. */
    ATTENDANCE_BELOW_RULE(true, "name", "cohort", "rate", "required", "link"),
    /** To a trainee: their certificate was issued (or reissued) and can be downloaded. */
    CERTIFICATE_ISSUED(false, "name", "programme", "number", "link", "verifyUrl"),
    /** To a graduate: 3, 6 and 12 months after their cohort ended, please tell the school what you achieved. */
    OUTCOME_REMINDER(true, "name", "cohort", "months", "link"),
    /** To a cohort's trainees and mentors: a coming session day was moved, cancelled, restored or removed. */
    SCHEDULE_CHANGED(false, "name", "cohort", "session", "change", "link"),
    /** To a mentor: presentations of a cohort were allocated to them for scoring (never naming the trainees). */
    PRESENTATION_ALLOCATED(true, "name", "cohort", "count", "link"),
    /** To a trainee: an administrator returned their plan of a resource centre for changes. */
    PLAN_RETURNED(false, "name", "cohort", "reviewer", "comment", "link"),
    /** To a trainee: the cohort's presentation results were released and theirs can be read. */
    PRESENTATION_RESULT_RELEASED(true, "name", "cohort", "link"),
    /** To a graduate: their certificate was revoked, with the reason the verification page shows. */
    CERTIFICATE_REVOKED(false, "name", "programme", "number", "reason", "verifyUrl"),
    /** To a graduate: an administrator asked them to clarify an outcome they reported. */
    OUTCOME_QUESTIONED(false, "name", "outcome", "reviewer", "comment", "link"),
    /** To a trainee: the decision on their work was taken back by its reviewer; the work waits for review again. */
    DECISION_WITHDRAWN(false, "name", "module", "reviewer", "decision", "link");

    /** The value every optional kind needs for the line on how to switch it off. */
    public static final String SETTINGS_URL = "settingsUrl";

    private final boolean optional;
    private final Set<String> placeholders;

    MailKind(boolean optional, String... names) {
        this.optional = optional;
        Set<String> all = new LinkedHashSet<>(List.of(names));
        if (optional) {
            all.add(SETTINGS_URL);
        }
        this.placeholders = Collections.unmodifiableSet(all);
    }

    /** Whether the person may switch this kind of message off. */
    public boolean optional() {
        return optional;
    }

    /** The names of the values {@link MailText#render} needs for this kind, {@link #SETTINGS_URL} included. */
    public Set<String> placeholders() {
        return placeholders;
    }
}
