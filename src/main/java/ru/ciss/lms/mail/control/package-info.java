/**
 * Mail without the container: SMTP settings from the configuration, the sender, the retry schedule of the outbox and
 * the localised texts. Plain classes, so they are unit-tested against an SMTP server started in the test.
 */
package ru.ciss.lms.mail.control;
