package ru.ciss.lms.people;

/** What kind of employer a person comes from; the fund report counts trainees by it. */
public enum OrganisationKind {
    BUDGET_INSTITUTION,
    NGO,
    SOCIAL_ENTERPRISE,
    LOCAL_ADMINISTRATION,
    OTHER
}
