/**
 * People and signing in: the register of trainees, mentors and administrators with their districts and
 * organisations, each person's own profile, and the identity store that checks passwords.
 */
package ru.ciss.lms.people;
