package ru.ciss.lms.presentations.entity;

/** The kind of organisation hosting the planned resource centre, as plans before V31 stored it (see {@link LegacyPlan}). */
public enum HostKind {
    ADMINISTRATION_COMMITTEE,
    NGO,
    CULTURE,
    YOUTH_CHILDREN,
    OTHER
}
