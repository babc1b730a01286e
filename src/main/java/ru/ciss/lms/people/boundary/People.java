package ru.ciss.lms.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.people.OrganisationKind;
import ru.ciss.lms.people.control.CallerCard;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.people.entity.Language;
import ru.ciss.lms.people.entity.Organisation;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.database.NativeRows;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.PasswordHasher;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Everything done to people: the administrators' register and each person's own profile. Every method states
 * who may call it; "own" methods take the person from the signed-in caller, never from an id the client sent.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
public class People {

    private static final String ADMIN = Role.ADMINISTRATOR_NAME;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ru.ciss.lms.platform.security.SignInThrottle throttle;

    private final PasswordHasher hasher = new PasswordHasher();

    // ---- the register (administrators) ----

    /**
     * A page of the register. Native SQL with the people's roles in a second statement: the same two statements as the
     * entity query with its batch-fetched roles, without managing a page of people or generating the SQL anew at each
     * execution (issue #25, the people list's profile).
     */
    @RolesAllowed(ADMIN)
    public List<PersonRow> search(@NotNull PersonFilter filter, int first, int pageSize, String sortField, boolean ascending) {
        Register register = Register.of(filter);
        Query query = em.createNativeQuery(pageSql(register, sortField, ascending));
        int next = NativeRows.bind(query, 1, register.values());
        query.setParameter(next, Math.clamp(pageSize, 1, 200)).setParameter(next + 1, Math.max(0, first));
        List<Object[]> rows = NativeRows.rows(query);
        Map<Long, java.util.EnumSet<Role>> roles = rolesOf(rows.stream().map(r -> NativeRows.asLong(r[0])).toList());
        return rows.stream().map(r -> {
            long id = NativeRows.asLong(r[0]);
            Integer district = NativeRows.asInt(r[7]);
            return new PersonRow(id, (String) r[1], (String) r[2], (String) r[3],
                    NativeRows.asEnum(ru.ciss.lms.people.Gender.class, r[4]), (String) r[5], NativeRows.asBoolean(r[6]),
                    List.copyOf(roles.getOrDefault(id, java.util.EnumSet.noneOf(Role.class))),
                    district == null ? null : em.find(District.class, district), (String) r[8]);
        }).toList();
    }

    /**
     * The statement of a page of the register. Sorted by name (the default) its order is the one of the index
     * {@code ix_person_active_name} (and of {@code ix_person_name} with the inactive included), every column in the
     * same direction, so that MariaDB reads a page's rows in index order instead of sorting every person; by e-mail
     * the unique index's order. By district or organisation a sort is unavoidable (their names are in other tables).
     */
    static String pageSql(Register register, String sortField, boolean ascending) {
        String d = ascending ? " ASC" : " DESC";
        String byName = "p.surname" + d + ", p.given_name" + d + ", p.patronymic" + d + ", p.id" + d;
        String order = switch (sortField == null ? "" : sortField) {
            case "email" -> "p.email" + d + ", p.id" + d;
            case "district" -> "d.name_ru" + d + ", p.surname, p.given_name, p.patronymic, p.id";
            case "organisation" -> "o.name" + d + ", p.surname, p.given_name, p.patronymic, p.id";
            default -> byName;
        };
        return "SELECT p.id, p.surname, p.given_name, p.patronymic, p.gender, p.email, "
                + "p.active, p.district_id, o.name FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
                + "LEFT JOIN district d ON d.id = p.district_id" + register.where()
                + " ORDER BY " + order + " LIMIT ? OFFSET ?";
    }

    /** A page of the register and how many people the filter finds in all, in one call (one transaction). */
    @RolesAllowed(ADMIN)
    public ru.ciss.lms.platform.database.CountedRows<PersonRow> page(@NotNull PersonFilter filter, int first,
            int pageSize, String sortField, boolean ascending) {
        return new ru.ciss.lms.platform.database.CountedRows<>(count(filter),
                search(filter, first, pageSize, sortField, ascending));
    }

