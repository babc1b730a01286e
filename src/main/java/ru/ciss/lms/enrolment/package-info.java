/** Enrolling trainees into cohorts from the CSV lists administrators receive from the districts. */
package ru.ciss.lms.enrolment;
