/**
 * Demo data for the embedded default database only (lms.demo.accounts=true): a living 2019 cohort, so a newcomer
 * sees the system at work. It spans features on purpose and nothing depends on it.
 */
package ru.ciss.lms.demo;
