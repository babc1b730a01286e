package ru.ciss.lms.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.ciss.lms.platform.text.TextFormat;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.control.OutgoingMail;

/**
 * The subject and plain-text body of each {@link MailKind}, from the bundle {@code ru/ciss/lms/mail/Mail_ru} or
 * {@code Mail_en}.
 *
 * <p>Texts name their values, {@code {name}}, rather than number them as MessageFormat does: a translator then sees
 * what goes where, and apostrophes in the texts need no doubling. A count chooses its words with ICU's plural,
 * {@code {months, plural, one{# месяц} few{# месяца} many{# месяцев} other{# месяца}}}: only that part is read by
 * ICU (where {@code #} is the number; its branches hold no other placeholders). Every body is laid out the same way: greeting,
 * the kind's text, signature, then a footer saying why the person gets this mail and, for optional kinds, where to
 * switch it off.
 */
public final class MailText {

    static final String BUNDLE = "ru.ciss.lms.mail.Mail";

    /** The school's language, used for every locale other than English. */
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The usual signature separator ("-- " with the space), so mail programs can grey out what follows. */
    static final String FOOTER_SEPARATOR = "-- ";

    /** The value naming the programme a mail concerns; optional for every kind, it chooses the signature. */
    public static final String PROGRAMME = "programme";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private static final Pattern PLURAL = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\s*,\\s*plural\\s*,");

    /** A message ready for {@link OutgoingMail}. */
    public record Rendered(String subject, String body) {
    }

    /**
     * The message of this kind in this language with the values filled in. Values are inserted as they are: a
     * {@code {...}} inside a value (a reviewer's comment, say) is not taken for a placeholder.
     *
     * @param values one value for each of {@link MailKind#placeholders()}; others are ignored
     * @throws IllegalArgumentException naming the missing values when the text needs one that {@code values} lacks,
     *                                  since a mail with "{link}" in it is of no use to anyone
     */
    public static Rendered render(MailKind kind, Locale locale, Map<String, String> values) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
        ResourceBundle texts = bundle(locale);
        String key = "kind." + kind.name() + ".";
        String subject = texts.getString(key + "subject");
        StringBuilder body = new StringBuilder()
                .append(texts.getString("greeting")).append("\n\n")
                .append(texts.getString(key + "body")).append("\n\n")
                .append(signature(texts, locale, values)).append("\n\n")
                .append(FOOTER_SEPARATOR).append('\n')
                .append(texts.getString(key + "why"));
        if (kind.optional()) {
            body.append('\n').append(texts.getString("footer.switchOff"));
        }
        Set<String> missing = new TreeSet<>();
        missing.addAll(missing(subject, values));
        missing.addAll(missing(body, values));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "The mail " + kind + " needs values for: " + String.join(", ", missing));
        }
        return new Rendered(fill(subject, locale, values), fill(body, locale, values));
    }

    /**
     * A phrase of the mail bundle in the recipient's language with its values filled in: a part of a message that
     * differs by case (a day moved or cancelled), put into the message as one of its values.
     */
    public static String phrase(String key, Locale locale, Map<String, String> values) {
        String text = bundle(locale).getString(key);
        Set<String> missing = missing(text, values);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The phrase " + key + " needs values for: " + String.join(", ", missing));
        }
        return fill(text, locale, values);
    }

    /**
     * Signed by the team of the programme the mail concerns (value {@code programme}), as one organisation runs
     * several schools; a mail about no programme (a password reset, an account without a cohort) is signed by the
     * organisation alone.
     */
    static String signature(ResourceBundle texts, Locale locale, Map<String, String> values) {
        String programme = values.get(PROGRAMME);
        return programme == null || programme.isBlank() ? texts.getString("signature.neutral")
                : fill(texts.getString("signature.programme"), locale, Map.of(PROGRAMME, programme.strip()));
    }

    /** The kind's short name for the page where people choose which mail they get. */
    public static String label(MailKind kind, Locale locale) {
        return bundle(locale).getString("kind." + kind.name() + ".label");
    }

    /** The bundle for the locale: English for English, Russian for any other (or none). */
    static ResourceBundle bundle(Locale locale) {
        Locale language = language(locale);
        // No fallback to the JVM's default locale: which language a mail is in must not depend on the server.
        return ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The placeholder names in the text (package-private for the test that checks each kind's texts). */
    static Set<String> placeholders(CharSequence text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        Matcher plural = PLURAL.matcher(text);
        while (plural.find()) {
            names.add(plural.group(1));
        }
        return names;
    }

    private static Set<String> missing(CharSequence text, Map<String, String> values) {
        Set<String> missing = placeholders(text);
        missing.removeIf(name -> values.get(name) != null);
        return missing;
    }

    private static String fill(CharSequence text, Locale locale, Map<String, String> values) {
        return PLACEHOLDER.matcher(plurals(text, locale, values))
                .replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    /** The text with each {@code {name, plural, ...}} replaced by its form for the value (a number) of name. */
    private static String plurals(CharSequence text, Locale locale, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLURAL.matcher(text);
        int done = 0;
        while (m.find(done)) {
            int end = m.start();
            for (int depth = 0; end < text.length(); end++) {
                char c = text.charAt(end);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            if (end == text.length()) {
                throw new IllegalArgumentException("A plural is not closed: " + text.subSequence(m.start(), end));
            }
            String plural = text.subSequence(m.start(), end + 1).toString();
            out.append(text, done, m.start())
                    .append(TextFormat.format(plural, language(locale), Map.of(m.group(1), values.get(m.group(1)))));
            done = end + 1;
        }
        return out.append(text, done, text.length()).toString();
    }

    private static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : RUSSIAN;
    }

    private MailText() {
    }
}
