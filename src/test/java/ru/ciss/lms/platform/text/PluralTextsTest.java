package ru.ciss.lms.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.MailText;

/**
 * Issue #22, point 5: every text with a count says the count in the right form: Russian one/few/many («1 день»,
 * «2 дня», «5 дней», «21 день»), English one/other. Each such text is rendered with 1, 2, 5, 11, 21, 22, 25 and 101.
 */
class PluralTextsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    private static final long[] COUNTS = {1, 2, 5, 11, 21, 22, 25, 101};

    /**
     * The texts with a count, each with the counted word as the text uses it: the argument, Russian one, few and many
     * forms, English one and other. Rendering n must give "n form" in the text.
     */
    private static final List<Counted> COUNTED = List.of(
            new Counted("home.admin.running.limit", 0, "последний созданный идущий поток",
                    "последних созданных идущих потока", "последних созданных идущих потоков",
                    null, "running cohorts created last are shown"),
            new Counted("people.person.attendanceRate", 1, "прошедшего дня", "прошедших дней", "прошедших дней",
                    "day held", "days held"),
            new Counted("course.import.refused", 0, "ошибка", "ошибки", "ошибок", "problem,", "problems,"),
            new Counted("course.import.problem.tooLong", 1, "символа", "символов", "символов", "character.",
                    "characters."),
            new Counted("course.import.problem.questionsPerLesson", 1, "вопрос самопроверки",
                    "вопроса самопроверки", "вопросов самопроверки", "self-check question;", "self-check questions;"),
            new Counted("activation.admin.hint", 0, "день:", "дня:", "дней:", "day:", "days:"),
            new Counted("enrolment.moreProblems", 0, "строка с ошибками", "строки с ошибками", "строк с ошибками",
                    null, "rows with problems are shown"),
            new Counted("enrolment.file.tooManyRows", 0, "строки —", "строк —", "строк —", "row,", "rows,"),
            new Counted("enrolment.row.tooLong", 1, "символа", "символов", "символов", "character", "characters"),
            new Counted("attendance.cancel.reasonTooLong", 0, "символа.", "символов.", "символов.", "character.",
                    "characters."),
            new Counted("attendance.my.summary", 1, "прошедшего дня", "прошедших дней", "прошедших дней", "day held",
                    "days held"),
            new Counted("attendance.my.summary", 4, "дня потока", "дней потока", "дней потока", "day needed",
                    "days needed"),
            new Counted("attendance.checkin.tooManyWrong", 0, "неверный код", "неверных кода", "неверных кодов",
                    "wrong code has", "wrong codes have"),
            new Counted("assignment.refused.tooManyFiles", 0, "файла.", "файлов.", "файлов.", "file.", "files."),
            new Counted("review.refused.commentTooLong", 0, "знака)", "знаков)", "знаков)", "character)",
                    "characters)"),
            new Counted("invitation.refused.days", 0, "дня.", "дней.", "дней.", "day.", "days."),
            new Counted("certificates.rule.attendance.met", 1, "дня (", "дней (", "дней (", "day (", "days ("),
            new Counted("certificates.rule.attendance.notMet", 1, "дня (", "дней (", "дней (", "day (", "days ("),
            new Counted("certificates.rule.attendance.notMet", 4, "день,", "дня,", "дней,", "day,", "days,"),
            new Counted("certificates.rule.attendance.notMet", 5, "день)", "дня)", "дней)", "day)", "days)"),
            new Counted("certificates.rule.attendance.missed", 1, "дня (", "дней (", "дней (", "day (", "days ("),
            new Counted("certificates.bulk.started", 0, "сертификат.", "сертификата.", "сертификатов.",
                    "certificate.", "certificates."),
            new Counted("certificates.refused.reasonTooLong", 0, "знака.", "знаков.", "знаков.", "character.",
                    "characters."),
            new Counted("outcomes.refused.tooLong", 0, "знака.", "знаков.", "знаков.", "character.", "characters."),
            new Counted("outcomes.refused.amount", 0, "рубля.", "рублей.", "рублей.", "rouble.", "roubles."),
            new Counted("presentation.rows.limit", 0, "строки.", "строк.", "строк.", "row.", "rows."),
            new Counted("outcomes.peopleReached", 0, "человек", "человека", "человек", "person", "people"));

    /**
     * A number placeholder followed by a word that agrees with it: such a text must use a plural. Abbreviated units
     * («мин.», «МБ», «%») do not change with the number and are left as they are.
     */
    private static final Pattern RUSSIAN_NUMBER_NOUN = Pattern.compile("\\{[A-Za-z0-9]+}\\s+"
            + "(?:\\p{L}+(?:ых|их|ый|ий|ой|ая|ую|ого|его)\\s+){0,3}"
            + "(?:день|дня|дней|дн\\.|сертификат|ошиб|строк|символ|знак|файл|вопрос|слушател|код|рубл|месяц|мес\\."
            + "|минут|презентац|заняти|модул|балл|человек|наставник|поток|групп|сесси|раз\\b|писем|письм|номер)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ENGLISH_NUMBER_NOUN = Pattern.compile("\\{[A-Za-z0-9]+}\\s+(?:[a-z-]+\\s+){0,1}"
            + "(?:days?|certificates?|problems?|rows?|characters?|files?|questions?|trainees?|codes?|roubles?"
            + "|months?|minutes|presentations?|lessons?|modules?|points|people|mentors?|cohorts?|sessions?|times)\\b");

    @Test
    void everyKnownCountUsesPluralInBothLanguages() throws IOException {
        for (String file : new String[] {"i18n/Text_ru", "i18n/Text_en"}) {
            Properties texts = load(file);
            for (Counted c : COUNTED) {
                assertTrue(TextFormat.pluralArguments(texts.getProperty(c.key)).contains(String.valueOf(c.arg)),
                        file + ": " + c.key + " {" + c.arg + "} has no plural: " + texts.getProperty(c.key));
            }
        }
    }

    @Test
    void noTextPutsANumberBeforeAWordThatAgreesWithItWithoutPlural() throws IOException {
        List<String> found = new ArrayList<>();
        for (String file : new String[] {"i18n/Text_ru", "i18n/Text_en", "mail/Mail_ru", "mail/Mail_en",
                "i18n/FacesMessages_ru", "i18n/FacesMessages_en"}) {
            Pattern numberNoun = file.endsWith("_ru") ? RUSSIAN_NUMBER_NOUN : ENGLISH_NUMBER_NOUN;
            Properties texts = load(file);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                Matcher m = numberNoun.matcher(texts.getProperty(key));
                if (m.find()) {
                    found.add(file + ": " + key + ": …" + m.group() + "…");
                }
            }
        }
        assertEquals(List.of(), found, "write these counts with {n, plural, ...}");
    }

    @Test
    void russianPluralsHaveOneFewManyAndOtherAndEnglishOneAndOther() throws IOException {
        Properties russian = load("i18n/Text_ru");
        Properties english = load("i18n/Text_en");
        int plurals = 0;
        for (String key : new TreeSet<>(russian.stringPropertyNames())) {
            String text = russian.getProperty(key);
            if (!TextFormat.hasPlural(text)) {
                continue;
            }
            plurals++;
            for (Set<String> plural : selectors(text)) {
                assertEquals(Set.of("one", "few", "many", "other"), plural, "ru " + key);
            }
            assertEquals(TextFormat.pluralArguments(text), TextFormat.pluralArguments(english.getProperty(key)),
                    "en " + key + " counts the same values");
            for (Set<String> plural : selectors(english.getProperty(key))) {
                assertEquals(Set.of("one", "other"), plural, "en " + key);
            }
        }
        for (String key : english.stringPropertyNames()) {
            assertEquals(TextFormat.hasPlural(english.getProperty(key)), TextFormat.hasPlural(russian.getProperty(key)),
                    key + ": a plural in English only");
        }
        assertTrue(plurals >= COUNTED.stream().map(Counted::key).distinct().count(), "plurals found: " + plurals);
    }

    @Test
    void everyPluralTextRendersEachCountInBothLanguages() throws IOException {
        for (String language : new String[] {"ru", "en"}) {
            Properties texts = load("i18n/Text_" + language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!TextFormat.hasPlural(text)) {
                    continue;
                }
                for (long n : COUNTS) {
                    String rendered = TextFormat.format(text, Locale.forLanguageTag(language), args(text, n));
                    assertFalse(rendered.contains("{") || rendered.contains("#"), key + ": " + rendered);
                    boolean saysTheNumber = text.contains("#"); // or only the word, the number being beside it
                    assertTrue(!saysTheNumber || rendered.contains(n + " ") || rendered.contains(n + "\u00A0")
                            || (n == 1 && "en".equals(language)), key + " " + n + ": " + rendered);
                }
            }
        }
    }

    @Test
    void eachCountedWordTakesItsFormForEveryCount() throws IOException {
        Properties russian = load("i18n/Text_ru");
        Properties english = load("i18n/Text_en");
        for (Counted c : COUNTED) {
            for (long n : COUNTS) {
                String ru = TextFormat.format(russian.getProperty(c.key), RU, args(c.key, c.arg, n));
                String form = switch (russianCategory(n)) {
                    case "one" -> c.one;
                    case "few" -> c.few;
                    default -> c.many;
                };
                assertTrue(ru.contains(n + " " + form), c.key + " {" + c.arg + "}=" + n + ": «" + form + "» in " + ru);
                String en = TextFormat.format(english.getProperty(c.key), EN, args(c.key, c.arg, n));
                String expected = n == 1 ? (c.enOne == null ? null : "1 " + c.enOne) : n + " " + c.enOther;
                if (expected != null) {
                    assertTrue(en.contains(expected), c.key + " {" + c.arg + "}=" + n + ": «" + expected + "» in " + en);
                }
            }
        }
    }

    @Test
    void someWholeTexts() throws IOException {
        Properties ru = load("i18n/Text_ru");
        Properties en = load("i18n/Text_en");
        String[] trainees = {"слушатель", "слушателя", "слушателей", "слушателей", "слушатель", "слушателя",
                "слушателей", "слушатель"};
        for (int i = 0; i < COUNTS.length; i++) {
            assertEquals(trainees[i], TextFormat.format(ru.getProperty("home.admin.tile.TRAINEE"), RU, COUNTS[i]));
            assertEquals(COUNTS[i] == 1 ? "mentor" : "mentors",
                    TextFormat.format(en.getProperty("home.admin.tile.MENTOR"), EN, COUNTS[i]));
        }
        assertEquals("администраторов", TextFormat.format(ru.getProperty("home.admin.tile.ADMINISTRATOR"), RU, 11));
        assertEquals("The running cohort created last is shown.",
                TextFormat.format(en.getProperty("home.admin.running.limit"), EN, 1));
        assertEquals("Выдача начата: 21 сертификат. Ход выдачи показан ниже; страницу можно не обновлять.",
                TextFormat.format(ru.getProperty("certificates.bulk.started"), RU, 21));
        assertEquals("Issuing started: 1 certificate. Progress is shown below; no need to reload the page.",
                TextFormat.format(en.getProperty("certificates.bulk.started"), EN, 1));
        assertEquals("Посещено 1 из 1 прошедшего дня (100 %); нужно не менее 75 % из 22 дней потока.",
                TextFormat.format(ru.getProperty("attendance.my.summary"), RU, 1, 1, 100, 75, 22));
        assertEquals("Посещено 3 из 5 прошедших дней (60 %); нужно не менее 75 % из 101 дня потока.",
                TextFormat.format(ru.getProperty("attendance.my.summary"), RU, 3, 5, 60, 75, 101));
        assertEquals("Attended 1 of 1 day held (100 %); at least 75 % of the cohort's 22 days needed.",
                TextFormat.format(en.getProperty("attendance.my.summary"), EN, 1, 1, 100, 75, 22));
        assertEquals("В файлах 11 ошибок, поэтому ничего не загружено. Исправьте файлы и загрузите снова.",
                TextFormat.format(ru.getProperty("course.import.refused"), RU, 11));
        assertEquals("К занятию «Устав НКО» 1 вопрос самопроверки, а нужно 2 или 3.",
                TextFormat.format(ru.getProperty("course.import.problem.questionsPerLesson"), RU, "Устав НКО", 1));
        assertEquals("Показана первая 1 строка с ошибками.",
                TextFormat.format(ru.getProperty("enrolment.moreProblems"), RU, 1));
        assertEquals("Сумма — от 1 рубля до 1\u00A0000\u00A0000\u00A0000 рублей.",
                TextFormat.format(ru.getProperty("outcomes.refused.amount"), RU, 1_000_000_000));
    }

    @Test
    void aCountThatComesAsTextStillChoosesItsForm() throws IOException {
        // the outcomes page hands over the people reached already written as a figure
        assertEquals("1\u00A0251 человек", TextFormat.format(load("i18n/Text_ru").getProperty("outcomes.peopleReached"),
                RU, "1\u00A0251"));
        // h:outputFormat's f:param and mail values may hand the count over as a string
        assertEquals("5 дней", TextFormat.format("{0, plural, one{# день} few{# дня} many{# дней} other{# дня}}", RU,
                "5"));
    }

    @Test
    void apostrophesNumbersAndDatesRenderAsBefore() throws IOException {
        Properties en = load("i18n/Text_en");
        // '' is one apostrophe, as before; a lone one is kept (the JDK dropped it and the placeholders after it)
        assertEquals("The cohort's status: running.",
                TextFormat.format(en.getProperty("course.cohort.statusChanged"), EN, "running"));
        assertEquals("The criteria's weights add up to 90; they must add up to 100.",
                TextFormat.format(en.getProperty("course.import.problem.weights"), EN, 90));
        assertTrue(TextFormat.format(en.getProperty("release.refused.flagged"), EN, 2)
                .endsWith("an administrator's decision: 2."));
        // numbers keep the JDK's grouping, and a year passed as text stays as written
        for (Locale locale : new Locale[] {RU, EN}) {
            for (Object value : new Object[] {7, 2026, 1_234_567, 12.5}) {
                assertEquals(new java.text.MessageFormat("{0}", locale).format(new Object[] {value}),
                        TextFormat.format("{0}", locale, value), locale + " " + value);
            }
        }
        assertEquals("Сертификат № ШЛ-2026-0007 выдан.",
                TextFormat.format(load("i18n/Text_ru").getProperty("certificates.issued.one"), RU, "ШЛ-2026-0007"));
        assertEquals("2026-05-01", TextFormat.format("{0}", RU, LocalDate.of(2026, 5, 1)), "toString, as the JDK");
    }

    @Test
    void facesOwnMessagesHaveNoPluralsForTheJdkFormatsThem() throws IOException {
        for (String file : new String[] {"i18n/FacesMessages_ru", "i18n/FacesMessages_en"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(text.contains("plural"), file + ": " + key);
                new java.text.MessageFormat(text).format(new Object[] {"A", "B", "C"});
            }
        }
    }

    @Test
    void theOutcomeReminderCountsMonths() {
        Map<Long, String> russian = Map.of(1L, "Прошёл 1 месяц с окончания", 3L, "Прошло 3 месяца с окончания",
                6L, "Прошло 6 месяцев с окончания", 12L, "Прошло 12 месяцев с окончания",
                21L, "Прошёл 21 месяц с окончания", 22L, "Прошло 22 месяца с окончания");
        russian.forEach((months, expected) -> assertTrue(reminder(RU, months).contains(expected),
                expected + " in " + reminder(RU, months)));
        assertTrue(reminder(EN, 1).contains("1 month has passed since"), reminder(EN, 1));
        assertTrue(reminder(EN, 6).contains("6 months have passed since"), reminder(EN, 6));
    }

    private static String reminder(Locale locale, long months) {
        return MailText.render(MailKind.OUTCOME_REMINDER, locale, Map.of("name", "Анна", "cohort", "Омск-2026",
                "months", String.valueOf(months), "link", "https://example.org/x", "settingsUrl", "https://example.org/s"))
                .body();
    }

    /** CLDR's Russian rule for whole numbers. */
    private static String russianCategory(long n) {
        if (n % 10 == 1 && n % 100 != 11) {
            return "one";
        }
        return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? "few" : "many";
    }

    /** Values for a text: n for every count, 7 for any other placeholder (numbers fit text placeholders too). */
    private static Object[] args(String text, long n) {
        Set<String> counts = TextFormat.pluralArguments(text);
        Object[] args = new Object[8];
        for (int i = 0; i < args.length; i++) {
            args[i] = counts.contains(String.valueOf(i)) ? n : 7;
        }
        return args;
    }

    private static Object[] args(String key, int arg, long n) {
        Object[] args = {7, 7, 7, 7, 7, 7, 7, 7};
        args[arg] = n;
        return args;
    }

    /** The selectors (one, few, …) of each of the text's plurals. */
    private static List<Set<String>> selectors(String text) {
        MessagePattern pattern = new MessagePattern(text);
        List<Set<String>> plurals = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part start = pattern.getPart(i);
            if (start.getType() != MessagePattern.Part.Type.ARG_START
                    || start.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> selectors = new TreeSet<>();
            int limit = pattern.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part part = pattern.getPart(j);
                if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    selectors.add(pattern.getSubstring(part));
                } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                    j = pattern.getLimitPartIndex(j); // a branch: its own placeholders are not this plural's
                }
            }
            plurals.add(selectors);
            i = limit;
        }
        return plurals;
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = PluralTextsTest.class.getResourceAsStream("/ru/ciss/lms/" + file + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private record Counted(String key, int arg, String one, String few, String many, String enOne, String enOther) {
    }
}
