package ru.ciss.lms.presentations.entity;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;

/**
 * The repeated parts of a resource-centre plan as stored before V31 (small JSON lists in the plan's row); read only,
 * to open such a plan in rc-leaders' final-work form (see {@link LegacyPlan}). Public fields for JSON binding.
 */
public final class PlanParts {

    private PlanParts() {
    }

    /** A planned service: what, for whom, how often. */
    public static class Service implements Serializable {
        private static final long serialVersionUID = 1L;
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

        @JsonbTransient
        public boolean isBlank() {
            return blank(name) && blank(audience) && blank(frequency);
        }

        public String getName() {
            return name;
        }

        public String getAudience() {
            return audience;
        }

        public String getFrequency() {
            return frequency;
        }

    }

    /** A source of money with the amount in whole roubles. */
    public static class Funding implements Serializable {
        private static final long serialVersionUID = 1L;
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

        @JsonbTransient
        public boolean isBlank() {
            return source == null && blank(description) && amount == null;
        }

        public FundingSource getSource() {
            return source;
        }

        public String getDescription() {
            return description;
        }

        public Long getAmount() {
            return amount;
        }

    }

    /** A step of the first year: the month (1-12 from the opening) and what is done by then. */
    public static class Milestone implements Serializable {
        private static final long serialVersionUID = 1L;
        public Integer month;
        public String text;

        public Milestone() {
        }

        public Milestone(Integer month, String text) {
            this.month = month;
            this.text = text;
        }

        @JsonbTransient
        public boolean isBlank() {
            return month == null && blank(text);
        }

        public Integer getMonth() {
            return month;
        }

        public String getText() {
            return text;
        }

    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
