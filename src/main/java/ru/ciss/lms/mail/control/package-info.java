/**
 * The outbox's machinery: SMTP settings from the configuration and the plain SMTP sender (unit-tested against an SMTP
 * server started in the test), the retry schedule ({@code Backoff}), the ledger of state changes in short
 * transactions of their own ({@code OutboxLedger}, an EJB), the timer that sends ({@code OutboxSender}) and the
 * after-commit nudge ({@code OutboxTrigger}). The texts are {@link ru.ciss.lms.mail.MailText}.
 */
package ru.ciss.lms.mail.control;
