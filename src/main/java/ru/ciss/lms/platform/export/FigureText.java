package ru.ciss.lms.platform.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Figures as Russians write them: thousands apart by a non-breaking space, "7 746 500 ₽". */
public final class FigureText {

    private FigureText() {
    }

    public static String count(long value) {
        return format().format(value);
    }

    public static String count(BigDecimal value) {
        return format().format(value == null ? BigDecimal.ZERO : value);
    }

    public static String roubles(BigDecimal value) {
        return count(value) + "\u00a0₽";
    }

    /** DecimalFormat is not thread-safe; a new one per call costs less than a lock on a page this small. */
    private static DecimalFormat format() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols);
    }
}
