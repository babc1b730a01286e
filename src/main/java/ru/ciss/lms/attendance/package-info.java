/**
 * Training sessions, their days, attendance marks and check-in; the cohort's attendance rule. The one definition
 * of a trainee's expected, held and attended days, rate, risk and rule is {@link
 * ru.ciss.lms.attendance.AttendanceRate}, fed by {@link ru.ciss.lms.attendance.boundary.CohortAttendance};
 * every page, export, summary and certificate rule reads its figures from there.
 */
package ru.ciss.lms.attendance;
