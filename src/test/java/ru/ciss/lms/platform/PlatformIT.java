package ru.ciss.lms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ciss.lms.people.boundary.People;
import ru.ciss.lms.people.boundary.PersonFilter;
import ru.ciss.lms.people.entity.District;
import ru.ciss.lms.platform.security.SignInThrottle;
import ru.ciss.lms.platform.security.ThrottleRule;
import ru.ciss.lms.testing.Deployments;

/**
 * Inside the server, on MariaDB: migrations and reference data, server-side role checks, sign-in throttling, and
 * what a page that fails unexpectedly answers (a page made to fail, added to this deployment only).
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    /** A public page whose rendering fails: adding a word to a number is an error of the expression language. */
    private static final String FAILING_PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html">
            <h:head><title>failing</title></h:head>
            <h:body><p>#{1 + 'слово'}</p></h:body>
            </html>
            """;

    /** A public page that asks an administrators' boundary: its role check refuses an anonymous reader. */
    private static final String REFUSED_PAGE = FAILING_PAGE.replace("#{1 + 'слово'}", "#{forbiddenCall.people}");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(ForbiddenCall.class)
                .addAsWebResource(new StringAsset(FAILING_PAGE), "failing-for-test.xhtml")
                .addAsWebResource(new StringAsset(REFUSED_PAGE), "refused-for-test.xhtml");
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

    /**
     * A failing page answers 500 with the school's error page, at its own address: it used to answer 302 to the
     * error page, which answered 200, so a proxy's or a monitor's count of server errors never saw it.
     */
    @Test
    void aPageThatFailsAnswers500WithTheErrorPageAndNoStackTrace() throws Exception {
        java.net.http.HttpResponse<String> answer = get("/failing-for-test.xhtml");
        assertEquals(500, answer.statusCode(), answer::body);
        assertTrue(answer.body().contains("Запрос не выполнен"), answer::body);
        assertFalse(answer.body().contains("ELException") || answer.body().contains("at org."), answer::body);
    }

    /** A boundary's role check that refuses is no server error: 403 with the «no access» page, as for a URL. */
    @Test
    void aPageRefusedByARoleCheckAnswers403() throws Exception {
        java.net.http.HttpResponse<String> answer = get("/refused-for-test.xhtml");
        assertEquals(403, answer.statusCode(), answer::body);
        assertTrue(answer.body().contains("Доступ запрещён"), answer::body);
        assertFalse(answer.body().contains("EJBAccessException"), answer::body);
    }

    private java.net.http.HttpResponse<String> get(String path) throws Exception {
        java.net.URI page = java.net.URI.create("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath()
                + path);
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(java.net.http.HttpRequest.newBuilder(page).header("Accept-Language", "ru").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }
}
