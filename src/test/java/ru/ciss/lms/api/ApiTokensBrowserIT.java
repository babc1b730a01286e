package ru.ciss.lms.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.ciss.lms.testing.Browser;
import ru.ciss.lms.testing.Deployments;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestPeople;

/** The API tokens page as an administrator uses it: make a token, copy it once, revoke it; accessible, on a phone too. */
class ApiTokensBrowserIT {

    @Test
    void aTokenIsMadeShownOnceAndRevoked() throws Exception {
        String base = Deployments.awaitListening(SharedApplication.url()); // starts the app and its database first
        TestPeople.Account admin = TestPeople.create("Интеграторова", "ADMINISTRATOR");
        try (Browser browser = new Browser(SharedApplication.url())) {
            browser.signIn(admin.email(), admin.password());
            browser.open("/home/admin.xhtml");
            browser.clickAndWait("to-api-tokens");
            assertTrue(browser.path().startsWith("/admin/api-tokens"), browser::path);
            browser.assertAccessible();
            browser.type("make:name", "Отчёт для фонда");
            browser.clickAndWait("make:make-token");
            String secret = browser.find("secret").getDomProperty("value");
            assertTrue(secret.startsWith("lms_") && secret.length() > 40, secret);
            assertTrue(browser.text().contains("Отчёт для фонда") && browser.text().contains("ещё не было"), browser::text);
            browser.assertAccessible();
            browser.assertFitsWidth(360);
            assertEquals(200, get(base, secret), "the token opens the API");

            browser.open("/admin/api-tokens.xhtml");
            assertTrue(browser.findAll(By.id("secret")).isEmpty(), "shown once: gone after a reload");
            assertFalse(browser.driver().getPageSource().contains(secret));

            browser.findAll(By.cssSelector("#token-table input[type=submit]")).getFirst().click();
            // asked first, naming the key: a mis-tap must not cut off the system that uses it
            browser.waitFor(By.id("token-revoke-confirm"));
            org.openqa.selenium.WebElement dialog = browser.find("token-revoke-confirm");
            assertTrue(dialog.isDisplayed() && dialog.getText().contains("«Отчёт для фонда»"), dialog::getText);
            assertEquals(200, get(base, secret), "nothing revoked before the confirmation");
            browser.find("token-revoke-confirm-confirm").click();
            browser.waitFor(By.cssSelector(".msg-info"));
            assertTrue(browser.text().contains("Ключ отозван") && browser.text().contains("отозван"), browser::text);
            assertEquals(401, get(base, secret), "revoked: the API refuses it");
            browser.assertAccessible();
        }
    }

    private static int get(String base, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/programmes"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
