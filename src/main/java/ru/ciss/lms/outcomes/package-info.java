/**
 * Outcomes after graduation: what graduates achieved (resource centres, organisations, services, funds, events) with
 * evidence, its review by administrators, reminders at 3, 6 and 12 months, the dashboard, and the report to the
 * grant fund, with confirmed and only reported figures always kept apart.
 */
package ru.ciss.lms.outcomes;
