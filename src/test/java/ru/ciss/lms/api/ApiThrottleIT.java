package ru.ciss.lms.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.Deployments;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestPeople;

/**
 * An API client sending requests in parallel with one token: each is counted against the token's shared limit
 * (SharedThrottle, one row per key in the database) and answered 200 or, over the limit, 429 — never an error.
 * Found by the page benchmark: the limit's row was locked for reading first and then for writing, so two parallel
 * calls waited for each other and MariaDB broke the deadlock by failing one of them.
 */
class ApiThrottleIT {

    private final URL url = SharedApplication.url();
    private final String base = Deployments.awaitListening(url);

    @Test
    void parallelCallsWithOneTokenAreCountedWithoutDeadlocks() throws Exception {
        String token = ApiCalls.token(TestPeople.create("Параллельный", "ADMINISTRATOR").id(), "READ", null);
        int threads = 8;
        int calls = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Integer>>> running = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    ApiCalls api = new ApiCalls(base);
                    for (int i = 0; i < calls; i++) {
                        statuses.add(api.send("GET", "/api/v1/programmes", token, null).statusCode());
                    }
                    return statuses;
                }));
            }
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<List<Integer>> f : running) {
                f.get().forEach(status -> byStatus.merge(status, 1, Integer::sum));
            }
            assertTrue(byStatus.keySet().stream().allMatch(s -> s == 200 || s == 429),
                    () -> "answers by status: " + byStatus);
            assertEquals(threads * calls, byStatus.values().stream().mapToInt(Integer::intValue).sum());
            assertTrue(byStatus.getOrDefault(200, 0) >= 1, () -> "answers by status: " + byStatus);
        } finally {
            pool.shutdownNow();
        }
    }
}
