/**
 * E-mail through an outbox: {@link ru.ciss.lms.mail.boundary.Notices} queues a message in the transaction of the
 * event it tells about (no event without its message, no message for an event rolled back); the sender delivers it
 * after the commit and retries with back-off, one server per message ({@code control.OutboxLedger}); without SMTP
 * settings administrators read the messages on the outbox page. The kinds of message and their texts ({@link
 * ru.ciss.lms.mail.MailKind}, {@link ru.ciss.lms.mail.MailText}) and the {@link ru.ciss.lms.mail.Recipients} it
 * asks for a person's address (implemented by people) are its vocabulary for others.
 */
package ru.ciss.lms.mail;
