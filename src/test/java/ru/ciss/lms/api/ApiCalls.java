package ru.ciss.lms.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.testing.TestData;

/** Calls of the REST API as another system makes them (no cookies), and tokens written straight into the database. */
final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    ApiCalls(String base) {
        this.base = base;
    }

    /** A request with a JSON body (none when null) and more headers as name, value pairs. */
    HttpResponse<String> send(String method, String path, String token, String json, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .method(method.toUpperCase(), json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A token of the person with that scope, valid for 30 days; {@code extra} sets one more column (e.g. revoked). */
    static String token(long personId, String scope, String extra) throws Exception {
        SecretTokens.Issued issued = SecretTokens.issue(32);
        long id = TestData.insert("INSERT INTO api_token (person_id, name, scope, token_hash, created_at, expires_at) "
                + "VALUES (?, 'тест', ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL 30 DAY)", personId, scope,
                issued.hash());
        if (extra != null) {
            TestData.update("UPDATE api_token SET " + extra + " WHERE id = ?", id);
        }
        return "lms_" + issued.secret();
    }
}
