package ru.ciss.lms.platform.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fills a bundle text's placeholders with ICU's MessageFormat rather than the JDK's, for the one thing the JDK's
 * lacks: plural forms. Russian has three for whole numbers («1 день», «2 дня», «5 дней», «21 день»), so a count in a
 * text is written {@code {0, plural, one{# день} few{# дня} many{# дней} other{# дня}}}; English needs one and other.
 *
 * <p>Otherwise texts render as they did with {@code java.text.MessageFormat}: numbers in the locale's format (the same
 * digit grouping), {@code ''} for an apostrophe, {@code '{'} for a brace. One difference, for the better: a lone
 * apostrophe ("the trainee's") is kept as it is instead of starting a quoted stretch that swallows the placeholders
 * after it. Values that are neither numbers, dates nor strings (a {@code LocalDate}, an enum) are written with
 * {@code toString()}, as the JDK did; ICU would format java.time values its own way.
 */
public final class TextFormat {

    private TextFormat() {
    }

    /** The text with numbered placeholders ({0}, {1}, …) filled. */
    public static String format(String pattern, Locale locale, Object... args) {
        MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(locale));
        Set<String> counts = pluralArguments(pattern);
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = value(args[i], counts.contains(String.valueOf(i)));
        }
        return format.format(values);
    }

    /** The text with named placeholders ({name}, {months, plural, …}) filled. */
    public static String format(String pattern, Locale locale, Map<String, ?> args) {
        MessageFormat format = new MessageFormat(pattern, ULocale.forLocale(locale));
        Set<String> counts = pluralArguments(pattern);
        Map<String, Object> values = new HashMap<>();
        args.forEach((name, value) -> values.put(name, value(value, counts.contains(name))));
        return format.format(values);
    }

    /** True when the text chooses words by a count, i.e. has a {@code plural} placeholder. */
    public static boolean hasPlural(String pattern) {
        return !pluralArguments(pattern).isEmpty();
    }

    /** The names or numbers of the placeholders that choose a plural form. */
    public static Set<String> pluralArguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && (part.getArgType() == MessagePattern.ArgType.PLURAL
                            || part.getArgType() == MessagePattern.ArgType.SELECTORDINAL)) {
                names.add(parsed.getSubstring(parsed.getPart(i + 1)));
            }
        }
        return names;
    }

    private static Object value(Object value, boolean count) {
        if (value == null || value instanceof Number || value instanceof Date) {
            return value;
        }
        if (count) {
            // A count that came as text (a Faces parameter, a mail value): the plural needs the number.
            try {
                return new BigDecimal(value.toString().replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("A count for a plural is not a number: " + value, notANumber);
            }
        }
        return value instanceof String ? value : value.toString();
    }
}
