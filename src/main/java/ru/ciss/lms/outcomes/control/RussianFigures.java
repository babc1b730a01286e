package ru.ciss.lms.outcomes.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Figures and dates written as Russians write them in a report: "7 746 500 ₽", "1 250,50 ₽", "01.01.2026".
 *
 * <p>The digit groups are parted by a no-break space (U+00A0), and so is the rouble sign, so that a figure is never
 * broken across two lines of a narrow table cell. The symbols are set here rather than taken from
 * {@code Locale("ru")}, whose grouping character has changed between JDK releases with the CLDR data.
 */
public final class RussianFigures {

    static final char NO_BREAK_SPACE = '\u00A0';

    private static final String ROUBLE = NO_BREAK_SPACE + "₽";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    private RussianFigures() {
    }

    public static String count(long value) {
        return format("#,##0", BigDecimal.valueOf(value));
    }

    /** A count or other figure: "93", "7 746 500"; at most two decimals. */
    public static String count(BigDecimal value) {
        return figure(value, false);
    }

    /** Roubles: whole roubles without kopecks, otherwise always two digits of kopecks. */
    public static String roubles(BigDecimal value) {
        return format(hasFraction(value) ? "#,##0.00" : "#,##0", value) + ROUBLE;
    }

    /** An indicator's figure: roubles when it is money, otherwise a number with at most two decimals. */
    public static String figure(BigDecimal value, boolean money) {
        return money ? roubles(value) : format("#,##0.##", value);
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "01.01.2026 – 31.12.2026", with an en dash. */
    public static String period(LocalDate from, LocalDate to) {
        return date(from) + " – " + date(to);
    }

    /** True when the value, rounded to kopecks, is not a whole number. */
    static boolean hasFraction(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().scale() > 0;
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        // A new format each time: DecimalFormat is not thread-safe, and a report formats a few hundred figures.
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
