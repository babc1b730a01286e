package ru.ciss.lms.presentations.entity;

/** Where the centre's money is to come from. */
public enum FundingSource {
    GRANT,
    SUBSIDY,
    OWN,
    SPONSOR
}