    @RolesAllowed(ADMIN)
    public long count(@NotNull PersonFilter filter) {
        Register register = Register.of(filter);
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM person p LEFT JOIN organisation o "
                + "ON o.id = p.organisation_id" + register.where());
        NativeRows.bind(query, 1, register.values());
        return NativeRows.asLong(query.getSingleResult());
    }

    private Map<Long, java.util.EnumSet<Role>> rolesOf(List<Long> ids) {
        Map<Long, java.util.EnumSet<Role>> roles = new HashMap<>();
        if (ids.isEmpty()) {
            return roles;
        }
        Query query = em.createNativeQuery("SELECT person_id, role FROM person_role WHERE person_id IN ("
                + NativeRows.placeholders(ids) + ")");
        NativeRows.bind(query, 1, ids);
        for (Object[] r : NativeRows.rows(query)) {
            roles.computeIfAbsent(NativeRows.asLong(r[0]), k -> java.util.EnumSet.noneOf(Role.class))
                    .add(NativeRows.asEnum(Role.class, r[1]));
        }
        return roles;
    }

    /** The filter as a WHERE clause over {@code person p} and {@code organisation o}, with its values in order. */
    record Register(String where, List<Object> values) {

        static Register of(PersonFilter filter) {
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (!filter.includeInactive()) {
                conditions.add("p.active = TRUE");
            }
            if (filter.role() != null) {
                conditions.add("EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role = ?)");
                values.add(filter.role().name());
            }
            if (filter.districtId() != null) {
                conditions.add("p.district_id = ?");
                values.add(filter.districtId());
            }
            // Each word anywhere in the normalised full name (so «Николай Соловьев» finds «Соловьёв Николай
            // Михайлович»), in the e-mail or in the organisation's name; all the words must be found.
            for (String word : filter.likePatterns()) {
                conditions.add("(p.search_name LIKE ? OR p.email LIKE ? OR LOWER(o.name) LIKE ?)");
                values.addAll(List.of(word, word, word));
            }
            return new Register(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
        }
    }

    @RolesAllowed(ADMIN)
    public Person find(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new PeopleRuleException("people.notFound");
        }
        if (person.getOrganisation() != null) {
            person.getOrganisation().getName(); // load it while the transaction is open
        }
        return person;
    }

    /** Creates a person; {@code organisationName} is matched to an existing organisation or creates one. */
    @RolesAllowed(ADMIN)
    public Person create(@NotNull @Valid Person person, String organisationName, OrganisationKind kind,
                         String initialPassword) {
        requireUniqueEmail(person.getEmail(), null);
        // A fresh entity, so a refused attempt leaves the caller's form object exactly as it was.
        Person created = new Person();
        copyRegisterFields(person, created);
        created.setOrganisation(organisation(organisationName, kind));
        if (initialPassword != null && !initialPassword.isEmpty()) {
            requireAcceptable(initialPassword, created);
            created.setPasswordHash(hasher.hash(initialPassword));
        }
        em.persist(created);
        flushRefusingDuplicates();
        return created;
    }

    /** Saves an administrator's edit of a person, unless someone else saved that person since it was opened. */
    @RolesAllowed(ADMIN)
    public Person update(@NotNull @Valid Person edited, String organisationName, OrganisationKind kind) {
        Person person = lockedForEdit(edited.getId(), edited.getVersion());
        requireUniqueEmail(edited.getEmail(), person.getId());
        boolean rolesChanged = !person.getRoles().equals(edited.getRoles());
        copyRegisterFields(edited, person);
        if (rolesChanged) {
            person.endSessions(Instant.now(SchoolClock.current())); // a session keeps the roles it was opened with
        }
        person.setOrganisation(organisation(organisationName, kind));
        flushRefusingDuplicates();
        return person;
    }

    @RolesAllowed(ADMIN)
    public void setActive(long id, long version, boolean active) {
        Person person = lockedForEdit(id, version);
        if (!active && String.valueOf(person.getId()).equals(String.valueOf(caller.id()))) {
            throw new PeopleRuleException("people.deactivate.self");
        }
        person.setActive(active);
        if (!active) {
            person.endSessions(Instant.now(SchoolClock.current()));
        }
        flushRefusingDuplicates();
    }

    @RolesAllowed(ADMIN)
    public void resetPassword(long id, String newPassword) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new PeopleRuleException("people.notFound");
        }
        requireAcceptable(newPassword, person);
        person.setPasswordHash(hasher.hash(newPassword));
        person.endSessions(Instant.now(SchoolClock.current())); // every session opened with the old password ends
    }

    @RolesAllowed(ADMIN)
    public List<DistrictRoleCount> countByDistrictAndRole() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.district_id, r.role, COUNT(*) FROM person p "
                + "JOIN person_role r ON r.person_id = p.id WHERE p.active = TRUE "
                + "GROUP BY p.district_id, r.role").getResultList();
        Map<Integer, long[]> byDistrict = new HashMap<>();
        for (Object[] row : rows) {
            Integer district = row[0] == null ? null : ((Number) row[0]).intValue();
            long[] counts = byDistrict.computeIfAbsent(district, k -> new long[3]);
            counts[Role.valueOf((String) row[1]).ordinal()] = ((Number) row[2]).longValue();
        }
        List<DistrictRoleCount> result = new ArrayList<>();
        for (District district : districts()) {
            long[] c = byDistrict.getOrDefault(district.getId(), new long[3]);
            result.add(new DistrictRoleCount(DistrictChoice.of(district), c[0], c[1], c[2]));
        }
        long[] none = byDistrict.get(null);
        if (none != null) {
            result.add(new DistrictRoleCount(null, none[0], none[1], none[2]));
        }
        return result;
    }

    // ---- anyone signed in: their own record ----

    // INVITED_MENTOR: a mentor signed in by an invitation link sees their own name in the page header.
    @RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, ADMIN, Role.INVITED_MENTOR_NAME})
    public Person me() {
        Person person = em.find(Person.class, caller.id());
        if (person.getOrganisation() != null) {
            person.getOrganisation().getName();
        }
        return person;
    }

    /**
     * What pages show of the caller: one statement, no person entity to manage. Pages usually have it already, read
     * with the session's validity (SessionValidity); this is for a request that signed in or an invited mentor.
     */
    @RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, ADMIN, Role.INVITED_MENTOR_NAME})
    public CallerCard myCard() {
        // Native SQL: EclipseLink generates a constructor query's SQL anew at every execution (see NativeRows).
        Object[] row = (Object[]) em.createNativeQuery("SELECT p.surname, p.given_name, p.patronymic, p.email, "
                        + "p.district_id, o.name, p.gender FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
                        + "WHERE p.id = ?").setParameter(1, caller.id()).getSingleResult();
        return new CallerCard(caller.id(), (String) row[0], (String) row[1], (String) row[2], (String) row[3],
                NativeRows.asInt(row[4]), (String) row[5], NativeRows.asEnum(ru.ciss.lms.people.Gender.class, row[6]));
    }

    /** A person edits their own contact details; roles, e-mail and the active flag are the administrators'. */
    @RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, ADMIN})
    public Person updateOwnProfile(@NotNull @Valid Person edited, String organisationName, OrganisationKind kind) {
        Person person = lockedForEdit(caller.id(), edited.getVersion());
        person.setSurname(edited.getSurname());
        person.setGivenName(edited.getGivenName());
        person.setPatronymic(edited.getPatronymic());
        person.setPhone(edited.getPhone());
        person.setDistrict(edited.getDistrict() == null ? null : em.find(District.class, edited.getDistrict().getId()));
        person.setPosition(edited.getPosition());
        person.setLanguage(edited.getLanguage());
        person.setOrganisation(organisation(organisationName, kind));
        flushRefusingDuplicates();
        return person;
    }

    /**
     * Changes the caller's password. The current password is checked under the sign-in limit of the account and the
     * address (issue #21): someone at an unattended, signed-in computer may not guess it faster than at the sign-in
     * form, and their wrong guesses count towards that lock too.
     */
    @RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, ADMIN})
    public void changeOwnPassword(String currentPassword, String newPassword, String address) {
        Person person = em.find(Person.class, caller.id());
        throttle.openGates(person.getEmail(), address);
        if (!throttle.claimAttempt(person.getEmail(), address)) {
            long minutes = throttle.lockedUntil(person.getEmail(), address)
                    .map(until -> Math.max(1, java.time.Duration.between(Instant.now(SchoolClock.current()), until).toMinutes() + 1))
                    .orElse(1L);
            throw new PeopleRuleException("people.password.tooManyTries", minutes);
        }
        if (!hasher.verify(currentPassword, person.getPasswordHash())) {
            throw new PeopleRuleException("people.password.currentWrong"); // the attempt claimed above stays counted
        }
        throttle.recordSuccess(person.getEmail());
        requireAcceptable(newPassword, person);
        person.setPasswordHash(hasher.hash(newPassword));
        person.endSessions(Instant.now(SchoolClock.current())); // every session opened with the old password ends
    }

    @RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, ADMIN})
    public void changeOwnLanguage(@NotNull Language language) {
        em.find(Person.class, caller.id()).setLanguage(language);
    }

    // ---- reference data, for any form ----

    public List<District> districts() {
        return em.createNamedQuery(District.ALL, District.class).getResultList();
    }

    /** The districts for a form or filter of another feature, without handing out the entity. */
    public List<DistrictChoice> districtChoices() {
        return districts().stream().map(DistrictChoice::of).toList();
    }

    public District district(Integer id) {
        return id == null ? null : em.find(District.class, id);
    }

    // ---- rules ----

    /** What an administrator may set; the password hash and audit fields are never taken from a form. */
    private void copyRegisterFields(Person from, Person to) {
        to.setSurname(from.getSurname());
        to.setGivenName(from.getGivenName());
        to.setPatronymic(from.getPatronymic());
        to.setGender(from.getGender());
        to.setEmail(from.getEmail());
        to.setPhone(from.getPhone());
        to.setDistrict(from.getDistrict() == null ? null : em.find(District.class, from.getDistrict().getId()));
        to.setPosition(from.getPosition());
        to.setLanguage(from.getLanguage());
        to.setRoles(from.getRoles());
        to.setActive(from.isActive());
    }


    private Person lockedForEdit(Long id, long expectedVersion) {
        Person person = id == null ? null : em.find(Person.class, id);
        if (person == null) {
            throw new PeopleRuleException("people.notFound");
        }
        if (person.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return person;
    }

    private void requireUniqueEmail(String email, Long exceptId) {
        boolean taken = em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultStream().anyMatch(other -> !other.getId().equals(exceptId));
        if (taken) {
            throw new PeopleRuleException("people.email.taken");
        }
    }

    /** The password must also not be built from the person's own e-mail or names. */
    private static void requireAcceptable(String password, Person person) {
        String problem = PasswordPolicy.problem(password, person.getEmail(), person.getSurname(), person.getGivenName(),
                person.getPatronymic());
        if (problem != null) {
            throw new PeopleRuleException(problem);
        }
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip().replaceAll("\\s+", " ");
        if (trimmed.length() > 300) {
            throw new PeopleRuleException("people.organisation.tooLong");
        }
        Organisation organisation = em.createNamedQuery(Organisation.BY_NAME, Organisation.class)
                .setParameter("name", trimmed).getResultStream().findFirst().orElse(null);
        if (organisation == null) {
            organisation = new Organisation(trimmed, kind == null ? OrganisationKind.OTHER : kind);
            em.persist(organisation);
        } else if (kind != null && kind != organisation.getKind()) {
            organisation.setKind(kind);
        }
        return organisation;
    }

    /** Turns the database's last word on uniqueness and versions into messages a person can act on. */
    private void flushRefusingDuplicates() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        } catch (PersistenceException e) {
            if (String.valueOf(e.getMessage()).contains("uq_person_email")) {
                throw new PeopleRuleException("people.email.taken");
            }
            throw e;
        }
    }
}
