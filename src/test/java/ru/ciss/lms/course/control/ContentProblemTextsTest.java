package ru.ciss.lms.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every problem the content reader can report has a text in Russian and in English. */
class ContentProblemTextsTest {

    @Test
    void everyProblemHasARussianAndAnEnglishText() {
        for (String language : new String[] {"ru", "en"}) {
            ResourceBundle texts = ResourceBundle.getBundle("ru.ciss.lms.i18n.Text", Locale.forLanguageTag(language));
            assertEquals(language, texts.getLocale().getLanguage());
            for (String key : ContentProblem.KEYS) {
                assertTrue(texts.containsKey("course.import.problem." + key), language + ": " + key);
            }
        }
    }

    @Test
    void aProblemWithoutATextCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new ContentProblem("x.yaml", 1, "noSuchProblem"));
    }
}
