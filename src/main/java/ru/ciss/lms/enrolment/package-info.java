/**
 * Enrolling trainees into cohorts from the CSV lists administrators receive from the districts: reading the file
 * (encoding, delimiter and header detected, records read by commons-csv), every row's problems at its line, a
 * preview with corrections, then enrolment of all rows or none.
 */
package ru.ciss.lms.enrolment;
