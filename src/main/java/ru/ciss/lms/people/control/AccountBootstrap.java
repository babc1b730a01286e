package ru.ciss.lms.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.people.entity.Consent;
import ru.ciss.lms.people.ConsentKind;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.people.entity.Language;
import ru.ciss.lms.people.entity.Organisation;
import ru.ciss.lms.people.OrganisationKind;
import ru.ciss.lms.people.entity.Person;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.security.PasswordHasher;

/**
 * The first accounts. On the embedded default database (lms.demo.accounts=true, set by the local launcher) one demo
 * account per role, printed to the console. Anywhere, when no administrator exists yet, the administrator named by
 * LMS_ADMIN_EMAIL / LMS_ADMIN_PASSWORD, so a fresh production database can be signed into without demo accounts.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    /** Listed in the README; only ever created on the embedded database. */
    static final List<DemoAccount> DEMO = List.of(
            new DemoAccount("admin@example.org", "Admin-2026", Role.ADMINISTRATOR,
                    "Ковалёва", "Ирина", "Петровна", "omsk", "АНО «Центр инноваций социальной сферы»",
                    OrganisationKind.NGO, "Куратор программы"),
            new DemoAccount("mentor@example.org", "Mentor-2026", Role.MENTOR,
                    "Соколов", "Андрей", "Викторович", "omsk", "Омская региональная общественная организация «Союз НКО»",
                    OrganisationKind.NGO, "Председатель правления"),
            new DemoAccount("trainee@example.org", "Trainee-2026", Role.TRAINEE,
                    "Семёнова", "Наталья", "Алексеевна", "cherlaksky", "МБУ «Центр культуры Черлакского района»",
                    OrganisationKind.BUDGET_INSTITUTION, "Методист"));

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "lms.demo.accounts", defaultValue = "false")
    boolean demoAccounts;

    @Inject
    @ConfigProperty(name = "lms.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "lms.admin.password")
    Optional<String> adminPassword;

    private final PasswordHasher hasher = new PasswordHasher();

    @PostConstruct
    void createFirstAccounts() {
        if (demoAccounts) {
            createDemoAccounts();
        }
        if (adminEmail.isPresent() && adminPassword.isPresent() && !administratorExists()) {
            createFirstAdministrator(adminEmail.get(), adminPassword.get());
        }
    }

    private void createDemoAccounts() {
        StringBuilder banner = new StringBuilder();
        for (DemoAccount demo : DEMO) {
            if (exists(demo.email())) {
                continue;
            }
            Person person = new Person();
            person.setSurname(demo.surname());
            person.setGivenName(demo.givenName());
            person.setPatronymic(demo.patronymic());
            person.setEmail(demo.email());
            person.setDistrict(districtByCode(demo.districtCode()));
            person.setOrganisation(organisation(demo.organisation(), demo.kind()));
            person.setPosition(demo.position());
            person.setLanguage(Language.RU);
            person.setRoles(EnumSet.of(demo.role()));
            person.setPasswordHash(hasher.hash(demo.password()));
            em.persist(person);
            em.flush(); // the consent needs the person's id
            // The demo accounts are there to be tried at once, so they come with the consent an activation would give.
            em.persist(new Consent(person.getId(), ConsentKind.PERSONAL_DATA));
            banner.append(String.format("%n    %-14s %-22s %s", demo.role(), demo.email(), demo.password()));
        }
        if (!banner.isEmpty()) {
            LOG.info("Demo accounts created on the embedded database (role, e-mail, password):" + banner);
        }
    }

    private void createFirstAdministrator(String email, String password) {
        if (password.length() < 8) {
            LOG.severe("LMS_ADMIN_PASSWORD is shorter than 8 characters; the first administrator was not created.");
            return;
        }
        Person admin = new Person();
        admin.setSurname("Администратор");
        admin.setGivenName("Первый");
        admin.setEmail(email);
        admin.setRoles(EnumSet.of(Role.ADMINISTRATOR));
        admin.setPasswordHash(hasher.hash(password));
        em.persist(admin);
        LOG.info(() -> "First administrator created: " + Person.normaliseEmail(email)
                + " (from LMS_ADMIN_EMAIL). Change the name and password in the profile.");
    }

    private boolean administratorExists() {
        return em.createQuery("SELECT COUNT(p) FROM Person p WHERE :role MEMBER OF p.roles", Long.class)
                .setParameter("role", Role.ADMINISTRATOR).getSingleResult() > 0;
    }

    private boolean exists(String email) {
        return !em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", email).getResultList().isEmpty();
    }

    private District districtByCode(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        return em.createNamedQuery(Organisation.BY_NAME, Organisation.class).setParameter("name", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Organisation created = new Organisation(name, kind);
                    em.persist(created);
                    return created;
                });
    }

    record DemoAccount(String email, String password, Role role, String surname, String givenName,
                       String patronymic, String districtCode, String organisation, OrganisationKind kind,
                       String position) {
    }
}
