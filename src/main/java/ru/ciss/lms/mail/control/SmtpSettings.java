package ru.ciss.lms.mail.control;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to reach the school's SMTP server, read from the {@code lms.smtp.*} configuration keys.
 *
 * <p>{@code username} and {@code password} are {@code null} when the server takes mail without signing in.
 *
 * @param host          the server's host name
 * @param port          its port
 * @param username      the account to sign in with, or {@code null}
 * @param password      its password, or {@code null}
 * @param from          the sender's address (also the envelope sender, where bounces go)
 * @param fromName      the sender's name shown to the reader
 * @param security      how the connection is protected
 * @param timeoutMillis the limit for connecting, and for each read and write, so a stalled server cannot hold the
 *                      sending thread
 */
public record SmtpSettings(String host, int port, String username, String password, String from, String fromName,
        Security security, int timeoutMillis) {

    public static final String HOST = "lms.smtp.host";
    public static final String PORT = "lms.smtp.port";
    public static final String USERNAME = "lms.smtp.username";
    public static final String PASSWORD = "lms.smtp.password";
    public static final String FROM = "lms.smtp.from";
    public static final String FROM_NAME = "lms.smtp.from-name";
    public static final String SECURITY = "lms.smtp.security";
    public static final String TIMEOUT_MS = "lms.smtp.timeout-ms";

    public static final String DEFAULT_FROM_NAME = "Школа лидеров ресурсных центров";
    public static final int DEFAULT_TIMEOUT_MILLIS = 10_000;

    /** How the connection to the server is protected. */
    public enum Security {
        /** Plain SMTP: only for a relay on the same host or a trusted network. */
        NONE(25),
        /** Plain connection upgraded with STARTTLS; refused if the server cannot upgrade, so no password goes in clear. */
        STARTTLS(587),
        /** TLS from the first byte ("SMTPS"). */
        SSL(465);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        /** The port servers usually listen on for this kind of connection. */
        public int defaultPort() {
            return defaultPort;
        }
    }

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The SMTP host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("The SMTP port must be within 1..65535, was " + port);
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromName, "fromName");
        Objects.requireNonNull(security, "security");
        if (timeoutMillis < 1) {
            throw new IllegalArgumentException("The SMTP timeout must be positive, was " + timeoutMillis);
        }
    }

    /**
     * The settings from the configuration, or empty when {@code lms.smtp.host} is absent or blank: then no mail is
     * sent and it waits in the outbox.
     *
     * @param config the value of a key, e.g. {@code key -> config.getOptionalValue(key, String.class)}
     * @throws IllegalArgumentException when a value is invalid or {@code lms.smtp.from} is missing, naming the key,
     *                                  so a wrong setting stops the start-up instead of every later send
     */
    public static Optional<SmtpSettings> of(Function<String, Optional<String>> config) {
        Optional<String> host = value(config, HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Security security = value(config, SECURITY).map(SmtpSettings::security).orElse(Security.NONE);
        int port = value(config, PORT).map(p -> number(PORT, p, 65_535)).orElse(security.defaultPort());
        String username = value(config, USERNAME).orElse(null);
        // A password is not trimmed: spaces at its ends may belong to it.
        String password = config.apply(PASSWORD).filter(p -> !p.isEmpty()).orElse(null);
        if (password != null && username == null) {
            throw new IllegalArgumentException(PASSWORD + " is set but " + USERNAME + " is not: set both to sign in");
        }
        String from = value(config, FROM).orElseThrow(() -> new IllegalArgumentException(
                FROM + " (the sender's address) is required when " + HOST + " is set"));
        checkAddress(from);
        String fromName = value(config, FROM_NAME).orElse(DEFAULT_FROM_NAME);
        int timeout = value(config, TIMEOUT_MS).map(t -> number(TIMEOUT_MS, t, Integer.MAX_VALUE))
                .orElse(DEFAULT_TIMEOUT_MILLIS);
        return Optional.of(new SmtpSettings(host.get(), port, username, password, from, fromName, security, timeout));
    }

    /** Whether the sender signs in to the server. */
    public boolean authenticates() {
        return username != null;
    }

    /** Like the record's own, but without the password, since settings end up in logs. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", username=" + username
                + ", password=" + (password == null ? "(none)" : "***") + ", from=" + from + ", fromName=" + fromName
                + ", security=" + security + ", timeoutMillis=" + timeoutMillis + "]";
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Security security(String value) {
        try {
            return Security.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    SECURITY + " must be NONE, STARTTLS or SSL, was '" + value + "'", e);
        }
    }

    private static int number(String key, String value, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number within 1.." + max + ", was '" + value + "'", e);
        }
        if (n < 1 || n > max) {
            throw new IllegalArgumentException(key + " must be within 1.." + max + ", was " + n);
        }
        return n;
    }

    private static void checkAddress(String from) {
        String problem = FROM + " must be a plain e-mail address (the name goes to " + FROM_NAME + "), was '" + from + "'";
        try {
            InternetAddress parsed = new InternetAddress(from, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(from)) {
                throw new IllegalArgumentException(problem);
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException(problem, e);
        }
    }
}
