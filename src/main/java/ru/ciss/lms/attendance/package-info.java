/**
 * Training sessions, their days, attendance marks and check-in; the cohort's attendance rule.
 */
package ru.ciss.lms.attendance;
