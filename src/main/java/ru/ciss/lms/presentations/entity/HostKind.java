package ru.ciss.lms.presentations.entity;

/** The kind of organisation that hosts the planned resource centre. */
public enum HostKind {
    ADMINISTRATION_COMMITTEE,
    NGO,
    CULTURE,
    YOUTH_CHILDREN,
    OTHER
}
