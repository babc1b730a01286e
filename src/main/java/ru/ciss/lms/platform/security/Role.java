package ru.ciss.lms.platform.security;

/** What a person may do here. One person may hold several (a mentor who also administers, say). */
public enum Role {
    TRAINEE,
    MENTOR,
    ADMINISTRATOR;

    /** Role names as the container knows them (web.xml, {@code @RolesAllowed}). */
    public static final String TRAINEE_NAME = "TRAINEE";
    public static final String MENTOR_NAME = "MENTOR";
    public static final String ADMINISTRATOR_NAME = "ADMINISTRATOR";
    /**
     * The one role of a session opened by a mentor's invitation link (scoring, nothing else). No person holds it, so
     * it is a name only, not a value of this enum.
     */
    public static final String INVITED_MENTOR_NAME = "INVITED_MENTOR";
}
