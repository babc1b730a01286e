package ru.ciss.lms.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.people.entity.Organisation;
import ru.ciss.lms.people.OrganisationKind;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.security.Role;

/** What the demo cohorts make alike: people with their district and employer, and a trainee's finished work. */
@Dependent
class DemoRecords {

    @PersistenceContext
    EntityManager em;

    /**
     * The programme a demo cohort of this name is to be made in ("rc-leaders"), or null when the cohort exists
     * already (made on an earlier start) or content/ was not imported (nothing to enrol into).
     */
    ru.ciss.lms.course.entity.Programme programmeForNew(String cohortName) {
        return programmeForNew(cohortName, "rc-leaders");
    }

    /** The programme with this code in content/, for a demo cohort of that name not created yet; or null. */
    ru.ciss.lms.course.entity.Programme programmeForNew(String cohortName, String programmeCode) {
        if (!em.createQuery("SELECT c FROM Cohort c WHERE c.name = :name", Cohort.class)
                .setParameter("name", cohortName).getResultList().isEmpty()) {
            return null;
        }
        return em.createNamedQuery(ru.ciss.lms.course.entity.Programme.BY_CODE, ru.ciss.lms.course.entity.Programme.class)
                .setParameter("code", programmeCode).getResultStream().findFirst().orElse(null);
    }

    /** Every assignment of the programme accepted and a presentation submitted with its final score. */
    void finishedWork(Cohort cohort, long person, double score, java.sql.Timestamp done) {
        em.createNativeQuery("INSERT INTO submission (cohort_id, module_id, person_id, state, versions, submitted_at, "
                        + "updated_at) SELECT ?, m.id, ?, 'ACCEPTED', 1, ?, ? FROM course_module m "
                        + "WHERE m.programme_id = ? AND m.archived = FALSE")
                .setParameter(1, cohort.getId()).setParameter(2, person).setParameter(3, done).setParameter(4, done)
                .setParameter(5, cohort.getProgramme().getId()).executeUpdate();
        em.createNativeQuery("INSERT INTO presentation (cohort_id, person_id, state, district_id, host_organisation, "
                        + "final_percent, flagged, submitted_at, updated_at) SELECT ?, p.id, 'SUBMITTED', p.district_id, "
                        + "o.name, ?, FALSE, ?, ? FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
                        + "WHERE p.id = ?")
                .setParameter(1, cohort.getId()).setParameter(2, score).setParameter(3, done)
                .setParameter(4, done).setParameter(5, person).executeUpdate();
    }

    /** The presentation results of the cohort, released to its trainees. */
    void released(Cohort cohort, java.sql.Timestamp at) {
        em.createNativeQuery("INSERT INTO presentation_setup (cohort_id, mentors_per_presentation, released_at) "
                + "VALUES (?, 2, ?)").setParameter(1, cohort.getId()).setParameter(2, at).executeUpdate();
    }

    Person person(String surname, String given, String patronymic, String district, String organisation,
                          OrganisationKind kind, Role role) {
        Person person = new Person();
        person.setSurname(surname);
        person.setGivenName(given);
        person.setPatronymic(patronymic);
        person.setEmail(transliterate(surname) + "." + transliterate(given) + "@demo.example.org");
        person.setDistrict(em.createQuery("SELECT d FROM District d WHERE d.code = :c", District.class)
                .setParameter("c", district).getSingleResult());
        Organisation host = em.createNamedQuery(Organisation.BY_NAME, Organisation.class).setParameter("name", organisation)
                .getResultStream().findFirst().orElseGet(() -> {
                    Organisation created = new Organisation(organisation, kind);
                    em.persist(created);
                    return created;
                });
        person.setOrganisation(host);
        person.setRoles(EnumSet.of(role));
        em.persist(person);
        em.flush(); // the id is needed for membership rows
        return person;
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
