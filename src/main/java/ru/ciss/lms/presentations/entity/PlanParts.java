package ru.ciss.lms.presentations.entity;

/** The repeated parts of a plan, kept as small JSON lists in the plan's row. Public fields for JSON binding. */
public final class PlanParts {

    private PlanParts() {
    }

    /** A planned service: what, for whom, how often. */
    public static class Service {
        public String name;
        public String audience;
        public String frequency;

        public Service() {
        }

        public Service(String name, String audience, String frequency) {
            this.name = name;
            this.audience = audience;
            this.frequency = frequency;
        }

        public boolean isBlank() {
            return blank(name) && blank(audience) && blank(frequency);
        }
    }

    /** A source of money with the amount in whole roubles. */
    public static class Funding {
        public FundingSource source;
        public String description;
        public Long amount;

        public Funding() {
        }

        public Funding(FundingSource source, String description, Long amount) {
            this.source = source;
            this.description = description;
            this.amount = amount;
        }

        public boolean isBlank() {
            return source == null && blank(description) && amount == null;
        }
    }

    /** A step of the first year: the month (1-12 from the opening) and what is done by then. */
    public static class Milestone {
        public Integer month;
        public String text;

        public Milestone() {
        }

        public Milestone(Integer month, String text) {
            this.month = month;
            this.text = text;
        }

        public boolean isBlank() {
            return month == null && blank(text);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
