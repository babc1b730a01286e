/**
 * Certificates: the rules a trainee must meet, the numbered register, the PDF of the established form, revocation
 * and reissue, and public verification by number, by JSON and by file.
 */
package ru.ciss.lms.certificates;
