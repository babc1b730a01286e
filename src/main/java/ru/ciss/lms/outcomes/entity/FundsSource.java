package ru.ciss.lms.outcomes.entity;

/** Where attracted money came from, as the fund's report asks. */
public enum FundsSource {
    GRANT, SUBSIDY, SPONSOR, OTHER
}
