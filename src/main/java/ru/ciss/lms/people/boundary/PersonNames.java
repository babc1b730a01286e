package ru.ciss.lms.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ru.ciss.lms.people.FullName;
import ru.ciss.lms.people.Gender;
import ru.ciss.lms.people.GenderedWords;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.people.entity.Language;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.security.Role;

/**
 * What other features read of a person, as records: the name, the district and organisation they are shown with, the
 * language their mail is written in. No caller check here: each method answers for the boundary that calls it, which
 * has already decided who may ask.
 */
@ApplicationScoped
public class PersonNames {

    /** A person as a reviewer or a mailing sees them. */
    /** {@code gender}: how texts about them are written (GenderedWords: the one set, or read from the patronymic). */
    public record PersonCard(long id, String fullName, Integer districtId, String districtName, Long organisationId,
                             String organisationName, Locale locale, boolean active, Gender gender)
            implements Serializable {
    }

    /**
     * A person's contacts and account, as an administrator's page of that person shows them; {@code wordsGender} the
     * gender the words about the person follow (set, or told by the patronymic; else null: the neutral forms).
     */
    public record PersonContacts(long id, String fullName, String email, String phone, DistrictChoice district,
                                 String organisationName, String position, List<Role> roles,
                                 boolean active, boolean activated, ru.ciss.lms.people.Gender wordsGender)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<PersonContacts> contacts(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId))
                .map(p -> new PersonContacts(p.getId(), p.getFullName(), p.getEmail(), p.getPhone(),
                        p.getDistrict() == null ? null : DistrictChoice.of(p.getDistrict()),
                        p.getOrganisation() == null ? null : p.getOrganisation().getName(), p.getPosition(),
                        p.getRoles().stream().sorted().toList(), p.isActive(), p.getPasswordHash() != null,
                        ru.ciss.lms.people.GenderedWords.of(p.getGender(), p.getPatronymic())));
    }

    public Optional<PersonCard> card(long personId) {
        return em.createQuery("SELECT p.id, p.surname, p.givenName, p.patronymic, d.id, d.nameRu, o.id, o.name, "
                        + "p.language, p.active, p.gender FROM Person p LEFT JOIN p.district d LEFT JOIN p.organisation o WHERE p.id = :id",
                        Object[].class).setParameter("id", personId).getResultStream().findFirst()
                .map(r -> new PersonCard((Long) r[0], FullName.of((String) r[1], (String) r[2], (String) r[3]),
                        (Integer) r[4], (String) r[5], (Long) r[6], (String) r[7], ((Language) r[8]).locale(),
                        (Boolean) r[9], GenderedWords.of((Gender) r[10], (String) r[3])));
    }

    /** «Фамилия Имя Отчество», or an empty string for an unknown id. */
    public String fullName(long personId) {
        return card(personId).map(PersonCard::fullName).orElse("");
    }

    /** Whether the person holds the role; false for an unknown id. */
    public boolean hasRole(long personId, Role role) {
        return !em.createQuery("SELECT p.id FROM Person p WHERE p.id = :id AND :role MEMBER OF p.roles", Long.class)
                .setParameter("id", personId).setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    /** The language each of the given people reads mail in, for those whose accounts are active, by id in order. */
    public java.util.SortedMap<Long, Locale> localesOfActive(Collection<Long> personIds) {
        java.util.SortedMap<Long, Locale> locales = new java.util.TreeMap<>();
        if (!personIds.isEmpty()) {
            em.createQuery("SELECT p.id, p.language FROM Person p WHERE p.active = TRUE AND p.id IN :ids",
                            Object[].class).setParameter("ids", personIds).getResultList()
                    .forEach(r -> locales.put((Long) r[0], ((Language) r[1]).locale()));
        }
        return locales;
    }

    /** A district by its id, for a value stored without its person (a final work's district). */
    public Optional<DistrictChoice> district(Integer districtId) {
        return districtId == null ? Optional.empty()
                : Optional.ofNullable(em.find(District.class, districtId)).map(DistrictChoice::of);
    }

    /** Those of the given people whose accounts are active, in the order given. */
    public List<Long> active(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        Set<Long> active = new HashSet<>(em.createQuery("SELECT p.id FROM Person p WHERE p.active = TRUE "
                + "AND p.id IN :ids", Long.class).setParameter("ids", personIds).getResultList());
        return personIds.stream().filter(active::contains).toList();
    }
}
