package ru.ciss.lms.people.boundary;

/** What a password must be: long enough to resist guessing, short enough that hashing it cannot be abused. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    /** @return the message key of the first rule broken, or null when the password is acceptable */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "people.password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "people.password.tooLong";
        }
        if (password.isBlank()) {
            return "people.password.tooShort";
        }
        return null;
    }

    private PasswordPolicy() {
    }
}
