/**
 * Demo data for the embedded default database only (lms.demo.accounts=true): a finished 2019 cohort with its
 * graduates and outcomes, and a running demonstration cohort («Школа лидеров ресурсных центров — демонстрационный
 * поток») for the demo accounts to try everything, so a newcomer sees the system at work. It spans features on
 * purpose and nothing depends on it.
 */
package ru.ciss.lms.demo;
