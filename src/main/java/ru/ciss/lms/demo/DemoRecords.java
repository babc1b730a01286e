package ru.ciss.lms.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.course.boundary.CourseFacts.ProgrammeFacts;
import ru.ciss.lms.people.OrganisationKind;
import ru.ciss.lms.people.boundary.PeopleRecords;
import ru.ciss.lms.platform.security.Role;

/**
 * What the demo cohorts make alike: people with their district and employer, and a trainee's finished work. The
 * rows of other features are written through their boundaries (people, cohorts, sessions, certificates); the work
 * done and the outcomes, which no boundary writes in bulk, as plain rows, like a data migration would.
 */
@Dependent
class DemoRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseFacts course;

    @Inject
    PeopleRecords people;

    /**
     * The programme a demo cohort of this name is to be made in ("rc-leaders"), or null when the cohort exists
     * already (made on an earlier start) or content/ was not imported (nothing to enrol into).
     */
    ProgrammeFacts programmeForNew(String cohortName) {
        return programmeForNew(cohortName, "rc-leaders");
    }

    /** The programme with this code in content/, for a demo cohort of that name not created yet; or null. */
    ProgrammeFacts programmeForNew(String cohortName, String programmeCode) {
        if (course.cohortNamed(cohortName)) {
            return null;
        }
        return course.programmeByCode(programmeCode).orElse(null);
    }

    /** The demo administrator, who entered the old certificates and marked the old days; null when there is none. */
    Long administrator() {
        return people.idByEmail("admin@example.org").orElse(null);
    }

    static final String PAPER_ANSWER = "Работа сдана на бумаге на очной сессии; в системе записан её результат.";

    /** Every assignment of the programme accepted and a presentation submitted with its final score. */
    void finishedWork(long cohortId, long programmeId, long person, double score, java.sql.Timestamp done) {
        em.createNativeQuery("INSERT INTO submission (cohort_id, module_id, person_id, state, versions, submitted_at, "
                        + "updated_at) SELECT ?, m.id, ?, 'ACCEPTED', 1, ?, ? FROM course_module m "
                        + "WHERE m.programme_id = ? AND m.archived = FALSE")
                .setParameter(1, cohortId).setParameter(2, person).setParameter(3, done).setParameter(4, done)
                .setParameter(5, programmeId).executeUpdate();
        // The answer itself: a submission counted as sent and accepted with no version read «accepted» beside «you
        // have not sent an answer yet». The old cohorts handed their work in on paper; the version says so.
        em.createNativeQuery("INSERT INTO submission_version (submission_id, number, answer_text, submitted_at, late, "
                        + "decision, decided_by, decided_at) SELECT s.id, 1, ?, s.submitted_at, FALSE, 'ACCEPTED', "
                        + "(SELECT id FROM person WHERE email = 'admin@example.org'), s.submitted_at FROM submission s "
                        + "WHERE s.cohort_id = ? AND s.person_id = ?")
                .setParameter(1, PAPER_ANSWER).setParameter(2, cohortId).setParameter(3, person).executeUpdate();
        em.createNativeQuery("INSERT INTO presentation (cohort_id, person_id, state, district_id, host_organisation, "
                        + "final_percent, flagged, submitted_at, updated_at) SELECT ?, p.id, 'SUBMITTED', p.district_id, "
                        + "o.name, ?, FALSE, ?, ? FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
                        + "WHERE p.id = ?")
                .setParameter(1, cohortId).setParameter(2, score).setParameter(3, done)
                .setParameter(4, done).setParameter(5, person).executeUpdate();
    }

    /** Writes what the features' boundaries have queued, before rows that refer to it are inserted as plain SQL. */
    void flush() {
        em.flush();
    }

    /** The presentation results of the cohort, released to its trainees. */
    void released(long cohortId, java.sql.Timestamp at) {
        em.createNativeQuery("INSERT INTO presentation_setup (cohort_id, mentors_per_presentation, released_at) "
                + "VALUES (?, 2, ?)").setParameter(1, cohortId).setParameter(2, at).executeUpdate();
    }

    /** A new demo person (e-mail made of their name at demo.example.org); their id. */
    long person(String surname, String given, String patronymic, String district, String organisation,
                OrganisationKind kind, Role role) {
        return people.create(surname, given, patronymic,
                transliterate(surname) + "." + transliterate(given) + "@demo.example.org", district, organisation,
                kind, role);
    }

    static String transliterate(String russian) {
        String[] latin = {"a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
        StringBuilder out = new StringBuilder();
        for (char c : russian.toLowerCase().toCharArray()) {
            int i = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя".indexOf(c);
            out.append(i >= 0 ? latin[i] : String.valueOf(c));
        }
        return out.toString();
    }
}
