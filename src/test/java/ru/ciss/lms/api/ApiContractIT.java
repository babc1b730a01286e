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
import org.junit.jupiter.api.Test;
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
        HttpResponse<String> call(Fixture f) throws Exception;
    }

    private record Tokens(String read, String write) {
    }

    /** What the provocations need: tokens, a cohort, a trainee who may receive a certificate, a certificate. */
    private record Fixture(String read, String write, long cohort, long eligible, long graduate, long certificate,
                           String programme) {
    }

    private final Map<String, Provoke> provocations = new LinkedHashMap<>();

    {
        provocations.put("programmes 200", f -> call("GET", "/api/v1/programmes", f.read()));
        provocations.put("programmes 401", f -> call("GET", "/api/v1/programmes", null));
        provocations.put("programmes 429", f -> rateLimited("GET", "/api/v1/programmes"));
        provocations.put("cohorts 200", f -> call("GET", "/api/v1/cohorts?limit=2", f.read()));
        provocations.put("cohorts 400", f -> call("GET", "/api/v1/cohorts?after=x", f.read()));
        provocations.put("cohorts 401", f -> call("GET", "/api/v1/cohorts", "lms_wrong"));
        provocations.put("cohorts 429", f -> rateLimited("GET", "/api/v1/cohorts"));
        provocations.put("cohort 200", f -> call("GET", "/api/v1/cohorts/" + f.cohort(), f.read()));
        provocations.put("cohort 404", f -> call("GET", "/api/v1/cohorts/999999999", f.read()));
        provocations.put("cohort 401", f -> call("GET", "/api/v1/cohorts/" + f.cohort(), null));
        provocations.put("cohort 429", f -> rateLimited("GET", "/api/v1/cohorts/" + f.cohort()));
        provocations.put("cohortMembers 200", f -> call("GET", "/api/v1/cohorts/" + f.cohort() + "/members", f.read()));
        provocations.put("cohortMembers 404", f -> call("GET", "/api/v1/cohorts/999999999/members", f.read()));
        provocations.put("cohortMembers 401", f -> call("GET", "/api/v1/cohorts/" + f.cohort() + "/members", null));
        provocations.put("cohortMembers 429", f -> rateLimited("GET", "/api/v1/cohorts/" + f.cohort() + "/members"));
        provocations.put("cohortSessionDays 200", f -> call("GET", "/api/v1/cohorts/" + f.cohort() + "/session-days", f.read()));
        provocations.put("cohortSessionDays 404", f -> call("GET", "/api/v1/cohorts/999999999/session-days", f.read()));
        provocations.put("cohortAttendanceMarks 200", f -> call("GET", "/api/v1/cohorts/" + f.cohort()
                + "/attendance-marks", f.read()));
        provocations.put("cohortAttendanceMarks 404", f -> call("GET", "/api/v1/cohorts/999999999/attendance-marks",
                f.read()));
        provocations.put("cohortSessionDays 401", f -> call("GET", "/api/v1/cohorts/1/session-days", null));
        provocations.put("cohortSessionDays 429", f -> rateLimited("GET", "/api/v1/cohorts/1/session-days"));
        provocations.put("cohortAttendanceMarks 401", f -> call("GET", "/api/v1/cohorts/1/attendance-marks", null));
        provocations.put("cohortAttendanceMarks 429", f -> rateLimited("GET", "/api/v1/cohorts/1/attendance-marks"));
        provocations.put("cohortPresentations 200", f -> call("GET", "/api/v1/cohorts/" + f.cohort() + "/presentations",
                f.read()));
        provocations.put("cohortPresentations 404", f -> call("GET", "/api/v1/cohorts/999999999/presentations", f.read()));
        provocations.put("cohortPresentations 401", f -> call("GET", "/api/v1/cohorts/1/presentations", null));
        provocations.put("cohortPresentations 429", f -> rateLimited("GET", "/api/v1/cohorts/1/presentations"));
        provocations.put("cohortSubmissions 200", f -> call("GET", "/api/v1/cohorts/" + f.cohort()
                + "/submissions?limit=2", f.read()));
        provocations.put("cohortSubmissions 400", f -> call("GET", "/api/v1/cohorts/" + f.cohort()
                + "/submissions?state=LOST", f.read()));
        provocations.put("cohortSubmissions 404", f -> call("GET", "/api/v1/cohorts/999999999/submissions", f.read()));
        provocations.put("cohortSubmissions 401", f -> call("GET", "/api/v1/cohorts/1/submissions", null));
        provocations.put("cohortSubmissions 429", f -> rateLimited("GET", "/api/v1/cohorts/1/submissions"));
        provocations.put("outcomes 200", f -> call("GET", "/api/v1/outcomes?cohort=" + f.cohort(), f.read()));
        provocations.put("outcomes 400", f -> call("GET", "/api/v1/outcomes?state=LOST", f.read()));
        provocations.put("outcomes 401", f -> call("GET", "/api/v1/outcomes", null));
        provocations.put("outcomes 429", f -> rateLimited("GET", "/api/v1/outcomes"));
        provocations.put("outcome 200", f -> call("GET", "/api/v1/outcomes/" + outcomeOf(f), f.read()));
        provocations.put("outcome 404", f -> call("GET", "/api/v1/outcomes/999999999", f.read()));
        provocations.put("outcome 401", f -> call("GET", "/api/v1/outcomes/1", null));
        provocations.put("outcome 429", f -> rateLimited("GET", "/api/v1/outcomes/1"));
        provocations.put("enrolTrainees 200", f -> send("POST", "/api/v1/cohorts/" + f.cohort() + "/members", f.write(),
                "[{\"surname\":\"Схемина\",\"givenName\":\"Анна\",\"email\":\"schema-"
                        + java.util.UUID.randomUUID() + "@example.org\",\"district\":\"Тарский\"}]"));
        provocations.put("enrolTrainees 400", f -> send("POST", "/api/v1/cohorts/" + f.cohort() + "/members",
                f.write(), "[]"));
        provocations.put("enrolTrainees 404", f -> send("POST", "/api/v1/cohorts/999999999/members", f.write(),
                "[{\"surname\":\"Нет\"}]"));
        provocations.put("enrolTrainees 422", f -> send("POST", "/api/v1/cohorts/" + f.cohort() + "/members",
                f.write(), "[{\"surname\":\"Безымянная\",\"email\":\"noname@example.org\",\"district\":\"Тарский\"}]"));
        provocations.put("enrolTrainees 401", f -> send("POST", "/api/v1/cohorts/1/members", null, "[]"));
        provocations.put("enrolTrainees 403", f -> send("POST", "/api/v1/cohorts/1/members", f.read(), "[]"));
        provocations.put("enrolTrainees 429", f -> rateLimited("POST", "/api/v1/cohorts/1/members"));
        provocations.put("markAttendance 200", f -> send("PUT", markOf(f), f.write(), "{\"status\":\"PRESENT\"}"));
        provocations.put("attendanceMark 200", f -> call("GET", markOf(f), f.read()));
        provocations.put("attendanceMark 404", f -> call("GET", "/api/v1/cohorts/" + f.cohort()
                + "/session-days/999999999/attendance-marks/1", f.read()));
        provocations.put("attendanceMark 401", f -> call("GET", markOf(f), null));
        provocations.put("attendanceMark 429", f -> rateLimited("GET", markOf(f)));
        provocations.put("markAttendance 428", f -> send("PUT", markOf(f), f.write(), "{\"status\":\"LATE\"}"));
        provocations.put("markAttendance 412", f -> send("PUT", markOf(f), f.write(), "{\"status\":\"LATE\"}",
                "If-Match", "\"v999\""));
        provocations.put("markAttendance 409", f -> send("PUT", markOf(f), f.write(), "{\"status\":\"EXCUSED\"}",
                "If-Match", call("GET", markOf(f), f.read()).headers().firstValue("ETag").orElseThrow()));
        provocations.put("markAttendance 400", f -> send("PUT", markOf(f), f.write(), "{\"status\":\"HERE\"}"));
        provocations.put("markAttendance 404", f -> send("PUT", "/api/v1/cohorts/" + f.cohort()
                + "/session-days/999999999/attendance-marks/1", f.write(), "{\"status\":\"PRESENT\"}"));
        provocations.put("markAttendance 401", f -> send("PUT", markOf(f), null, "{}"));
        provocations.put("markAttendance 403", f -> send("PUT", markOf(f), f.read(), "{}"));
        provocations.put("markAttendance 429", f -> rateLimited("PUT", markOf(f)));
        provocations.put("certificates 200", f -> call("GET", "/api/v1/certificates?limit=2", f.read()));
        provocations.put("certificates 400", f -> call("GET", "/api/v1/certificates?limit=0", f.read()));
        provocations.put("certificates 401", f -> call("GET", "/api/v1/certificates", null));
        provocations.put("certificates 429", f -> rateLimited("GET", "/api/v1/certificates"));
        provocations.put("certificate 200", f -> call("GET", "/api/v1/certificates/" + f.certificate(), f.read()));
        provocations.put("certificate 404", f -> call("GET", "/api/v1/certificates/999999999", f.read()));
        provocations.put("certificate 401", f -> call("GET", "/api/v1/certificates/1", null));
        provocations.put("certificate 429", f -> rateLimited("GET", "/api/v1/certificates/" + f.certificate()));
        provocations.put("certificateCredential 200", f -> call("GET", "/api/v1/certificates/" + f.certificate()
                + "/credential", f.read()));
        provocations.put("certificateCredential 404", f -> call("GET", "/api/v1/certificates/999999999/credential",
                f.read()));
        provocations.put("certificateCredential 401", f -> call("GET", "/api/v1/certificates/1/credential", null));
        provocations.put("certificateCredential 429", f -> rateLimited("GET", "/api/v1/certificates/1/credential"));
        provocations.put("issueCertificate 201", f -> send("POST", "/api/v1/certificates", f.write(),
                "{\"cohortId\":" + f.cohort() + ",\"personId\":" + f.eligible() + "}"));
        provocations.put("issueCertificate 403", f -> send("POST", "/api/v1/certificates", f.read(), "{}"));
        provocations.put("issueCertificate 409", f -> send("POST", "/api/v1/certificates", f.write(),
                "{\"cohortId\":" + f.cohort() + ",\"personId\":" + f.graduate() + "}"));
        provocations.put("issueCertificate 401", f -> send("POST", "/api/v1/certificates", null, "{}"));
        provocations.put("issueCertificate 429", f -> rateLimited("POST", "/api/v1/certificates"));
        provocations.put("revokeCertificate 428", f -> send("POST", revocation(f), f.write(), REASON));
        provocations.put("revokeCertificate 412", f -> send("POST", revocation(f), f.write(), REASON,
                "If-Match", "\"v999\""));
        provocations.put("revokeCertificate 200", f -> send("POST", revocation(f), f.write(), REASON,
                "If-Match", etag(f)));
        provocations.put("revokeCertificate 409", f -> send("POST", revocation(f), f.write(), REASON,
                "If-Match", etag(f))); // after the 200 above: no longer valid
        provocations.put("revokeCertificate 404", f -> send("POST", "/api/v1/certificates/999999999/revocation",
                f.write(), REASON, "If-Match", "\"v0\""));
        provocations.put("revokeCertificate 403", f -> send("POST", revocation(f), f.read(), REASON));
        provocations.put("revokeCertificate 401", f -> send("POST", revocation(f), null, REASON));
        provocations.put("revokeCertificate 429", f -> rateLimited("POST", "/api/v1/certificates/1/revocation"));
        provocations.put("fundReport 200", f -> call("GET", "/api/v1/reports/fund?programme=" + f.programme()
                + "&from=2010-01-01&to=2029-12-31", f.read()));
        provocations.put("fundReport 400", f -> call("GET", "/api/v1/reports/fund?programme=" + f.programme()
                + "&from=1.1.2019&to=2019-12-31", f.read()));
        provocations.put("fundReport 409", f -> call("GET", "/api/v1/reports/fund?programme=" + f.programme()
                + "&from=2019-12-31&to=2019-01-01", f.read()));
        provocations.put("fundReport 401", f -> call("GET", "/api/v1/reports/fund", null));
        provocations.put("fundReport 429", f -> rateLimited("GET", "/api/v1/reports/fund"));
    }

    private static final String REASON = "{\"publicNote\":\"Выдан по ошибке\"}";

    /** The eligible trainee's mark of the cohort's day today (TestData.passEverything made that day). */
    private static String markOf(Fixture f) throws Exception {
        String day = TestData.value("SELECT d.id FROM session_day d JOIN training_session s ON s.id = d.session_id "
                + "WHERE s.cohort_id = ? ORDER BY d.id LIMIT 1", f.cohort());
        return "/api/v1/cohorts/" + f.cohort() + "/session-days/" + day + "/attendance-marks/" + f.graduate();
    }

    private static String outcomeOf(Fixture f) throws Exception {
        return TestData.value("SELECT MAX(id) FROM outcome WHERE person_id = ?", f.graduate());
    }

    private static String revocation(Fixture f) {
        return "/api/v1/certificates/" + f.certificate() + "/revocation";
    }

    private String etag(Fixture f) throws Exception {
        return call("GET", "/api/v1/certificates/" + f.certificate(), f.read()).headers().firstValue("ETag").orElseThrow();
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
        long cohort = TestData.cohort("rc-leaders", null);
        long eligible = TestPeople.create("Выпускникова", "TRAINEE").id();
        TestData.enrolTrainee(cohort, eligible);
        TestData.passEverything(cohort, eligible, 80);
        long graduate = TestPeople.create("Выпускников", "TRAINEE").id();
        TestData.enrolTrainee(cohort, graduate);
        TestData.graduate(cohort, graduate);
        TestData.update("INSERT INTO outcome (person_id, cohort_id, kind, happened_on, name, state, reported_by, "
                + "reported_at) VALUES (?, ?, 'RESOURCE_CENTRE', CURDATE(), 'Ресурсный центр «Исток»', 'REPORTED', ?, "
                + "NOW(3))", graduate, cohort, graduate);
        Fixture fixture = new Fixture(token(admin, "READ"), token(admin, "WRITE"), cohort, eligible, graduate,
                Long.parseLong(TestData.value("SELECT id FROM certificate WHERE person_id = ?", graduate)),
                TestData.value("SELECT programme_id FROM cohort WHERE id = ?", cohort));
        Map<String, JsonObject> documented = new LinkedHashMap<>(); // "operationId status" -> its content
        JsonObject paths = document.getJsonObject("paths");
        for (String template : paths.keySet()) {
            for (String method : paths.getJsonObject(template).keySet()) {
                JsonObject operation = paths.getJsonObject(template).getJsonObject(method);
                JsonObject responses = operation.getJsonObject("responses");
                for (String status : responses.keySet()) {
                    JsonObject content = responses.getJsonObject(status).getJsonObject("content");
                    if (content != null) { // a 304 has no body
                        documented.put(operation.getString("operationId") + " " + status, content);
                    }
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        for (String key : documented.keySet()) {
            if (!provocations.containsKey(key)) {
                wrong.add(key + ": documented, but this test does not know how to provoke it");
            }
        }
        // In the order written above: some answers need the one before (a revocation, then a second one refused).
        for (Map.Entry<String, Provoke> provocation : provocations.entrySet()) {
            String key = provocation.getKey();
            JsonObject content = documented.get(key);
            if (content == null) {
                wrong.add(key + ": provoked here, but not documented");
                continue;
            }
            HttpResponse<String> answer = provocation.getValue().call(fixture);
            String status = key.substring(key.lastIndexOf(' ') + 1);
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
        assertEquals(List.of(), wrong);
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
    private HttpResponse<String> rateLimited(String method, String path) throws Exception {
        String token = token(TestPeople.create("Торопливый", "ADMINISTRATOR").id(), "WRITE");
        HttpResponse<String> last = null;
        for (int i = 0; i < 1000; i++) {
            last = send(method, path, token, "GET".equals(method) ? null : "{}");
            if (last.statusCode() == 429) {
                assertTrue(last.headers().firstValue("Retry-After").isPresent(), "says when to come back");
                return last;
            }
        }
        return last;
    }

    private static String token(long personId, String scope) throws Exception {
        return ApiCalls.token(personId, scope, null);
    }

    private HttpResponse<String> call(String method, String path, String token) throws Exception {
        return send(method, path, token, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String json, String... headers)
            throws Exception {
        return new ApiCalls(base).send(method, path, token, json, headers);
    }

    private static void expect(List<String> wrong, String what, int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            wrong.add(what + ": expected " + status + ", got " + answer.statusCode() + " " + answer.body());
        }
    }
}
