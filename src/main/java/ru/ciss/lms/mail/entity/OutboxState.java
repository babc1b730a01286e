package ru.ciss.lms.mail.entity;

/** Where a message of the outbox is: waiting (perhaps for a retry), handed to the SMTP server, or given up. */
public enum OutboxState {
    PENDING, SENT, FAILED
}
