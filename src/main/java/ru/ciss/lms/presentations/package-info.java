/**
 * The final presentation: the trainee's plan of a resource centre with slides ({@link
 * ru.ciss.lms.presentations.PlanState}), mentor allocation by hand or balanced, personal invitation links for
 * mentors, blind scoring by rubric on a phone, moderation of disagreement and the release of results, and the
 * results' XLSX. Pages under presentations/. Others read results through {@link
 * ru.ciss.lms.presentations.boundary.PresentationResults}.
 */
package ru.ciss.lms.presentations;
