package ru.ciss.lms.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ciss.lms.people.OrganisationKind;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.people.entity.Organisation;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.security.Role;

/**
 * People as a roster (the enrolment import) finds and writes them: who the listed e-mails already belong to, and
 * the listed people created or brought up to date as trainees. Only the people feature writes people; the import
 * decides what to write and checks who may ask.
 */
@ApplicationScoped
public class RosterPeople {

    /** A person as the import shows them; {@code activated}: they have set a password and can sign in. */
    public record Known(long id, String email, String fullName, String districtName, boolean activated,
                        String surname, String givenName, String patronymic) implements Serializable {

        /**
         * Whether a roster line's name is this person's: surname and given name alike, and the patronymic when both
         * have one; letter case, spaces and ё/е aside (files are typed by hand).
         */
        public boolean named(String surname, String givenName, String patronymic) {
            return same(this.surname, surname) && same(this.givenName, givenName)
                    && (this.patronymic == null || patronymic == null || same(this.patronymic, patronymic));
        }

        private static boolean same(String a, String b) {
            return plain(a).equals(plain(b));
        }

        private static String plain(String name) {
            return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT)
                    .replace('ё', 'е');
        }
    }

    /** What a roster line says about a person; null fields leave what the person's record already says. */
    public record Details(String email, String surname, String givenName, String patronymic, String phone,
                          Integer districtId, String position, String organisation, OrganisationKind organisationKind) {
    }

    /** A person after the write: whether the import created them. */
    public record Written(Known person, boolean created) {
    }

    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    /** The people the e-mails already belong to, in a few queries however many there are. */
    public Map<String, Known> byEmail(Collection<String> emails) {
        Map<String, Known> result = new HashMap<>();
        for (Person p : people("p.email", List.copyOf(emails), "")) {
            result.put(p.getEmail(), known(p));
        }
        return result;
    }

    /**
     * The people with these ids, by surname, given name and id as the database orders names (Ё beside Е, not before
     * А); past one query's worth of ids, the pieces are put in order by the Russian collation.
     */
    public List<Known> byName(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<Person> found = people("p.id", all, " ORDER BY p.surname, p.givenName, p.id");
        if (all.size() > CHUNK) {
            java.text.Collator russian = java.text.Collator.getInstance(java.util.Locale.of("ru"));
            java.util.Comparator<String> names = java.util.Comparator.nullsFirst(russian::compare);
            found.sort(java.util.Comparator.comparing(Person::getSurname, names)
                    .thenComparing(Person::getGivenName, names).thenComparing(Person::getId));
        }
        return found.stream().map(RosterPeople::known).toList();
    }

    /**
     * Creates the listed people who do not exist yet and brings the others up to date, each a trainee from now on,
     * in the order given; the same e-mail twice is one person. Flushed, so the new ones have their ids: a row the
     * database refuses refuses the caller's whole transaction here.
     */
    public List<Written> writeTrainees(List<Details> rows) {
        Map<String, Person> existing = new HashMap<>();
        people("p.email", rows.stream().map(Details::email).distinct().toList(), "")
                .forEach(p -> existing.put(p.getEmail(), p));
        Map<String, Organisation> organisations = new HashMap<>();
        Map<String, Boolean> created = new LinkedHashMap<>();
        List<Person> written = new ArrayList<>();
        for (Details row : rows) {
            Person person = existing.get(row.email());
            if (person == null) {
                person = new Person();
                person.setEmail(row.email());
                person.setRoles(EnumSet.of(Role.TRAINEE));
                existing.put(row.email(), person);
                created.put(row.email(), true);
            }
            apply(row, person, organisations);
            if (person.getId() == null) {
                em.persist(person);
            }
            written.add(person);
        }
        em.flush();
        return written.stream().map(p -> new Written(known(p), created.containsKey(p.getEmail()))).toList();
    }

    /** Fields the file fills; an empty cell never erases what an existing person's record already says. */
    private void apply(Details row, Person person, Map<String, Organisation> organisations) {
        if (row.surname() != null) {
            person.setSurname(row.surname());
        }
        if (row.givenName() != null) {
            person.setGivenName(row.givenName());
        }
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
                    name -> organisation(name, row.organisationKind())));
        }
        Set<Role> roles = EnumSet.copyOf(person.getRoles().isEmpty() ? EnumSet.of(Role.TRAINEE) : person.getRoles());
        roles.add(Role.TRAINEE);
        person.setRoles(roles);
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        Organisation organisation = em.createNamedQuery(Organisation.BY_NAME, Organisation.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
        if (organisation == null) {
            organisation = new Organisation(name, kind == null ? OrganisationKind.OTHER : kind);
            em.persist(organisation);
        }
        return organisation;
    }

    private <T> List<Person> people(String field, List<T> values, String order) {
        List<Person> result = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            result.addAll(em.createQuery("SELECT p FROM Person p LEFT JOIN FETCH p.district WHERE " + field
                            + " IN :values" + order, Person.class)
                    .setParameter("values", values.subList(from, Math.min(values.size(), from + CHUNK)))
                    .getResultList());
        }
        return result;
    }

    private static Known known(Person p) {
        return new Known(p.getId(), p.getEmail(), p.getFullName(),
                p.getDistrict() == null ? null : p.getDistrict().getNameRu(), p.getPasswordHash() != null,
                p.getSurname(), p.getGivenName(), p.getPatronymic());
    }
}
