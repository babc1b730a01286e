package ru.ciss.lms.mail.control;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One plain-text message to one person, as the outbox hands it to {@link SmtpSender}.
 *
 * @param messageId a globally unique Message-ID such as {@code <outbox-123.abc@lms.local>}, chosen by the caller and
 *                  stored with the outbox entry, so that a resend after a lost answer carries the same id and the
 *                  reader's mail program can treat the copies as one message
 * @param to        the recipient's address
 * @param toName    the recipient's name, or {@code null} for the bare address
 * @param subject   the subject; line breaks become spaces, since a header has none
 * @param body      the plain text
 */
public record OutgoingMail(String messageId, String to, String toName, String subject, String body) {

    /** RFC 5322's msg-id, simplified: angle brackets around left@right, nothing that could end the header early. */
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>@\\s]+@[^<>@\\s]+>");

    public OutgoingMail {
        Objects.requireNonNull(messageId, "messageId");
        if (!MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("A Message-ID looks like <unique@host>, was '" + messageId + "'");
        }
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        subject = subject.replaceAll("[\\r\\n]+", " ").strip();
    }
}
