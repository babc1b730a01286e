/**
 * Programmes and the studying of them: programmes, modules, lessons and self-check questions imported from the files
 * under content/ ({@code control.ContentReader}, checked file by file with every problem and its line; nothing
 * changes while one remains), lessons rendered from Markdown with raw HTML escaped ({@link
 * ru.ciss.lms.course.LessonMarkdown}), cohorts with their members and life cycle ({@link
 * ru.ciss.lms.course.CohortStatus}), and the trainee's home, module and lesson pages with progress and offline
 * downloads. Other features read cohorts and programmes through {@code boundary}.
 */
package ru.ciss.lms.course;
