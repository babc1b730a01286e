package ru.ciss.lms.outcomes.entity;

/** What a graduate achieved; each kind has its own fields and its own line in the report. */
public enum OutcomeKind {
    /** A resource centre opened: name, district, host organisation, legal form, date of opening. */
    RESOURCE_CENTRE,
    /** An NGO or a small business registered: name, legal form, date of registration. */
    ORGANISATION,
    /** A new service launched: name, audience, date. */
    SERVICE,
    /** Money attracted: source, amount in roubles, date. */
    FUNDS,
    /** An event held: name, people reached, date. */
    EVENT
}
