package ru.ciss.lms.people;

/**
 * The consents 152-FZ asks for. Each names the version of its current text; the texts of every version stay in the
 * bundles ({@code consent.<KIND>.<version>.text}) so what someone agreed to can always be shown again. A new
 * version of a text means a new constant value here and a new key in the bundles.
 */
public enum ConsentKind {

    /** Processing of personal data for the training: nobody studies without it. */
    PERSONAL_DATA("2026-11"),

    /** Publishing the full name on the public certificate verification page; optional. */
    PUBLISH_NAME("2026-11");

    private final String currentVersion;

    ConsentKind(String currentVersion) {
        this.currentVersion = currentVersion;
    }

    public String currentVersion() {
        return currentVersion;
    }

    public String textKey(String version) {
        return "consent." + name() + "." + version + ".text";
    }
}
