package ru.ciss.lms.presentations.entity;

/** Where the centre's money was to come from, as plans before V31 stored it (see {@link LegacyPlan}). */
public enum FundingSource {
    GRANT,
    SUBSIDY,
    OWN,
    SPONSOR
}
