package ru.ciss.lms.attendance;

/** How a training session is held: in a room, online, or both at once. */
public enum SessionFormat {
    IN_PERSON,
    ONLINE,
    MIXED
}
