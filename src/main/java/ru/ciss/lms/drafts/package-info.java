/**
 * Typed work in progress: the text of long fields saved while it is typed, one row per person and field, so that
 * nothing a person types is lost to an expired page, an expired session, a restart or a lost cluster instance. The
 * pages' script (resources/lms/drafts.js) saves through {@code /drafts} and offers a saved text back when the
 * page shows something else; the form's own save stays the only way into the real record.
 */
package ru.ciss.lms.drafts;
