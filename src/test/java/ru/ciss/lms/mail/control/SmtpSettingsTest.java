package ru.ciss.lms.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.mail.control.SmtpSettings.Security;

class SmtpSettingsTest {

    private static Optional<SmtpSettings> settings(String... keyThenValue) {
        Map<String, String> config = new HashMap<>();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            config.put(keyThenValue[i], keyThenValue[i + 1]);
        }
        return SmtpSettings.of(key -> Optional.ofNullable(config.get(key)));
    }

    private static IllegalArgumentException invalid(String... keyThenValue) {
        return assertThrows(IllegalArgumentException.class, () -> settings(keyThenValue));
    }

    @Test
    void noHostMeansNoSending() {
        assertTrue(settings().isEmpty());
        assertTrue(settings("lms.smtp.host", "  ", "lms.smtp.from", "school@example.org").isEmpty());
        // Nothing else is read without a host, so half-finished settings do not stop the application.
        assertTrue(settings("lms.smtp.port", "nonsense").isEmpty());
    }

    @Test
    void defaultsForAPlainRelay() {
        SmtpSettings s = settings("lms.smtp.host", " mail.example.org ", "lms.smtp.from", "school@example.org").orElseThrow();
        assertEquals("mail.example.org", s.host());
        assertEquals(25, s.port());
        assertEquals(Security.NONE, s.security());
        assertNull(s.username());
        assertNull(s.password());
        assertFalse(s.authenticates());
        assertEquals("school@example.org", s.from());
        assertEquals("Школа лидеров ресурсных центров", s.fromName());
        assertEquals(10_000, s.timeoutMillis());
    }

    @Test
    void thePortFollowsTheSecurityUnlessGiven() {
        assertEquals(587, settings("lms.smtp.host", "h", "lms.smtp.from", "a@b.org", "lms.smtp.security", "starttls")
                .orElseThrow().port());
        assertEquals(465, settings("lms.smtp.host", "h", "lms.smtp.from", "a@b.org", "lms.smtp.security", "SSL")
                .orElseThrow().port());
        assertEquals(2525, settings("lms.smtp.host", "h", "lms.smtp.from", "a@b.org", "lms.smtp.security", "SSL",
                "lms.smtp.port", "2525").orElseThrow().port());
    }

    @Test
    void everyKeyIsRead() {
        SmtpSettings s = settings("lms.smtp.host", "smtp.example.org", "lms.smtp.port", "2587",
                "lms.smtp.username", "lms", "lms.smtp.password", " secret ", "lms.smtp.from", "noreply@example.org",
                "lms.smtp.from-name", "ЦИСС", "lms.smtp.security", " StartTLS ", "lms.smtp.timeout-ms", "2500")
                .orElseThrow();
        assertEquals(new SmtpSettings("smtp.example.org", 2587, "lms", " secret ", "noreply@example.org", "ЦИСС",
                Security.STARTTLS, 2500), s);
        assertTrue(s.authenticates());
    }

    @Test
    void invalidValuesNameTheKey() {
        String[] base = {"lms.smtp.host", "h", "lms.smtp.from", "a@b.org"};
        assertTrue(invalid(with(base, "lms.smtp.port", "smtp")).getMessage().contains("lms.smtp.port"));
        assertTrue(invalid(with(base, "lms.smtp.port", "0")).getMessage().contains("lms.smtp.port"));
        assertTrue(invalid(with(base, "lms.smtp.port", "65536")).getMessage().contains("lms.smtp.port"));
        IllegalArgumentException security = invalid(with(base, "lms.smtp.security", "TLS"));
        assertTrue(security.getMessage().contains("lms.smtp.security") && security.getMessage().contains("'TLS'"),
                security.getMessage());
        assertTrue(invalid(with(base, "lms.smtp.timeout-ms", "-5")).getMessage().contains("lms.smtp.timeout-ms"));
        assertTrue(invalid(with(base, "lms.smtp.password", "secret")).getMessage().contains("lms.smtp.username"));
    }

    @Test
    void theSenderAddressIsRequiredAndPlain() {
        assertTrue(invalid("lms.smtp.host", "h").getMessage().contains("lms.smtp.from"));
        assertTrue(invalid("lms.smtp.host", "h", "lms.smtp.from", "school").getMessage().contains("lms.smtp.from"));
        assertTrue(invalid("lms.smtp.host", "h", "lms.smtp.from", "School <school@example.org>").getMessage()
                .contains("lms.smtp.from-name"));
    }

    @Test
    void toStringHidesThePassword() {
        SmtpSettings s = new SmtpSettings("h", 25, "lms", "Pa55-w0rd", "a@b.org", "n", Security.NONE, 1000);
        assertFalse(s.toString().contains("Pa55-w0rd"), s.toString());
        assertTrue(s.toString().contains("username=lms"), s.toString());
    }

    private static String[] with(String[] base, String key, String value) {
        String[] all = Arrays.copyOf(base, base.length + 2);
        all[base.length] = key;
        all[base.length + 1] = value;
        return all;
    }
}
