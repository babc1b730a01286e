/**
 * Pages that read across the features, above all of them: the administrator's agenda (what waits in each running
 * cohort) and a person's whole record. It only reads, through the other features' boundaries and its own queries,
 * and nothing depends on it.
 */
package ru.ciss.lms.overview;
