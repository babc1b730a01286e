package ru.ciss.lms.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import ru.ciss.lms.people.ConsentKind;
import ru.ciss.lms.people.OrganisationKind;
import ru.ciss.lms.people.entity.Consent;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.people.entity.Organisation;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.security.Role;

/**
 * People, their employers and consents as the demo data makes them at the first start. Only the people feature
 * writes people; there is no signed-in person at startup, so the caller answers for who may ask.
 */
@ApplicationScoped
public class PeopleRecords {

    @PersistenceContext
    EntityManager em;

    /** The id of the person with this e-mail, if any. */
    public Optional<Long> idByEmail(String email) {
        return em.createNamedQuery(Person.BY_EMAIL, Person.class).setParameter("email", email).getResultStream()
                .findFirst().map(Person::getId);
    }

    /**
     * A new person of the district (by its code) working at the organisation (found by name, or made of that kind),
     * with one role; their id.
     */
    public long create(String surname, String givenName, String patronymic, String email, String districtCode,
                       String organisation, OrganisationKind kind, Role role) {
        Person person = new Person();
        person.setSurname(surname);
        person.setGivenName(givenName);
        person.setPatronymic(patronymic);
        person.setEmail(email);
        person.setDistrict(em.createQuery("SELECT d FROM District d WHERE d.code = :c", District.class)
                .setParameter("c", districtCode).getSingleResult());
        Organisation host = em.createNamedQuery(Organisation.BY_NAME, Organisation.class).setParameter("name", organisation)
                .getResultStream().findFirst().orElseGet(() -> {
                    Organisation created = new Organisation(organisation, kind);
                    em.persist(created);
                    return created;
                });
        person.setOrganisation(host);
        person.setRoles(EnumSet.of(role));
        em.persist(person);
        em.flush(); // the id is what the caller keeps
        return person.getId();
    }

    /** Records the person's consent, as given now. */
    public void consent(long personId, ConsentKind kind) {
        em.persist(new Consent(personId, kind));
    }
}
