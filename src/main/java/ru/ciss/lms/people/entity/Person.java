package ru.ciss.lms.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import ru.ciss.lms.people.FullName;
import ru.ciss.lms.people.Gender;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Anyone with an account: trainee, mentor, administrator, or several of these at once. People are never deleted,
 * only deactivated, because their attendance, work and certificates must stay on record.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_EMAIL, query = "SELECT p FROM Person p WHERE p.email = :email")
public class Person implements Serializable {

    public static final String BY_EMAIL = "Person.byEmail";

    /** Letters of any alphabet (ё included), spaces, hyphens, apostrophes and dots: what real names are made of. */
    static final String NAME = "^\\p{L}[\\p{L}\\p{M} .'’-]*$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = NAME, message = "{lms.validation.name}")
    private String surname;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = NAME, message = "{lms.validation.name}")
    @Column(name = "given_name")
    private String givenName;

    @Size(max = 100)
    @Pattern(regexp = "^$|" + NAME, message = "{lms.validation.name}")
    private String patronymic;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "^$|^\\+?[0-9 ()\\-]{5,25}$", message = "{lms.validation.phone}")
    private String phone;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "district_id")
    private District district;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Size(max = 200)
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.RU;

    private boolean active = true;

    /** Null when unknown: the words then take the patronymic's suggestion or the neutral form (GenderedWords). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Gender gender;

    @Column(name = "password_hash")
    private String passwordHash;

    /** Sessions opened before this moment are no longer honoured (see SessionValidityFilter). */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    @NotEmpty(message = "{lms.validation.roles}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    @BatchFetch(BatchFetchType.IN) // one query for the roles of a whole page of people, not one per person
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** «фамилия имя отчество» normalised for searching; computed by the database (V26), never written from here. */
    @Column(name = "search_name", insertable = false, updatable = false)
    private String searchName;

    @Version
    private long version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now(SchoolClock.current());
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now(SchoolClock.current());
    }

    /** "Фамилия Имя Отчество", as Russian documents write a name. */
    public String getFullName() {
        return FullName.of(surname, givenName, patronymic);
    }


    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = strip(surname);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = strip(givenName);
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public void setPatronymic(String patronymic) {
        this.patronymic = strip(patronymic);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = normaliseEmail(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = strip(phone);
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = strip(position);
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language == null ? Language.RU : language;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    /** Ends every session of this person opened before now, on every instance (issue #21). */
    public void endSessions(Instant now) {
        sessionsValidFrom = now;
    }

    public Instant getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    private static String strip(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
