package ru.ciss.lms.enrolment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.course.entity.CohortMember;
import ru.ciss.lms.enrolment.control.KnownDistrict;
import ru.ciss.lms.enrolment.control.Roster;
import ru.ciss.lms.enrolment.control.RosterReader;
import ru.ciss.lms.enrolment.control.RosterRow;
import ru.ciss.lms.people.control.ActivationLinks;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.people.entity.Organisation;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.people.entity.Role;

/**
 * Enrolling a district's list of people into a cohort from a CSV file: first a preview that changes nothing, then
 * the enrolment itself in one transaction, so the file goes in whole or not at all. The file is read again on
 * commit rather than trusting the preview the browser saw.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class Enrolments {

    /** The preview: the file as read, and which of its e-mails already belong to people (they will be updated). */
    public record Preview(Roster roster, Set<String> existingEmails) {
        public long newPeople() {
            return roster.rows().stream().filter(r -> r.email() != null && !existingEmails.contains(r.email())).count();
        }
    }

    /** A person the import created, with the secret of their activation link (shown to the administrator once). */
    public record NewAccount(String fullName, String email, String secret) implements java.io.Serializable {
    }

    public record Result(int created, int updated, int enrolled, int alreadyEnrolled, List<NewAccount> newAccounts)
            implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivationLinks links;

    public Preview preview(long cohortId, byte[] file) {
        cohort(cohortId);
        Roster roster = reader().read(file);
        return new Preview(roster, existing(roster).keySet());
    }

    public Result enrol(long cohortId, byte[] file) {
        Cohort cohort = cohort(cohortId);
        Roster roster = reader().read(file);
        if (!roster.acceptable()) {
            throw new EnrolmentRefusedException("enrolment.notAcceptable");
        }
        Map<String, Person> existing = existing(roster);
        Map<String, Organisation> organisations = new HashMap<>();
        List<Person> created = new ArrayList<>();
        List<Person> everyone = new ArrayList<>();
        for (RosterRow row : roster.rows()) {
            Person person = existing.get(row.email());
            if (person == null) {
                person = new Person();
                person.setEmail(row.email());
                person.setRoles(EnumSet.of(Role.TRAINEE));
                created.add(person);
            }
            apply(row, person, organisations);
            if (person.getId() == null) {
                em.persist(person);
            }
            everyone.add(person);
        }
        em.flush(); // ids for the new people; a refused row (a rule the reader missed) rolls everything back here
        Set<Long> members = members(cohort);
        int enrolled = 0;
        for (Person person : everyone) {
            if (members.add(person.getId())) {
                em.persist(new CohortMember(cohort, person.getId(), Role.TRAINEE));
                enrolled++;
            }
        }
        // New people, and people who were listed before but never set a password, get a link to activate.
        List<Person> toActivate = everyone.stream().filter(p -> p.getPasswordHash() == null).toList();
        Map<Long, String> secrets = links.issue(toActivate.stream().map(Person::getId).toList());
        List<NewAccount> accounts = toActivate.stream()
                .map(p -> new NewAccount(p.getFullName(), p.getEmail(), secrets.get(p.getId()))).toList();
        return new Result(created.size(), everyone.size() - created.size(), enrolled, everyone.size() - enrolled, accounts);
    }

    /** Fields the file fills; an empty cell never erases what an existing person's record already says. */
    private void apply(RosterRow row, Person person, Map<String, Organisation> organisations) {
        person.setSurname(row.surname());
        person.setGivenName(row.givenName());
        if (row.patronymic() != null) {
            person.setPatronymic(row.patronymic());
        }
        if (row.phone() != null) {
            person.setPhone(row.phone());
        }
        if (row.districtId() != null) {
            person.setDistrict(em.find(District.class, row.districtId()));
        }
        if (row.position() != null) {
            person.setPosition(row.position());
        }
        if (row.organisation() != null) {
            person.setOrganisation(organisations.computeIfAbsent(row.organisation().replaceAll("\\s+", " "),
                    name -> organisation(name, row)));
        }
        Set<Role> roles = EnumSet.copyOf(person.getRoles().isEmpty() ? EnumSet.of(Role.TRAINEE) : person.getRoles());
        roles.add(Role.TRAINEE);
        person.setRoles(roles);
    }

    private Organisation organisation(String name, RosterRow row) {
        Organisation organisation = em.createNamedQuery(Organisation.BY_NAME, Organisation.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
        if (organisation == null) {
            organisation = new Organisation(name, row.organisationKind() == null
                    ? ru.ciss.lms.people.entity.OrganisationKind.OTHER : row.organisationKind());
            em.persist(organisation);
        }
        return organisation;
    }

    /** The people the file's e-mails already belong to, in a few queries however long the file. */
    private Map<String, Person> existing(Roster roster) {
        List<String> emails = roster.rows().stream().map(RosterRow::email).filter(e -> e != null).distinct().toList();
        Map<String, Person> result = new HashMap<>();
        for (int from = 0; from < emails.size(); from += 1000) {
            em.createQuery("SELECT p FROM Person p WHERE p.email IN :emails", Person.class)
                    .setParameter("emails", emails.subList(from, Math.min(emails.size(), from + 1000)))
                    .getResultList().forEach(p -> result.put(p.getEmail(), p));
        }
        return result;
    }

    private Set<Long> members(Cohort cohort) {
        return new HashSet<>(em.createQuery("SELECT m.personId FROM CohortMember m WHERE m.cohort = :cohort "
                + "AND m.role = :role", Long.class).setParameter("cohort", cohort).setParameter("role", Role.TRAINEE)
                .getResultList());
    }

    private RosterReader reader() {
        return new RosterReader(em.createNamedQuery(District.ALL, District.class).getResultList().stream()
                .map(d -> new KnownDistrict(d.getId(), d.getNameRu(), d.getNameEn(), d.getCode())).toList());
    }

    private Cohort cohort(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new EnrolmentRefusedException("enrolment.noCohort");
        }
        return cohort;
    }
}
