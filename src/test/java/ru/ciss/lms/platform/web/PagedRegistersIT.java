package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * The administrators' other paged registers read a page and the list's total in one boundary call, as the people list
 * and the review queue do (OneCallLazyModel, issue #25): the certificate register and the outbox, each one transaction.
 */
class PagedRegistersIT {

    URL url = SharedApplication.url();

    private WebClient admin() {
        TestPeople.Account admin = TestPeople.create("Реестрова", "ADMINISTRATOR");
        WebClient client = new WebClient(url);
        assertEquals(302, client.signIn(admin.email(), admin.password()).statusCode());
        return client;
    }

    private static String transactionsOf(WebClient client, String path) {
        client.get(path); // the session's first page reads the caller's card besides
        HttpResponse<String> page = client.get(path);
        assertEquals(200, page.statusCode(), path);
        return page.headers().firstValue("X-SQL-Transactions").orElseThrow();
    }

    @Test
    void theCertificateRegisterReadsItsCountWithItsPage() {
        assertEquals("1", transactionsOf(admin(), "/certificates/register.xhtml"), "transactions of the register");
    }

    @Test
    void theOutboxReadsItsCountWithItsPageAndPagesTheFilteredList() throws Exception {
        WebClient admin = admin();
        assertEquals("1", transactionsOf(admin, "/admin/outbox.xhtml"), "transactions of the outbox");

        String recipient = "paged-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        for (int i = 1; i <= 21; i++) {
            TestData.insert("INSERT INTO outbox_message (kind, recipient, recipient_name, subject, body, state, "
                    + "attempts, next_attempt_at, created_at) VALUES ('DUE_SOON', ?, ?, ?, 'Текст', 'SENT', 1, NOW(3), NOW(3))",
                    recipient, "Получатель", String.format("Письмо %02d", i));
        }
        HttpResponse<String> opened = admin.get("/admin/outbox.xhtml");
        assertEquals(200, opened.statusCode());
        String page = opened.body();
        HttpResponse<String> found = admin.postForm("/admin/outbox.xhtml", page, Map.of("filter", "filter",
                "filter:recipient", recipient, "filter:state", "", "filter:apply", "filter:apply"));
        assertEquals(200, found.statusCode(), found::body);
        String body = found.body().replace("&nbsp;", " ");
        assertTrue(body.contains("1–20 / 21"), () -> "a page of 20 of the 21 found: " + body);
        // Newest first: the last one written is on the first page, the first one written is not.
        assertTrue(body.contains("Письмо 21") && !body.contains("Письмо 01"), () -> "the newest twenty: " + body);
    }
}
