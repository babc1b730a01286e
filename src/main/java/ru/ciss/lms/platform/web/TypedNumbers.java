package ru.ciss.lms.platform.web;

/** Numbers as people type them in Russian forms. */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    /**
     * Whole numbers with the spaces, the rouble sign and the zero kopecks people add: "150 000", "150000 ₽",
     * "150 000,00", "150 000 руб."; null for an empty field.
     *
     * @param what names the field in the exception's message, so the form can say which one is wrong
     * @throws NumberFormatException when it is not a whole number of at most 15 digits
     */
    public static Long whole(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.replaceAll("[\\s\\u00a0₽]|руб\\.?", "").replaceFirst("[,.]0{1,2}$", "");
        if (!digits.matches("-?\\d{1,15}")) {
            throw new NumberFormatException(what);
        }
        return Long.parseLong(digits);
    }
}
