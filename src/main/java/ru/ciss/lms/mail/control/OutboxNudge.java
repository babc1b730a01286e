package ru.ciss.lms.mail.control;

/** Fired when a message was queued; observed after the commit, so the sender never sees an uncommitted message. */
public record OutboxNudge() {
}
