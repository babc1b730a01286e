package ru.ciss.lms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.boundary.PersonFilter;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.platform.security.SignInThrottle;
import ru.ciss.lms.platform.security.ThrottleRule;
import ru.ciss.lms.testing.Deployments;

/** Inside the server, on MariaDB: migrations and reference data, server-side role checks, sign-in throttling. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    People people;

    @Inject
    SignInThrottle throttle;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private static final ThrottleRule FIVE_IN_FIFTEEN = new ThrottleRule(5, Duration.ofMinutes(15));

    @Test
    void migrationsLoadedTheOmskRegionsDistrictsAndTheCity() {
        List<District> districts = people.districts();
        assertEquals(33, districts.size());
        assertEquals(32, districts.stream().filter(d -> d.getKind() == District.Kind.MUNICIPAL_DISTRICT).count());
        assertTrue(districts.stream().anyMatch(d -> d.getNameRu().equals("Черлакский район")));
        assertTrue(districts.stream().anyMatch(d -> d.getNameRu().equals("г. Омск")));
    }

    @Test
    void sessionsTimeOutAfterTheConfiguredMinutes() {
        assertEquals(60 * 60, request.getSession(true).getMaxInactiveInterval(), "lms.session.timeout-minutes=60");
    }

    @Test
    void theRegisterRefusesCallersWithoutTheAdministratorRole() {
        assertThrows(EJBAccessException.class, () -> people.count(PersonFilter.everyone()));
        assertThrows(EJBAccessException.class, () -> people.find(1));
        assertThrows(EJBAccessException.class, () -> people.me());
    }

    @Test
    void fiveFailuresLockTheAccountWhetherOrNotItExists() {
        String email = UUID.randomUUID() + "@nobody.example.org";
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(email, "10.0.0." + i);
        }
        assertTrue(throttle.lockedUntil(email.toUpperCase(), "10.9.9.9").isEmpty(), "four failures are allowed");
        throttle.recordFailure(email, "10.0.0.9");
        var until = throttle.lockedUntil(email.toUpperCase(), "10.9.9.9");
        assertTrue(until.isPresent(), "the fifth failure locks the account from any address");
        assertTrue(Duration.between(java.time.Instant.now(), until.get()).toMinutes() >= 14);
        throttle.recordSuccess(email);
        assertTrue(throttle.lockedUntil(email, "10.9.9.9").isEmpty(), "a success clears the account's count");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() {
        String address = "192.0.2." + (int) (Math.random() * 250);
        String unique = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(i + "-" + unique + "@example.org", address);
        }
        assertTrue(throttle.lockedUntil("other-" + unique + "@example.org", address,
                FIVE_IN_FIFTEEN, FIVE_IN_FIFTEEN).isPresent());
        assertTrue(throttle.lockedUntil("other-" + unique + "@example.org", "198.51.100.1",
                FIVE_IN_FIFTEEN, FIVE_IN_FIFTEEN).isEmpty(), "other addresses are not affected");
    }
}
