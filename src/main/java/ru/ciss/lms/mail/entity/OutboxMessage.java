package ru.ciss.lms.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * An e-mail the app means to send, rendered in the recipient's language when the event happened. It is written in
 * the event's own transaction, so the event and its message exist both or neither; the sender claims it with an
 * update before sending (see OutboxSender), so two senders never send it twice. Serializable: the outbox page keeps
 * the message it shows in the session, which a cluster copies to the other instances.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private MailKind kind;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(updatable = false)
    private String recipient;

    @Column(name = "recipient_name", updatable = false)
    private String recipientName;

    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String body;

    @Column(name = "dedupe_key", updatable = false)
    private String dedupeKey;

    @Enumerated(EnumType.STRING)
    private OutboxState state = OutboxState.PENDING;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(MailKind kind, Long personId, String recipient, String recipientName, String subject,
                         String body, String dedupeKey) {
        this.kind = kind;
        this.personId = personId;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.subject = subject;
        this.body = body;
        this.dedupeKey = dedupeKey;
        this.createdAt = Instant.now(SchoolClock.current());
        this.nextAttemptAt = createdAt;
    }

    /** The Message-ID every attempt carries, so a receiver can tell a resend after a crash from a new message. */
    public String messageId(String host) {
        return "<outbox-" + id + "." + createdAt.toEpochMilli() + "@" + host + ">";
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OutboxState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
