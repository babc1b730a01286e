package ru.ciss.lms.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.testing.Deployments;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * The API against its own description (/openapi): every route keeps the token door for every kind of caller and
 * scope, and every documented answer that has a body is provoked here and checked against its JSON Schema. A route
 * or an answer added to the code without a line here fails, so the description cannot drift from what is served.
 */
class ApiContractIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Set<String> READING = Set.of("get", "head", "options");
    private final String base = Deployments.awaitListening(SharedApplication.url());

    /** How to make each documented answer happen: operationId + " " + status → a call. */
    private interface Provoke {
        HttpResponse<String> call(Tokens tokens, long cohort) throws Exception;
    }

    private record Tokens(String read, String write) {
    }

    private final Map<String, Provoke> provocations = new LinkedHashMap<>();

    {
        provocations.put("programmes 200", (t, c) -> call("GET", "/api/v1/programmes", t.read()));
        provocations.put("programmes 401", (t, c) -> call("GET", "/api/v1/programmes", null));
        provocations.put("programmes 429", (t, c) -> rateLimited("/api/v1/programmes"));
        provocations.put("cohorts 200", (t, c) -> call("GET", "/api/v1/cohorts?limit=2", t.read()));
        provocations.put("cohorts 400", (t, c) -> call("GET", "/api/v1/cohorts?after=x", t.read()));
        provocations.put("cohorts 401", (t, c) -> call("GET", "/api/v1/cohorts", "lms_wrong"));
        provocations.put("cohorts 429", (t, c) -> rateLimited("/api/v1/cohorts"));
        provocations.put("cohort 200", (t, c) -> call("GET", "/api/v1/cohorts/" + c, t.read()));
        provocations.put("cohort 404", (t, c) -> call("GET", "/api/v1/cohorts/999999999", t.read()));
        provocations.put("cohort 401", (t, c) -> call("GET", "/api/v1/cohorts/" + c, null));
        provocations.put("cohort 429", (t, c) -> rateLimited("/api/v1/cohorts/" + c));
    }

    @Test
    void everyRouteKeepsTheDoorForEveryCallerAndScope() throws Exception {
        JsonObject paths = document().getJsonObject("paths");
        assertFalse(paths.isEmpty());
        long admin = TestPeople.create("Матрицын", "ADMINISTRATOR").id();
        Tokens tokens = new Tokens(token(admin, "READ"), token(admin, "WRITE"));
        String trainee = token(TestPeople.create("Матрицына", "TRAINEE").id(), "WRITE");
        List<String> wrong = new ArrayList<>();
        for (String template : paths.keySet()) {
            String path = template.replaceAll("\\{[^}]+}", "1");
            for (String method : paths.getJsonObject(template).keySet()) {
                JsonObject operation = paths.getJsonObject(template).getJsonObject(method);
                String route = method.toUpperCase() + " " + template;
                if (!operation.getJsonObject("responses").containsKey("401")) {
                    wrong.add(route + ": 401 is not documented");
                }
                expect(wrong, route + " without a token", 401, call(method, path, null));
                expect(wrong, route + " with a trainee's token", 401, call(method, path, trainee));
                HttpResponse<String> read = call(method, path, tokens.read());
                if (READING.contains(method)) {
                    if (read.statusCode() == 401 || read.statusCode() == 403 || read.statusCode() >= 500) {
                        wrong.add(route + " with a read token: " + read.statusCode() + " " + read.body());
                    }
                } else {
                    expect(wrong, route + " with a read token", 403, read);
                    HttpResponse<String> write = call(method, path, tokens.write());
                    if (write.statusCode() == 401 || write.statusCode() == 403 || write.statusCode() >= 500) {
                        wrong.add(route + " with a write token: " + write.statusCode() + " " + write.body());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyDocumentedAnswerIsServedAsDescribed() throws Exception {
        JsonObject document = document();
        long admin = TestPeople.create("Схемова", "ADMINISTRATOR").id();
        Tokens tokens = new Tokens(token(admin, "READ"), token(admin, "WRITE"));
        long cohort = TestData.cohort("rc-leaders", null);
        Set<String> documented = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        JsonObject paths = document.getJsonObject("paths");
        for (String template : paths.keySet()) {
            for (String method : paths.getJsonObject(template).keySet()) {
                JsonObject operation = paths.getJsonObject(template).getJsonObject(method);
                JsonObject responses = operation.getJsonObject("responses");
                for (String status : responses.keySet()) {
                    JsonObject content = responses.getJsonObject(status).getJsonObject("content");
                    if (content == null) {
                        continue; // no body (a 304)
                    }
                    String key = operation.getString("operationId") + " " + status;
                    documented.add(key);
                    Provoke provoke = provocations.get(key);
                    if (provoke == null) {
                        wrong.add(key + ": documented, but this test does not know how to provoke it");
                        continue;
                    }
                    HttpResponse<String> answer = provoke.call(tokens, cohort);
                    if (answer.statusCode() != Integer.parseInt(status)) {
                        wrong.add(key + ": answered " + answer.statusCode() + " " + answer.body());
                        continue;
                    }
                    String mediaType = content.keySet().iterator().next();
                    String served = answer.headers().firstValue("Content-Type").orElse("");
                    if (!served.startsWith(mediaType)) {
                        wrong.add(key + ": served as " + served + ", documented as " + mediaType);
                    }
                    List<Error> errors = schema(document, content.getJsonObject(mediaType).getJsonObject("schema"))
                            .validate(answer.body(), InputFormat.JSON);
                    if (!errors.isEmpty()) {
                        wrong.add(key + ": " + errors + " in " + answer.body());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(new TreeSet<>(provocations.keySet()), documented, "every provocation is of a documented answer");
    }

    /** The operation's schema as a standalone JSON Schema 2020-12, the document's components as its $defs. */
    private static Schema schema(JsonObject document, JsonObject schema) {
        JsonObjectBuilder standalone = Json.createObjectBuilder(schema)
                .add("$schema", "https://json-schema.org/draft/2020-12/schema")
                .add("$defs", document.getJsonObject("components").getJsonObject("schemas"));
        String text = standalone.build().toString().replace("#/components/schemas/", "#/$defs/");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    private JsonObject document() throws Exception {
        HttpResponse<String> document = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        try (var reader = Json.createReader(new StringReader(document.body()))) {
            return reader.readObject();
        }
    }

    /** A request over the limit: a fresh token's burst used up on one address. */
    private HttpResponse<String> rateLimited(String path) throws Exception {
        String token = token(TestPeople.create("Торопливый", "ADMINISTRATOR").id(), "READ");
        HttpResponse<String> last = null;
        for (int i = 0; i < 1000; i++) {
            last = call("GET", path, token);
            if (last.statusCode() == 429) {
                assertTrue(last.headers().firstValue("Retry-After").isPresent(), "says when to come back");
                return last;
            }
        }
        return last;
    }

    private static String token(long personId, String scope) throws Exception {
        SecretTokens.Issued issued = SecretTokens.issue(32);
        TestData.insert("INSERT INTO api_token (person_id, name, scope, token_hash, created_at, expires_at) "
                + "VALUES (?, 'контракт', ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL 1 DAY)", personId, scope,
                issued.hash());
        return "lms_" + issued.secret();
    }

    private HttpResponse<String> call(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(List<String> wrong, String what, int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            wrong.add(what + ": expected " + status + ", got " + answer.statusCode() + " " + answer.body());
        }
    }
}
