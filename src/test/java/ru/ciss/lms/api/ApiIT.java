package ru.ciss.lms.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.testing.Deployments;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/** The REST API at /api/v1: who gets in with which token, pages with a stable cursor, ETags, problems, /openapi. */
class ApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URL url = SharedApplication.url();
    private final String base = Deployments.awaitListening(url);

    @Test
    void withoutAWorkingTokenNothingOpensAndTheAnswerSaysWhyInTheClientsLanguage() throws Exception {
        HttpResponse<String> none = call("GET", "/api/v1/programmes", null);
        assertEquals(401, none.statusCode(), none::body);
        assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        JsonObject problem = json(none).asJsonObject();
        assertEquals("urn:lms:problem:noToken", problem.getString("type"));
        assertEquals(401, problem.getInt("status"));
        assertEquals("Нужен ключ API", problem.getString("title"), "Russian unless asked otherwise");
        HttpResponse<String> english = call("GET", "/api/v1/programmes", null, "Accept-Language", "en-GB,en;q=0.9");
        assertEquals("An API token is needed", json(english).asJsonObject().getString("title"));

        assertProblem(401, "badToken", call("GET", "/api/v1/programmes", "lms_not-a-token"));
        TestPeople.Account admin = TestPeople.create("Ключников", "ADMINISTRATOR");
        assertProblem(401, "badToken", call("GET", "/api/v1/programmes", token(admin.id(), "READ", "revoked_at = UTC_TIMESTAMP(3)")));
        assertProblem(401, "badToken", call("GET", "/api/v1/programmes",
                token(admin.id(), "READ", "expires_at = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND")));
        TestPeople.Account trainee = TestPeople.create("Ключникова", "TRAINEE");
        assertProblem(401, "badToken", call("GET", "/api/v1/programmes", token(trainee.id(), "WRITE", null)),
                "a token is only ever an administrator's");
        TestPeople.Account leaving = TestPeople.create("Уходящий", "ADMINISTRATOR");
        String leavingToken = token(leaving.id(), "READ", null);
        assertEquals(200, call("GET", "/api/v1/programmes", leavingToken).statusCode());
        TestData.update("UPDATE person SET active = FALSE WHERE id = ?", leaving.id());
        assertProblem(401, "badToken", call("GET", "/api/v1/programmes", leavingToken), "switched off: the token dies");
        TestPeople.Account demoted = TestPeople.create("Бывший", "ADMINISTRATOR");
        String demotedToken = token(demoted.id(), "READ", null);
        TestData.update("DELETE FROM person_role WHERE person_id = ? AND role = 'ADMINISTRATOR'", demoted.id());
        assertProblem(401, "badToken", call("GET", "/api/v1/programmes", demotedToken), "no longer an administrator");
    }

    @Test
    void aReadTokenReadsAndChangesNothingAndKeepsNoSession() throws Exception {
        TestPeople.Account admin = TestPeople.create("Читающий", "ADMINISTRATOR");
        String read = token(admin.id(), "READ", null);
        HttpResponse<String> programmes = call("GET", "/api/v1/programmes", read);
        assertEquals(200, programmes.statusCode(), programmes::body);
        assertTrue(json(programmes).asJsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getInt("academicHours") > 0 && !p.getString("title").isBlank()), programmes::body);
        // The container names a session while it signs the request in; the filter ends it with the request.
        String cookie = programmes.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElse("");
        assertProblem(401, "noToken", call("GET", "/api/v1/programmes", null, "Cookie", cookie.isEmpty() ? "x=y" : cookie));
        if (!cookie.isEmpty()) {
            HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/home/admin.xhtml"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, home.statusCode(), "the API's session signs no one in: sent to sign in");
            assertEquals(200, call("GET", "/api/v1/programmes", read, "Cookie", cookie).statusCode(),
                    "a client's cookie jar sending the ended session back is no browser sign-in");
        }
        // A browser's live sign-in with a token: refused, and the browser's session keeps its own person.
        WebClient browser = new WebClient(url);
        TestPeople.Account other = TestPeople.create("Браузерова", "ADMINISTRATOR");
        browser.signIn(other.email(), other.password());
        assertProblem(400, "cookie", call("GET", "/api/v1/programmes", read, "Cookie", browser.cookieHeader()));
        HttpResponse<String> stillTheirs = browser.get("/account/profile.xhtml");
        assertEquals(200, stillTheirs.statusCode());
        assertTrue(stillTheirs.body().contains("Браузерова"), "the browser's session is still its own person's");
        assertProblem(403, "readOnly", call("POST", "/api/v1/cohorts", read));
        assertProblem(403, "readOnly", call("DELETE", "/api/v1/cohorts/1", read));
        String write = token(admin.id(), "WRITE", null);
        assertProblem(405, "method", call("DELETE", "/api/v1/cohorts/1", write), "a write token passes the door");
        assertProblem(404, "notFound", call("GET", "/api/v1/nothing-here", read));
        String lastUsed = TestData.value("SELECT last_used_at FROM api_token WHERE token_hash = ?",
                SecretTokens.hash(read.substring(4)));
        assertNotNull(lastUsed, "the token's last use is recorded");
    }

    @Test
    void cohortsComePageByPageWithoutDuplicatesEvenWhenOneIsAddedMeanwhile() throws Exception {
        String read = token(TestPeople.create("Листающий", "ADMINISTRATOR").id(), "READ", null);
        long first = TestData.cohort("rc-leaders", null);
        long second = TestData.cohort("rc-leaders", null);
        long third = TestData.cohort("rc-leaders", null);
        List<Long> seen = new ArrayList<>();
        String next = null;
        boolean added = false;
        int pages = 0;
        do {
            HttpResponse<String> page = call("GET", "/api/v1/cohorts?limit=2" + (next == null ? "" : "&after=" + next), read);
            assertEquals(200, page.statusCode(), page::body);
            JsonObject body = json(page).asJsonObject();
            for (JsonValue item : body.getJsonArray("items")) {
                seen.add(item.asJsonObject().getJsonNumber("id").longValue());
            }
            assertTrue(body.containsKey("next"), body::toString);
            next = body.isNull("next") ? null : body.getString("next");
            if (!added) {
                TestData.cohort("rc-leaders", null); // made while the client is paging: comes at the end
                added = true;
            }
            pages++;
        } while (next != null && pages < 10_000);
        assertEquals(seen.stream().distinct().toList(), seen, "no cohort twice");
        assertEquals(seen.stream().sorted().toList(), seen, "in the order they were made");
        assertTrue(seen.containsAll(List.of(first, second, third)), seen::toString);
        assertProblem(400, "badCursor", call("GET", "/api/v1/cohorts?after=garbage", read));
        assertProblem(400, "badLimit", call("GET", "/api/v1/cohorts?limit=5000", read));
        HttpResponse<String> ofProgramme = call("GET", "/api/v1/cohorts?limit=200&programme=" + TestData.value(
                "SELECT programme_id FROM cohort WHERE id = ?", first), read);
        assertTrue(json(ofProgramme).asJsonObject().getJsonArray("items").stream()
                .allMatch(c -> String.valueOf(c.asJsonObject().getJsonNumber("programmeId").longValue())
                        .equals(uncheckedValue("SELECT programme_id FROM cohort WHERE id = ?", first))));
    }

    @Test
    void oneCohortCarriesItsVersionAsETag() throws Exception {
        String read = token(TestPeople.create("Сверяющий", "ADMINISTRATOR").id(), "READ", null);
        long cohort = TestData.cohort("rc-leaders", null);
        TestData.enrolTrainee(cohort, TestPeople.create("Слушатель", "TRAINEE").id());
        HttpResponse<String> one = call("GET", "/api/v1/cohorts/" + cohort, read);
        assertEquals(200, one.statusCode(), one::body);
        JsonObject body = json(one).asJsonObject();
        assertEquals(cohort, body.getJsonNumber("id").longValue());
        assertEquals(1, body.getInt("trainees"));
        assertTrue(body.getString("startsOn").matches("\\d{4}-\\d{2}-\\d{2}"), body::toString);
        String etag = one.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, call("GET", "/api/v1/cohorts/" + cohort, read, "If-None-Match", etag).statusCode());
        TestData.update("UPDATE cohort SET name = CONCAT(name, ' (изм.)'), version = version + 1 WHERE id = ?", cohort);
        HttpResponse<String> changed = call("GET", "/api/v1/cohorts/" + cohort, read, "If-None-Match", etag);
        assertEquals(200, changed.statusCode(), "changed since: the new state");
        assertFalse(etag.equals(changed.headers().firstValue("ETag").orElse(etag)));
        assertProblem(404, "notFound", call("GET", "/api/v1/cohorts/999999999", read));

        long trainee = Long.parseLong(TestData.value("SELECT person_id FROM cohort_member WHERE cohort_id = ?", cohort));
        long day = TestData.sessionDay(cohort, java.time.LocalDate.of(2026, 3, 2), java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(17, 30));
        TestData.mark(day, trainee, "LATE");
        JsonObject sessionDay = json(call("GET", "/api/v1/cohorts/" + cohort + "/session-days", read)).asJsonArray()
                .getJsonObject(0);
        assertEquals(day, sessionDay.getJsonNumber("dayId").longValue());
        assertEquals("2026-03-02", sessionDay.getString("date"));
        assertEquals("10:00", sessionDay.getString("startsAt"));
        assertFalse(sessionDay.getBoolean("cancelled"));
        JsonObject mark = json(call("GET", "/api/v1/cohorts/" + cohort + "/attendance-marks", read)).asJsonArray()
                .getJsonObject(0);
        assertEquals(trainee, mark.getJsonNumber("personId").longValue());
        assertEquals("LATE", mark.getString("status"));

        JsonObject presentation = json(call("GET", "/api/v1/cohorts/" + cohort + "/presentations", read)).asJsonArray()
                .getJsonObject(0);
        assertEquals(trainee, presentation.getJsonNumber("personId").longValue());
        assertTrue(presentation.isNull("state") && presentation.isNull("resultPercent")
                && !presentation.getBoolean("passed"), "no plan yet: " + presentation);
        TestData.passEverything(cohort, trainee, 81.5);
        JsonObject scored = json(call("GET", "/api/v1/cohorts/" + cohort + "/presentations", read)).asJsonArray()
                .getJsonObject(0);
        assertEquals("SUBMITTED", scored.getString("state"));
        assertEquals(81.5, scored.getJsonNumber("resultPercent").doubleValue(), 0.001);

        HttpResponse<String> members = call("GET", "/api/v1/cohorts/" + cohort + "/members", read);
        assertEquals(200, members.statusCode(), members::body);
        JsonObject member = json(members).asJsonArray().getJsonObject(0);
        assertEquals("Слушатель", member.getString("surname"));
        assertEquals("Пётр", member.getString("givenName"), "ё kept");
        assertEquals("TRAINEE", member.getString("role"));
        assertTrue(member.isNull("leftOn") && member.getString("enrolledOn").matches("\\d{4}-\\d{2}-\\d{2}"),
                member::toString);
    }

    @Test
    void aWriteTokenIssuesAndRevokesByThePagesRulesAndTheTrailNamesItsOwner() throws Exception {
        TestPeople.Account admin = TestPeople.create("Выдающая", "ADMINISTRATOR");
        String write = token(admin.id(), "WRITE", null);
        long cohort = TestData.cohort("rc-leaders", null);
        long trainee = TestPeople.create("Дипломантова", "TRAINEE").id();
        TestData.enrolTrainee(cohort, trainee);
        long notYet = TestPeople.create("Недоучкин", "TRAINEE").id();
        TestData.enrolTrainee(cohort, notYet);
        HttpResponse<String> refused = send("POST", "/api/v1/certificates", write,
                "{\"cohortId\":" + cohort + ",\"personId\":" + notYet + "}");
        assertProblem(409, "refused", refused);
        assertEquals("certificates.refused.notEligible", json(refused).asJsonObject().getString("reason"));
        assertTrue(json(refused).asJsonObject().getString("detail").contains("Недоучкин"), refused::body);

        TestData.passEverything(cohort, trainee, 75);
        HttpResponse<String> issued = send("POST", "/api/v1/certificates", write,
                "{\"cohortId\":" + cohort + ",\"personId\":" + trainee + "}");
        assertEquals(201, issued.statusCode(), issued::body);
        JsonObject certificate = json(issued).asJsonObject();
        long id = certificate.getJsonNumber("id").longValue();
        assertTrue(issued.headers().firstValue("Location").orElse("").endsWith("/api/v1/certificates/" + id));
        assertEquals("VALID", certificate.getString("status"));
        assertEquals(String.valueOf(admin.id()), TestData.value("SELECT issued_by FROM certificate WHERE id = ?", id),
                "issued in the name of the token's owner");
        assertProblem(409, "refused", send("POST", "/api/v1/certificates", write,
                "{\"cohortId\":" + cohort + ",\"personId\":" + trainee + "}"), "not twice");
        assertProblem(400, "badRequest", send("POST", "/api/v1/certificates", write, "{not json"));

        String revocation = "/api/v1/certificates/" + id + "/revocation";
        String reason = "{\"publicNote\":\"Выдан по ошибке\",\"internalNote\":\"письмо фонда\"}";
        assertProblem(428, "ifMatch", send("POST", revocation, write, reason));
        assertProblem(412, "stale", send("POST", revocation, write, reason, "If-Match", "\"v999\""));
        String etag = issued.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revoked = send("POST", revocation, write, reason, "If-Match", etag);
        assertEquals(200, revoked.statusCode(), revoked::body);
        assertEquals("REVOKED", json(revoked).asJsonObject().getString("status"));
        assertEquals(String.valueOf(admin.id()), TestData.value("SELECT by_person FROM certificate_event "
                + "WHERE certificate_id = ? AND kind = 'REVOKED'", id), "the trail names the token's owner");
        assertProblem(412, "stale", send("POST", revocation, write, reason, "If-Match", etag), "the old ETag is stale");
    }

    @Test
    void theFundReportsFiguresCountANewGraduate() throws Exception {
        String read = token(TestPeople.create("Отчётова", "ADMINISTRATOR").id(), "READ", null);
        long cohort = TestData.cohort("rc-leaders", null);
        String programme = TestData.value("SELECT programme_id FROM cohort WHERE id = ?", cohort);
        String path = "/api/v1/reports/fund?programme=" + programme + "&from=2010-01-01&to=2029-12-31";
        HttpResponse<String> before = call("GET", path, read);
        assertEquals(200, before.statusCode(), before::body);
        long graduate = TestPeople.create("Выпускница", "TRAINEE").id();
        TestData.enrolTrainee(cohort, graduate);
        TestData.graduate(cohort, graduate);
        JsonObject was = json(before).asJsonObject();
        JsonObject now = json(call("GET", path, read)).asJsonObject();
        assertEquals(was.getJsonNumber("trained").longValue() + 1, now.getJsonNumber("trained").longValue());
        assertEquals(was.getJsonNumber("certificates").longValue() + 1, now.getJsonNumber("certificates").longValue());
        assertEquals(was.getJsonNumber("graduates").longValue(), now.getJsonNumber("graduates").longValue(),
                "a running cohort's trainees are no graduates yet, as in the fund's report");
        TestData.update("UPDATE cohort SET status = 'FINISHED' WHERE id = ?", cohort);
        JsonObject finished = json(call("GET", path, read)).asJsonObject();
        assertEquals(was.getJsonNumber("graduates").longValue() + 1, finished.getJsonNumber("graduates").longValue());
        assertTrue(now.getJsonObject("roubles").containsKey("confirmed") && now.getJsonObject("roubles")
                .containsKey("reportedOnly"), now::toString);
        assertProblem(409, "refused", call("GET", "/api/v1/reports/fund?programme=999999&from=2019-01-01&to=2019-12-31",
                read), "no such programme");
        assertProblem(400, "badPeriod", call("GET", "/api/v1/reports/fund?programme=" + programme, read));
    }

    @Test
    void theOpenApiDocumentIsValidAndDescribesTheApi() throws Exception {
        HttpResponse<String> document = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode(), document::body);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(document.body(), null, null);
        assertNotNull(parsed.getOpenAPI(), () -> "parsed: " + parsed.getMessages());
        assertEquals(List.of(), parsed.getMessages(), "a valid OpenAPI document");
        assertTrue(parsed.getOpenAPI().getOpenapi().startsWith("3.1"), parsed.getOpenAPI().getOpenapi());
        for (String path : List.of("/api/v1/programmes", "/api/v1/cohorts", "/api/v1/cohorts/{id}")) {
            assertNotNull(parsed.getOpenAPI().getPaths().get(path), () -> path + " in " + parsed.getOpenAPI().getPaths().keySet());
        }
        assertTrue(parsed.getOpenAPI().getComponents().getSecuritySchemes().containsKey("token"));
        assertTrue(document.body().contains("Потоки") && document.body().contains("cohorts"), "Russian and English");
    }

    @Test
    void anAdministratorMakesATokenSeesItOnceAndRevokesIt() throws Exception {
        TestPeople.Account admin = TestPeople.create("Выдающий", "ADMINISTRATOR");
        WebClient browser = new WebClient(url);
        browser.signIn(admin.email(), admin.password());
        HttpResponse<String> page = browser.get("/admin/api-tokens.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> tooLong = browser.postForm("/admin/api-tokens.xhtml", page.body(), Map.of("make", "make",
                "make:name", "Навсегда", "make:scope", "WRITE", "make:until",
                java.time.LocalDate.now().plusYears(2).toString(), "make:make-token", ""));
        assertTrue(tooLong.body().contains("не дальше чем через год"), tooLong::body);
        HttpResponse<String> nameless = browser.postForm("/admin/api-tokens.xhtml", page.body(), Map.of("make", "make",
                "make:name", " ", "make:scope", "READ", "make:until", java.time.LocalDate.now().toString(),
                "make:make-token", ""));
        assertTrue(nameless.body().contains("Напишите, для чего ключ"), nameless::body);
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM api_token WHERE person_id = ?", admin.id()),
                "nothing made by a refused form");
        String name = "Отчёт для фонда " + UUID.randomUUID();
        HttpResponse<String> made = browser.follow(browser.postForm("/admin/api-tokens.xhtml", page.body(),
                Map.of("make", "make", "make:name", name, "make:scope", "READ",
                        "make:until", java.time.LocalDate.now().plusDays(30).toString(), "make:make-token", "")));
        assertEquals(200, made.statusCode());
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("id=\"secret\"[^>]*value=\"(lms_[A-Za-z0-9_-]+)\"")
                .matcher(made.body());
        assertTrue(secret.find(), () -> "the new token is shown: " + made.body());
        assertTrue(made.body().contains(name));
        assertEquals(200, call("GET", "/api/v1/programmes", secret.group(1)).statusCode());
        HttpResponse<String> again = browser.get("/admin/api-tokens.xhtml");
        assertFalse(again.body().contains(secret.group(1)), "shown once: not after a reload");
        assertEquals(SecretTokens.hash(secret.group(1).substring(4)), TestData.value(
                "SELECT token_hash FROM api_token WHERE person_id = ?", admin.id()), "only the hash is kept");

        String id = TestData.value("SELECT id FROM api_token WHERE person_id = ?", admin.id());
        java.util.regex.Matcher revokeButton = java.util.regex.Pattern.compile("name=\"(tokens:[^\"]*)\" value=\"Отозвать\"")
                .matcher(again.body());
        assertTrue(revokeButton.find(), again::body);
        browser.follow(browser.postForm("/admin/api-tokens.xhtml", again.body(),
                Map.of("tokens", "tokens", revokeButton.group(1), "Отозвать")));
        assertNotNull(TestData.value("SELECT revoked_at FROM api_token WHERE id = ?", id), "revoked");
        assertProblem(401, "badToken", call("GET", "/api/v1/programmes", secret.group(1)));
    }

    // ---- helpers ----

    @Test
    void aCohortsSubmissionsComeWithTheirStateAndNeverTheirText() throws Exception {
        String read = token(TestPeople.create("Проверкина", "ADMINISTRATOR").id(), "READ", null);
        long cohort = TestData.cohort("rc-leaders", null);
        long done = TestPeople.create("Сдавшая", "TRAINEE").id();
        TestData.enrolTrainee(cohort, done);
        TestData.passEverything(cohort, done, 80);
        long drafting = TestPeople.create("Черновикова", "TRAINEE").id();
        TestData.enrolTrainee(cohort, drafting);
        TestData.update("INSERT INTO submission (cohort_id, module_id, person_id, state, draft_text, versions, "
                + "updated_at) SELECT ?, MIN(m.id), ?, 'DRAFT', 'Секретный черновик', 0, NOW(3) FROM course_module m "
                + "JOIN cohort c ON c.programme_id = m.programme_id WHERE c.id = ?", cohort, drafting, cohort);
        long modules = Long.parseLong(TestData.value("SELECT COUNT(*) FROM course_module m JOIN cohort c ON "
                + "c.programme_id = m.programme_id AND m.archived = FALSE WHERE c.id = ?", cohort));

        List<JsonObject> all = new java.util.ArrayList<>();
        String next = null;
        do {
            HttpResponse<String> page = call("GET", "/api/v1/cohorts/" + cohort + "/submissions?limit=2"
                    + (next == null ? "" : "&after=" + next), read);
            assertEquals(200, page.statusCode(), page::body);
            assertFalse(page.body().contains("Секретный черновик"), "an answer's text never leaves the school");
            JsonObject body = json(page).asJsonObject();
            body.getJsonArray("items").forEach(i -> all.add(i.asJsonObject()));
            next = body.isNull("next") ? null : body.getString("next");
        } while (next != null);
        assertEquals(modules + 1, all.size(), all::toString);
        assertEquals(all.size(), all.stream().map(i -> i.getJsonNumber("id").longValue()).distinct().count());
        assertEquals(modules, all.stream().filter(i -> i.getString("state").equals("ACCEPTED")
                && i.getJsonNumber("personId").longValue() == done).count());
        JsonObject draft = all.stream().filter(i -> i.getString("state").equals("DRAFT")).findFirst().orElseThrow();
        assertEquals(drafting, draft.getJsonNumber("personId").longValue());
        assertTrue(draft.isNull("submittedAt") && draft.isNull("decidedAt"), draft::toString);
        JsonArray drafts = json(call("GET", "/api/v1/cohorts/" + cohort + "/submissions?state=DRAFT", read))
                .asJsonObject().getJsonArray("items");
        assertEquals(1, drafts.size(), drafts::toString);
        assertProblem(400, "badRequest", call("GET", "/api/v1/cohorts/" + cohort + "/submissions?state=LOST", read));
        assertProblem(404, "notFound", call("GET", "/api/v1/cohorts/999999999/submissions", read));
    }

    @Test
    void outcomesComeByCohortAndStateAndOneCarriesItsVersion() throws Exception {
        String read = token(TestPeople.create("Итогова", "ADMINISTRATOR").id(), "READ", null);
        long cohort = TestData.cohort("rc-leaders", null);
        long graduate = TestPeople.create("Открывшая", "TRAINEE").id();
        TestData.enrolTrainee(cohort, graduate);
        TestData.graduate(cohort, graduate);
        long centre = TestData.insert("INSERT INTO outcome (person_id, cohort_id, kind, happened_on, name, "
                + "people_reached, state, reported_by, reported_at) VALUES (?, ?, 'RESOURCE_CENTRE', '2026-11-02', "
                + "'Ресурсный центр «Исток»', 120, 'CONFIRMED', ?, NOW(3))", graduate, cohort, graduate);
        TestData.update("INSERT INTO outcome (person_id, cohort_id, kind, happened_on, name, amount_roubles, "
                + "funding_source, state, reported_by, reported_at) VALUES (?, ?, 'FUNDS', '2026-11-20', "
                + "'Грант на оборудование', 300000, 'GRANT', 'REPORTED', ?, NOW(3))", graduate, cohort, graduate);

        JsonArray all = json(call("GET", "/api/v1/outcomes?cohort=" + cohort, read)).asJsonObject().getJsonArray("items");
        assertEquals(2, all.size(), all::toString);
        JsonObject first = all.getJsonObject(0);
        assertEquals(centre, first.getJsonNumber("id").longValue());
        assertEquals("RESOURCE_CENTRE", first.getString("kind"));
        assertEquals("2026-11-02", first.getString("happenedOn"));
        assertEquals(120, first.getInt("peopleReached"));
        assertFalse(first.getBoolean("hasEvidenceFile"));
        assertEquals(300000, all.getJsonObject(1).getJsonNumber("amountRoubles").longValue());
        JsonArray confirmed = json(call("GET", "/api/v1/outcomes?cohort=" + cohort + "&state=CONFIRMED", read))
                .asJsonObject().getJsonArray("items");
        assertEquals(1, confirmed.size(), confirmed::toString);
        JsonArray paged = json(call("GET", "/api/v1/outcomes?cohort=" + cohort + "&limit=1&after="
                + json(call("GET", "/api/v1/outcomes?cohort=" + cohort + "&limit=1", read)).asJsonObject()
                .getString("next"), read)).asJsonObject().getJsonArray("items");
        assertEquals("FUNDS", paged.getJsonObject(0).getString("kind"), "the next page goes on after the first");

        HttpResponse<String> one = call("GET", "/api/v1/outcomes/" + centre, read);
        assertEquals(200, one.statusCode(), one::body);
        String tag = one.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, call("GET", "/api/v1/outcomes/" + centre, read, "If-None-Match", tag).statusCode());
        TestData.update("UPDATE outcome SET state = 'QUESTIONED', version = version + 1 WHERE id = ?", centre);
        assertEquals(200, call("GET", "/api/v1/outcomes/" + centre, read, "If-None-Match", tag).statusCode(),
                "changed: a new version");
        assertProblem(404, "notFound", call("GET", "/api/v1/outcomes/999999999", read));
        assertProblem(400, "badRequest", call("GET", "/api/v1/outcomes?state=LOST", read));
    }

    @Test
    void traineesAreEnrolledByTheImportsRulesAllOrNoneAndOnlyOnce() throws Exception {
        long owner = TestPeople.create("Зачисляева", "ADMINISTRATOR").id();
        String write = token(owner, "WRITE", null);
        long cohort = TestData.cohort("rc-leaders", null);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String first = "api-" + unique + "-1@example.org";
        String second = "api-" + unique + "-2@example.org";
        String good = "[{\"surname\":\"Ёжикова\",\"givenName\":\"Алёна\",\"email\":\"" + first
                + "\",\"district\":\"Тарский\",\"enrolledOn\":null},"
                + "{\"surname\":\"Степанов\",\"givenName\":\"Пётр\",\"patronymic\":\"Ильич\",\"email\":\""
                + second + "\",\"district\":\"Крутинский район\",\"organisationKind\":\"НКО\"}]";
        String members = "SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ?";

        // One wrong person: nobody is enrolled, not even the right one, and each problem is named as the import names it.
        String third = "api-" + unique + "-3@example.org";
        HttpResponse<String> wrong = send("POST", "/api/v1/cohorts/" + cohort + "/members", write,
                "[{\"surname\":\"Верная\",\"givenName\":\"Вера\",\"email\":\"" + third
                        + "\",\"district\":\"Тарский\"},{\"surname\":\"Без имени\",\"email\":\"" + third
                        + "\",\"district\":\"Атлантида\",\"enrolledOn\":\"31.02.2026\"}]");
        assertProblem(422, "roster", wrong);
        JsonObject problem = json(wrong).asJsonObject();
        JsonObject row = problem.getJsonArray("rows").getJsonObject(0);
        assertEquals(2, row.getInt("row"), "counted from 1 in the list sent");
        String said = row.getJsonArray("problems").toString();
        assertTrue(said.contains("Не заполнено поле «Имя»") && said.contains("Район «Атлантида» не найден")
                && said.contains("уже указан в строке 1") && said.contains("не дата"), said);
        assertEquals(java.util.Set.of("givenName", "district", "email", "enrolledOn"), row.getJsonArray("problems")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("field"))
                .collect(java.util.stream.Collectors.toSet()), "each problem names the field to correct");
        assertEquals("0", TestData.value(members, cohort), "all or none");
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM person WHERE email = ?", third));
        String english = new ApiCalls(base).send("POST", "/api/v1/cohorts/" + cohort + "/members", write,
                "[{\"surname\":\"Без имени\",\"email\":\"" + third + "\",\"district\":\"Тарский\"}]",
                "Accept-Language", "en").body();
        assertTrue(english.contains("Nobody was enrolled") && english.contains("Given name") && english.contains("is empty"), english);

        HttpResponse<String> enrolled = send("POST", "/api/v1/cohorts/" + cohort + "/members", write, good);
        assertEquals(200, enrolled.statusCode(), enrolled::body);
        JsonObject result = json(enrolled).asJsonObject();
        assertEquals(2, result.getInt("created"));
        assertEquals(2, result.getInt("enrolled"));
        assertEquals(2, result.getInt("activationLinks"), "each new person gets a link to send from the page");
        assertEquals("2", TestData.value(members, cohort));
        assertEquals("Ёжикова", TestData.value("SELECT surname FROM person WHERE email = ?", first), "ё kept");
        assertEquals(String.valueOf(owner), TestData.value("SELECT imported_by FROM enrolment_import WHERE "
                + "cohort_id = ?", cohort), "recorded as an import by the token's owner, so it can be undone");

        JsonObject again = json(send("POST", "/api/v1/cohorts/" + cohort + "/members", write, good)).asJsonObject();
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("enrolled"));
        assertEquals(2, again.getInt("alreadyMembers"), "the same list twice enrols nobody twice");
        assertEquals("2", TestData.value(members, cohort));

        assertProblem(400, "badRequest", send("POST", "/api/v1/cohorts/" + cohort + "/members", write, "[]"));
        assertProblem(400, "badRequest", send("POST", "/api/v1/cohorts/" + cohort + "/members", write, "[{}]"));
        assertProblem(400, "badRequest", send("POST", "/api/v1/cohorts/" + cohort + "/members", write,
                "[{\"surname\":\"Две\\nстроки\",\"givenName\":\"А\",\"email\":\"x@example.org\"}]"));
        assertProblem(404, "notFound", send("POST", "/api/v1/cohorts/999999999/members", write, good));
        String read = token(owner, "READ", null);
        assertProblem(403, "readOnly", send("POST", "/api/v1/cohorts/" + cohort + "/members", read, good));
    }

    @Test
    void aMarkIsSetByTheGridsRulesAndAChangeNeedsTheMarksETag() throws Exception {
        long owner = TestPeople.create("Отмечающая", "ADMINISTRATOR").id();
        String write = token(owner, "WRITE", null);
        long cohort = TestData.cohort("rc-leaders", null);
        long trainee = TestPeople.create("Присутствующая", "TRAINEE").id();
        TestData.enrolTrainee(cohort, trainee);
        long day = TestData.sessionDay(cohort, ru.ciss.lms.testing.SchoolToday.forAWhile(),
                java.time.LocalTime.of(10, 0), java.time.LocalTime.of(13, 0));
        String mark = "/api/v1/cohorts/" + cohort + "/session-days/" + day + "/attendance-marks/" + trainee;

        assertProblem(404, "notFound", call("GET", mark, write), "not marked yet");
        HttpResponse<String> present = send("PUT", mark, write, "{\"status\":\"PRESENT\"}");
        assertEquals(200, present.statusCode(), present::body);
        String tag = present.headers().firstValue("ETag").orElseThrow();
        assertEquals("PRESENT", TestData.value("SELECT status FROM attendance_mark WHERE day_id = ? AND person_id = ?",
                day, trainee));
        assertEquals(owner + " API", TestData.value("SELECT CONCAT(changed_by, ' ', source) FROM attendance_change "
                + "WHERE day_id = ? AND person_id = ?", day, trainee), "in the day's trail, by the token's owner");

        assertProblem(428, "ifMatch", send("PUT", mark, write, "{\"status\":\"LATE\"}"), "a mark exists");
        assertProblem(412, "stale", send("PUT", mark, write, "{\"status\":\"LATE\"}", "If-Match", "\"v999\""));
        HttpResponse<String> refused = send("PUT", mark, write, "{\"status\":\"EXCUSED\"}", "If-Match", tag);
        assertProblem(409, "refused", refused, "the grid's rule: a reason for EXCUSED");
        assertEquals("attendance.mark.reasonRequired", json(refused).asJsonObject().getString("reason"));
        HttpResponse<String> excused = send("PUT", mark, write, "{\"status\":\"EXCUSED\",\"reason\":\"Болезнь\"}",
                "If-Match", tag);
        assertEquals(200, excused.statusCode(), excused::body);
        assertNotNull(excused.headers().firstValue("ETag").filter(t -> !t.equals(tag)).orElse(null), "a new version");
        assertProblem(412, "stale", send("PUT", mark, write, "{\"status\":\"PRESENT\"}", "If-Match", tag),
                "the first ETag is stale now");
        HttpResponse<String> read = call("GET", mark, write);
        assertEquals("EXCUSED", json(read).asJsonObject().getString("status"));
        assertEquals("Болезнь", json(read).asJsonObject().getString("reason"));

        long stranger = TestPeople.create("Чужая", "TRAINEE").id();
        HttpResponse<String> notMember = send("PUT", "/api/v1/cohorts/" + cohort + "/session-days/" + day
                + "/attendance-marks/" + stranger, write, "{\"status\":\"PRESENT\"}");
        assertProblem(409, "refused", notMember);
        long other = TestData.cohort("rc-leaders", null);
        assertProblem(404, "notFound", send("PUT", "/api/v1/cohorts/" + other + "/session-days/" + day
                + "/attendance-marks/" + trainee, write, "{\"status\":\"PRESENT\"}"), "the day of another cohort");
        assertProblem(400, "badRequest", send("PUT", mark, write, "{\"status\":\"HERE\"}", "If-Match", tag));
        assertProblem(403, "readOnly", send("PUT", mark, token(owner, "READ", null), "{\"status\":\"PRESENT\"}"));
    }

    private static String token(long personId, String scope, String extra) throws Exception {
        return ApiCalls.token(personId, scope, extra);
    }

    private HttpResponse<String> call(String method, String path, String token, String... headers) throws Exception {
        return send(method, path, token, null, headers);
    }

    private HttpResponse<String> send(String method, String path, String token, String json, String... headers)
            throws Exception {
        return new ApiCalls(base).send(method, path, token, json, headers);
    }

    private static JsonValue json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    private static void assertProblem(int status, String key, HttpResponse<String> response, String... why) {
        assertEquals(status, response.statusCode(), () -> String.join(" ", why) + " " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> response.headers().map().toString());
        assertEquals("urn:lms:problem:" + key, json(response).asJsonObject().getString("type"), response::body);
    }

    private static String uncheckedValue(String query, Object... parameters) {
        try {
            return TestData.value(query, parameters);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
