/**
 * Programmes, their modules and lessons, cohorts and enrolment (issue #3). So far: reading and checking the
 * programmes kept as files under content/ ({@code control.ContentReader}) and rendering their Markdown safely;
 * storing them, cohorts and the study pages come next.
 */
package ru.ciss.lms.course;
