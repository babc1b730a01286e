package ru.ciss.lms.mail.control;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

/** Sends one {@link OutgoingMail} at a time over SMTP with the given settings; one connection per message. */
public final class SmtpSender {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpSettings settings;
    private final Session session;

    public SmtpSender(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        // Our own session, not Session.getDefaultInstance(): that one is shared by the whole JVM and keeps the
        // properties of whoever asked first.
        this.session = Session.getInstance(properties(settings));
    }

    /** The session properties for these settings (package-private for the test). */
    static Properties properties(SmtpSettings settings) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        // The envelope sender: where bounces for undeliverable addresses go.
        p.setProperty("mail.smtp.from", settings.from());
        String timeout = Integer.toString(settings.timeoutMillis());
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.authenticates()));
        switch (settings.security()) {
            case NONE -> {
            }
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                // Without this a server that does not offer STARTTLS would get the password in clear text.
                p.setProperty("mail.smtp.starttls.required", "true");
                // Off by default in Jakarta Mail: without it any certificate from a trusted CA would do, for any host.
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        return p;
    }

    /**
     * Sends the message; returns once the server has accepted it.
     *
     * @throws MailFailure when it was not accepted; {@link MailFailure#permanent()} for a malformed or refused
     *                     recipient address, otherwise the outbox should try again later
     */
    public void send(OutgoingMail mail) throws MailFailure {
        send(mail, () -> { });
    }

    /**
     * Sends the message and runs {@code accepted} as soon as the server has answered the message's data with 250,
     * before the QUIT round trip: the outbox records the message as sent there, so that a crash in the QUIT exchange
     * (which can take a slow server seconds) no longer makes the message go out a second time after the restart.
     */
    public void send(OutgoingMail mail, Runnable accepted) throws MailFailure {
        MimeMessage message = message(mail);
        Transport transport;
        try {
            transport = session.getTransport();
        } catch (MessagingException e) {
            throw new MailFailure("No SMTP transport in this Jakarta Mail implementation", false, e);
        }
        try {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(message, message.getAllRecipients());
            accepted.run();
        } catch (SendFailedException e) {
            // Jakarta Mail files a recipient under "invalid" when the server answered RCPT TO with 5xx (no such
            // user, no such domain); a 4xx answer puts it under "valid unsent", which later attempts may pass.
            Address[] invalid = e.getInvalidAddresses();
            boolean refused = invalid != null && invalid.length > 0;
            throw new MailFailure((refused ? "The server refused the address " : "Could not send to ") + mail.to()
                    + ": " + e.getMessage(), refused, e);
        } catch (MessagingException e) {
            throw new MailFailure("Could not send to " + mail.to() + " through " + settings.host() + ":"
                    + settings.port() + ": " + e.getMessage(), false, e);
        } finally {
            closeQuietly(transport);
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MailFailure {
        InternetAddress to;
        try {
            // Strict parsing: "ivanov@", two addresses or a header break in a stored address never reach the server.
            to = new InternetAddress(mail.to(), true);
            to.validate();
            if (mail.toName() != null && !mail.toName().isBlank()) {
                to.setPersonal(mail.toName(), UTF_8);
            }
        } catch (AddressException e) {
            throw new MailFailure("Not a valid e-mail address: '" + mail.to() + "': " + e.getMessage(), true, e);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        try {
            MimeMessage message = new FixedIdMessage(session, mail.messageId());
            message.setFrom(new InternetAddress(settings.from(), settings.fromName(), UTF_8));
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(mail.subject(), UTF_8);
            message.setText(mail.body(), UTF_8);
            message.setSentDate(new Date());
            // RFC 3834: tells vacation responders and ticket systems not to answer a robot's message.
            message.setHeader("Auto-Submitted", "auto-generated");
            // Transport.sendMessage, unlike Transport.send, does not do this itself; it is where the Message-ID is set.
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            // Nothing here depends on the recipient or the server: a failure is a fault of ours, not worth retrying.
            throw new IllegalStateException("Could not build the message " + mail.messageId(), e);
        }
    }

    /**
     * Once the server accepted the message, a failed QUIT must not make the outbox send it a second time; before that,
     * the failure that matters is already being thrown.
     */
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // see above
        }
    }

    /** A message that keeps the caller's Message-ID instead of making a new one on every saveChanges(). */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
