package ru.ciss.lms.mail.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.ciss.lms.mail.control.SmtpSettings.Security;

class SmtpSenderTest {

    private static final String USER = "lms";
    private static final String PASSWORD = "s3cret";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("lms@lms.local", USER, PASSWORD));

    private static SmtpSettings settings(int port, String username, String password, int timeoutMillis) {
        return new SmtpSettings("127.0.0.1", port, username, password, "noreply@lms.local",
                "Школа лидеров ресурсных центров", Security.NONE, timeoutMillis);
    }

    private static SmtpSender toGreenMail(String password) {
        return new SmtpSender(settings(GREEN_MAIL.getSmtp().getPort(), USER, password, 5_000));
    }

    private static OutgoingMail mail(String to) {
        return new OutgoingMail("<outbox-42.7f3a@lms.local>", to, "Иван Петрович Сидоров",
                "Работа по модулю «Команда» возвращена на доработку",
                "Здравствуйте, Иван Петрович!\n\nСсылка:\nhttps://lms.example.org/work/42\n\n-- \nШкола лидеров");
    }

    @Test
    void aRussianMessageArrivesIntact() throws Exception {
        OutgoingMail sent = mail("ivanov@example.org");
        toGreenMail(PASSWORD).send(sent);

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage m = received[0];
        assertEquals(sent.subject(), m.getSubject());
        assertTrue(m.getHeader("Subject")[0].startsWith("=?UTF-8?"), "encoded, not raw 8-bit: " + m.getHeader("Subject")[0]);
        assertTrue(m.getContentType().toLowerCase(Locale.ROOT).startsWith("text/plain; charset=utf-8"), m.getContentType());
        assertEquals(sent.body(), ((String) m.getContent()).replace("\r\n", "\n"));

        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertEquals("noreply@lms.local", from.getAddress());
        assertEquals("Школа лидеров ресурсных центров", from.getPersonal());
        InternetAddress to = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("ivanov@example.org", to.getAddress());
        assertEquals("Иван Петрович Сидоров", to.getPersonal());

        assertEquals("<outbox-42.7f3a@lms.local>", m.getMessageID());
        assertNotNull(m.getSentDate());
        assertArrayEquals(new String[] {"auto-generated"}, m.getHeader("Auto-Submitted"));
    }

    @Test
    void aResendCarriesTheSameMessageId() throws Exception {
        SmtpSender sender = toGreenMail(PASSWORD);
        sender.send(mail("ivanov@example.org"));
        sender.send(mail("ivanov@example.org"));

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertEquals(2, received.length);
        assertEquals(received[0].getMessageID(), received[1].getMessageID());
    }

    @Test
    void aMalformedAddressIsPermanentAndNeverSent() {
        for (String bad : new String[] {"ivanov@", "ivanov example.org", "a@example.org, b@example.org",
                "a@example.org\r\nBcc: c@example.org"}) {
            MailFailure failure = assertThrows(MailFailure.class, () -> toGreenMail(PASSWORD).send(mail(bad)), bad);
            assertTrue(failure.permanent(), bad);
        }
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void aWrongPasswordIsWorthRetryingOnceFixed() {
        MailFailure failure = assertThrows(MailFailure.class, () -> toGreenMail("wrong").send(mail("ivanov@example.org")));
        assertFalse(failure.permanent());
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void aClosedPortIsTemporary() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        SmtpSender sender = new SmtpSender(settings(closed, null, null, 2_000));
        MailFailure failure = assertThrows(MailFailure.class, () -> sender.send(mail("ivanov@example.org")));
        assertFalse(failure.permanent());
        assertTrue(failure.getMessage().contains("127.0.0.1:" + closed), failure.getMessage());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerThatNeverAnswersTimesOut() throws IOException {
        // The kernel completes the connection, but nobody reads or greets: without a read timeout this hangs.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SmtpSender sender = new SmtpSender(settings(silent.getLocalPort(), null, null, 500));
            MailFailure failure = assertThrows(MailFailure.class, () -> sender.send(mail("ivanov@example.org")));
            assertFalse(failure.permanent());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRecipientRefusedWith5xxIsPermanent() throws Exception {
        try (ScriptedServer server = new ScriptedServer("550 5.1.1 No such user here")) {
            MailFailure failure = assertThrows(MailFailure.class, () -> server.sender().send(mail("nobody@example.org")));
            assertTrue(failure.permanent(), failure.getMessage());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRecipientDeferredWith4xxIsTemporary() throws Exception {
        try (ScriptedServer server = new ScriptedServer("450 4.2.1 Mailbox busy, try again later")) {
            MailFailure failure = assertThrows(MailFailure.class, () -> server.sender().send(mail("busy@example.org")));
            assertFalse(failure.permanent(), failure.getMessage());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMessageCountsAsAcceptedAtTheServers250NotAfterQuit() throws Exception {
        // The server takes the message at once, then takes four seconds to answer QUIT (slow, or dying).
        try (ScriptedServer server = new ScriptedServer("250 2.1.5 OK", 4_000)) {
            java.util.concurrent.CountDownLatch accepted = new java.util.concurrent.CountDownLatch(1);
            Thread sending = Thread.ofPlatform().start(() -> {
                try {
                    server.sender().send(mail("ivanov@example.org"), accepted::countDown);
                } catch (MailFailure e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(accepted.await(2, TimeUnit.SECONDS), "recorded as sent while QUIT is still waiting for its answer");
            assertTrue(sending.isAlive(), "the QUIT exchange is still going on");
            sending.join(10_000);
        }
    }

    @Test
    void startTlsIsRequiredAndTheCertificateMustNameTheHost() {
        Properties p = SmtpSender.properties(new SmtpSettings("smtp.example.org", 587, "lms", "x", "a@b.org", "n",
                Security.STARTTLS, 3_000));
        assertEquals("true", p.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", p.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", p.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertEquals("true", p.getProperty("mail.smtp.auth"));
        assertEquals("3000", p.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("3000", p.getProperty("mail.smtp.timeout"));

        Properties ssl = SmtpSender.properties(new SmtpSettings("smtp.example.org", 465, null, null, "a@b.org", "n",
                Security.SSL, 3_000));
        assertEquals("true", ssl.getProperty("mail.smtp.ssl.enable"));
        assertEquals("false", ssl.getProperty("mail.smtp.auth"));
    }

    /**
     * One SMTP conversation that goes as far as RCPT TO and answers it with the given reply: GreenMail takes every
     * recipient, so the server's refusals are played here.
     */
    private static final class ScriptedServer implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread thread;

        private final long quitDelayMillis;

        ScriptedServer(String rcptReply) throws IOException {
            this(rcptReply, 0);
        }

        ScriptedServer(String rcptReply, long quitDelayMillis) throws IOException {
            this.quitDelayMillis = quitDelayMillis;
            socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = Thread.ofPlatform().daemon().start(() -> serve(rcptReply));
        }

        SmtpSender sender() {
            return new SmtpSender(settings(socket.getLocalPort(), null, null, 5_000));
        }

        private void serve(String rcptReply) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(10_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
                reply(out, "220 scripted ESMTP");
                for (String line; (line = in.readLine()) != null; ) {
                    String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                    switch (command) {
                        case "EHLO", "HELO" -> reply(out, "250 scripted");
                        case "MAIL", "RSET", "NOOP" -> reply(out, "250 2.0.0 OK");
                        case "RCPT" -> reply(out, rcptReply);
                        case "DATA" -> {
                            reply(out, "354 End data with <CR><LF>.<CR><LF>");
                            for (String data; (data = in.readLine()) != null && !data.equals("."); ) {
                                // the message itself is not looked at here
                            }
                            reply(out, "250 2.0.0 Queued");
                        }
                        case "QUIT" -> {
                            sleep(quitDelayMillis);
                            reply(out, "221 2.0.0 Bye");
                            return;
                        }
                        default -> reply(out, "502 5.5.1 Not in this script");
                    }
                }
            } catch (IOException e) {
                // The test failed or ended; its assertions tell what went wrong.
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void reply(Writer out, String line) throws IOException {
            out.write(line + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(5_000);
        }
    }
}
