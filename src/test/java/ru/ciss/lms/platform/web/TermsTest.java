package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One word for one thing in the Russian texts, as domain.md's glossary has it: a cohort is «поток», the organiser's
 * role «администратор», «занятие» is a lesson, a training block is a «сессия» with its days. The synonyms that crept in
 * are refused here, so they do not come back.
 */
class TermsTest {

    private static final String[] BUNDLES = {"/ru/ciss/lms/i18n/Text_ru.properties",
            "/ru/ciss/lms/i18n/FacesMessages_ru.properties", "/ru/ciss/lms/mail/Mail_ru.properties"};

    /** A banned use, and the word the glossary uses instead. */
    private static final Map<Pattern, String> BANNED = Map.of(
            Pattern.compile("(?iu)куратор"), "администратор",
            // «целевые группы» of a service and an unregistered «инициативная группа» are other things.
            Pattern.compile("(?iu)(?<!целевые |целевых |инициативная |инициативных |незарегистрированные )групп"),
            "поток (a cohort)",
            Pattern.compile("(?iu)(день|дня|дней|расписани\\p{L}*|посещаемость) занят|заняти\\p{L}* «\\{session}"),
            "день сессии / сессия (занятие is a lesson)");

    @Test
    void theRussianTextsUseTheGlossarysWords() throws IOException {
        List<String> found = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties texts = new Properties();
            try (InputStream in = TermsTest.class.getResourceAsStream(bundle)) {
                assertTrue(in != null, bundle);
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Map.Entry<Object, Object> text : new TreeMap<>(texts).entrySet()) {
                BANNED.forEach((banned, instead) -> {
                    if (banned.matcher(text.getValue().toString()).find()) {
                        found.add(bundle + " " + text.getKey() + ": use «" + instead + "»");
                    }
                });
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void theCheckCatchesWhatItBans() {
        assertTrue(BANNED.keySet().stream().filter(p -> p.matcher("Обратитесь к куратору").find()).count() == 1);
        assertTrue(BANNED.keySet().stream().filter(p -> p.matcher("Сертификаты группы").find()).count() == 1);
        assertTrue(BANNED.keySet().stream().filter(p -> p.matcher("внесено позже дня занятия").find()).count() == 1);
        assertTrue(BANNED.keySet().stream().filter(p -> p.matcher("Занятие «{session}» отменено").find()).count() == 1);
        assertTrue(BANNED.keySet().stream().noneMatch(p -> p.matcher("Вопрос ссылается на занятие «{0}»").find()));
        assertTrue(BANNED.keySet().stream().noneMatch(p -> p.matcher("Целевые группы; Изучено занятий: 3").find()));
    }
}
