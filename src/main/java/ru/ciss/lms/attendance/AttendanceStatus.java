package ru.ciss.lms.attendance;

/**
 * How a trainee attended one session day. Stored by name, so renaming a constant needs a data migration.
 */
public enum AttendanceStatus {

    PRESENT,

    /** Came, but after the start; still counts as attended. */
    LATE,

    /** Missed with a reason the administrator accepted; whether that counts is the cohort's choice. */
    EXCUSED,

    ABSENT
}
