package ru.ciss.lms.enrolment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.platform.text.TextFormat;

/** Every problem a roster can have, and every field it names, has a Russian and an English text that formats. */
class RosterProblemTextsTest {

    @Test
    void everyProblemAndFieldHasATextInBothLanguages() {
        for (String language : new String[] {"ru", "en"}) {
            ResourceBundle texts = ResourceBundle.getBundle("ru.ciss.lms.i18n.Text", Locale.forLanguageTag(language));
            assertEquals(language, texts.getLocale().getLanguage());
            for (String key : RosterProblem.KEYS) {
                assertTrue(texts.containsKey(key), language + ": " + key);
                String formatted = TextFormat.format(texts.getString(key), Locale.forLanguageTag(language),
                        7, 2500, 3); // numbers fit every placeholder, text, number or count
                assertTrue(!formatted.contains("{"), language + ": " + key + " leaves a placeholder: " + formatted);
            }
            for (String field : new String[] {"surname", "givenName", "patronymic", "email", "phone", "district",
                    "organisation", "organisationKind", "position", "enrolledOn"}) {
                assertTrue(texts.containsKey("enrolment.field." + field), language + ": " + field);
            }
        }
    }
}
