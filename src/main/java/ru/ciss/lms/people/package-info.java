/**
 * People and signing in: the register of trainees, mentors and administrators with their districts and
 * organisations, each person's own profile, password and language, activation links, personal-data consents, and
 * the identity store that checks passwords. Others read people through {@code boundary} (and {@link
 * ru.ciss.lms.people.boundary.PersonRecipients} gives mail a person's address); {@link
 * ru.ciss.lms.people.GenderedWords}, {@link ru.ciss.lms.people.Gender}, {@link ru.ciss.lms.people.OrganisationKind} and
 * {@link ru.ciss.lms.people.ConsentKind} are its vocabulary.
 */
package ru.ciss.lms.people;
