package ru.ciss.lms.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.MailText;

class MailTextTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    /** A value for each of the kind's placeholders, recognisable in the result. */
    private static Map<String, String> values(MailKind kind) {
        Map<String, String> values = new HashMap<>();
        for (String name : kind.placeholders()) {
            values.put(name, "<" + name + "-value>");
        }
        values.put("name", "Анна Сергеевна");
        if (values.containsKey("months")) {
            values.put("months", "21"); // a count: its plural needs a number
        }
        return values;
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindRendersInRussianAndEnglishWithEveryValue(MailKind kind) {
        for (Locale locale : new Locale[] {RU, Locale.ENGLISH}) {
            MailText.Rendered mail = MailText.render(kind, locale, values(kind));
            String all = mail.subject() + "\n" + mail.body();
            assertFalse(all.contains("{") || all.contains("}"), kind + " " + locale + " left a placeholder:\n" + all);
            assertFalse(mail.subject().isBlank() || mail.subject().contains("\n"), mail.subject());
            for (String name : kind.placeholders()) {
                if (name.equals("months")) {
                    assertTrue(all.contains("21 month") || all.contains("21 месяц"), kind + " " + locale + ": " + all);
                } else if (!name.equals("name")) {
                    assertTrue(all.contains("<" + name + "-value>"), kind + " " + locale + " does not use " + name);
                }
            }
            assertTrue(mail.body().contains("Анна Сергеевна"), mail.body());
            assertEquals(kind.optional(), mail.body().contains("<settingsUrl-value>"),
                    kind + " " + locale + ": only optional kinds say where to switch them off");
        }
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void theTextsUseExactlyTheDeclaredValues(MailKind kind) {
        for (Locale locale : new Locale[] {RU, Locale.ENGLISH}) {
            var texts = MailText.bundle(locale);
            String key = "kind." + kind.name() + ".";
            Set<String> used = new TreeSet<>();
            for (String text : new String[] {texts.getString("greeting"), texts.getString(key + "subject"),
                    texts.getString(key + "body"), texts.getString(key + "why")}) {
                used.addAll(MailText.placeholders(text));
            }
            if (kind.optional()) {
                used.addAll(MailText.placeholders(texts.getString("footer.switchOff")));
            }
            assertEquals(new TreeSet<>(kind.placeholders()), used, kind + " " + locale);
            assertTrue(MailText.placeholders(MailText.label(kind, locale)).isEmpty(), "a label is fixed text");
        }
    }

    @Test
    void russianReadsAsALetterFromTheSchool() {
        MailText.Rendered mail = MailText.render(MailKind.ACTIVATION_LINK, RU,
                Map.of("name", "Иван Петрович", "link", "https://lms.example.org/activate/abc", "validUntil", "05.12.2026"));
        assertTrue(mail.body().startsWith("Здравствуйте, Иван Петрович!\n\n"), mail.body());
        assertTrue(mail.body().contains("\nhttps://lms.example.org/activate/abc\n"), "the link on a line of its own");
        assertTrue(mail.body().contains("05.12.2026"));
        assertTrue(mail.body().contains("С уважением,\nОмский центр инноваций социальной сферы (ЦИСС)\n\n-- \n"
                + "Вы получили это письмо"), "no programme named: signed by the organisation alone\n" + mail.body());
        assertFalse(mail.body().contains("Отключить"), "an activation link cannot be switched off");
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyMailIsSignedByTheProgrammeItConcerns(MailKind kind) {
        for (String programme : new String[] {"Школа социальных инноваций", "Эффективное управление муниципальным образованием"}) {
            Map<String, String> values = values(kind);
            values.put("programme", programme);
            String body = MailText.render(kind, RU, values).body();
            assertTrue(body.contains("С уважением,\nкоманда программы «" + programme + "»,\n"
                    + "Омский центр инноваций социальной сферы (ЦИСС)\n\n-- \n"), body);
            assertFalse(body.contains("Школа лидеров ресурсных центров") || body.contains("Школы лидеров"),
                    "no other school's name in a mail of this programme\n" + body);
            String english = MailText.render(kind, Locale.ENGLISH, values).body();
            assertTrue(english.contains("the team of the programme \"" + programme + "\""), english);
        }
    }

    @Test
    void aBlankProgrammeIsSignedByTheOrganisation() {
        Map<String, String> values = values(MailKind.DUE_SOON);
        values.put("programme", " ");
        String body = MailText.render(MailKind.DUE_SOON, RU, values).body();
        assertTrue(body.contains("С уважением,\nОмский центр инноваций социальной сферы (ЦИСС)\n\n-- \n"), body);
        assertFalse(body.contains("команда программы"), body);
    }

    @Test
    void anOptionalKindSaysWhereToSwitchItOff() {
        Map<String, String> values = values(MailKind.DUE_SOON);
        values.put("settingsUrl", "https://lms.example.org/settings/mail");
        String body = MailText.render(MailKind.DUE_SOON, RU, values).body();
        assertTrue(body.endsWith("Отключить такие письма можно в настройках: https://lms.example.org/settings/mail"), body);
    }

    @Test
    void aMissingValueIsNamed() {
        Map<String, String> values = values(MailKind.FEEDBACK_GIVEN);
        values.remove("comment");
        values.remove("settingsUrl");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MailText.render(MailKind.FEEDBACK_GIVEN, RU, values));
        assertTrue(e.getMessage().contains("comment, settingsUrl"), e.getMessage());
        values.put("comment", null);
        values.put("settingsUrl", "u");
        assertThrows(IllegalArgumentException.class, () -> MailText.render(MailKind.FEEDBACK_GIVEN, RU, values));
    }

    @Test
    void valuesAreInsertedAsTheyAre() {
        Map<String, String> values = values(MailKind.RETURNED_FOR_REVISION);
        values.put("comment", "Раздел {link} пуст, а $1 и \\ остались");
        String body = MailText.render(MailKind.RETURNED_FOR_REVISION, RU, values).body();
        assertTrue(body.contains("Раздел {link} пуст, а $1 и \\ остались"), body);
    }

    @Test
    void otherLanguagesGetRussianAndEnglishGetsEnglish() {
        Map<String, String> values = values(MailKind.DUE_SOON);
        String russian = MailText.render(MailKind.DUE_SOON, RU, values).subject();
        assertEquals(russian, MailText.render(MailKind.DUE_SOON, Locale.GERMAN, values).subject());
        assertEquals(russian, MailText.render(MailKind.DUE_SOON, null, values).subject());
        assertEquals(MailText.render(MailKind.DUE_SOON, Locale.ENGLISH, values).subject(),
                MailText.render(MailKind.DUE_SOON, Locale.UK, values).subject());
        assertNotEquals(russian, MailText.render(MailKind.DUE_SOON, Locale.ENGLISH, values).subject());
        assertEquals("Напоминание о сроке сдачи задания за 48 часов", MailText.label(MailKind.DUE_SOON, RU));
    }

    /** The settings page names every kind it lists; a kind without its words showed «???notices.kind.…???». */
    @ParameterizedTest
    @EnumSource(MailKind.class)
    void theSettingsPageHasWordsForEveryKind(MailKind kind) throws IOException {
        for (String language : new String[] {"ru", "en"}) {
            Properties page = new Properties();
            try (InputStream in = MailTextTest.class.getResourceAsStream("/ru/ciss/lms/i18n/Text_" + language + ".properties")) {
                page.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String words = page.getProperty("notices.kind." + kind);
            assertTrue(words != null && !words.isBlank(), () -> "notices.kind." + kind + " in Text_" + language);
        }
    }

    @Test
    void russianAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("ru"), keys("en"));
    }

    private static Set<String> keys(String language) throws IOException {
        String resource = "/ru/ciss/lms/mail/Mail_" + language + ".properties";
        Properties p = new Properties();
        try (InputStream in = MailTextTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
