package ru.ciss.lms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #21, finding 2: thirty wrong passwords for one account sent at the same moment check at most five of them
 * (the account's limit), and the right password after them is refused while the lock lasts.
 */
class SignInRaceIT {

    private static final int PARALLEL = 30;
    private final URL url = SharedApplication.url();

    @Test
    void parallelGuessesCheckNoMoreThanTheLimit() throws Exception {
        TestPeople.Account target = TestPeople.create("Перебираева", "TRAINEE");
        List<WebClient> clients = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            WebClient client = new WebClient(url);
            clients.add(client);
            pages.add(client.get("/login.xhtml").body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                WebClient client = clients.get(i);
                String page = pages.get(i);
                String guess = "угадай-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    Map<String, String> form = new LinkedHashMap<>();
                    form.put("signin", "signin");
                    form.put("signin:email", target.email());
                    form.put("signin:password", guess);
                    form.put("signin:submit", "Войти");
                    return client.postForm("/login.xhtml", page, form);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                int status = answer.get(60, TimeUnit.SECONDS).statusCode();
                assertTrue(status == 200 || status == 302, "answered, not failed: " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        String checked = TestData.value("SELECT COUNT(*) FROM sign_in_failure WHERE account_key = ?", target.email());
        assertEquals("5", checked, "passwords checked for the account out of " + PARALLEL + " sent at once");

        WebClient owner = new WebClient(url);
        HttpResponse<String> right = owner.signIn(target.email(), target.password());
        HttpResponse<String> home = owner.get("/home/trainee.xhtml");
        assertTrue(home.statusCode() != 200 || !home.body().contains("Перебираева"), () -> "the right password waits "
                + "for the lock to end, but signed in: " + right.statusCode() + " " + home.body());
    }
}
