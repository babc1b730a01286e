package ru.ciss.lms.drafts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ciss.lms.testing.AssignmentForms.answer;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Typed drafts over HTTP: each person reads and writes only their own, other sites cannot write them, bad keys and
 * texts are refused; and an answer form posted after its view has gone (here: a view state the server never had)
 * is still carried out from what was posted, instead of the "page expired" page.
 */
class TypedDraftsIT {

    private final URL url = SharedApplication.url();

    @Test
    void eachPersonKeepsTheirOwnDraftsAndOtherSitesCannotWriteThem() throws Exception {
        TestPeople.Account author = TestPeople.create("Черновикова", "TRAINEE");
        TestPeople.Account other = TestPeople.create("Чужакова", "TRAINEE");
        WebClient a = signedIn(author);
        WebClient b = signedIn(other);
        String key = "assignment:module=" + (900_000 + author.id());

        HttpResponse<String> saved = a.post("/drafts", Map.of("key", key, "text", "Ёлки: план на «завтра»"), "X-Draft", "1");
        assertEquals(200, saved.statusCode(), saved::body);
        assertTrue(saved.body().matches("\\{\"savedAt\":\"[^\"]+\",\"time\":\"\\d\\d:\\d\\d\"}"), saved.body());
        assertEquals("no-store", saved.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> mine = a.get("/drafts?key=" + key, "X-Draft", "1");
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains("\"text\":\"Ёлки: план на «завтра»\""), mine.body());
        assertEquals(204, b.get("/drafts?key=" + key, "X-Draft", "1").statusCode(), "another person sees nothing");
        assertEquals("Ёлки: план на «завтра»", TestData.value(
                "SELECT body FROM typed_draft WHERE person_id = ? AND draft_key = ?", author.id(), key));

        // Another site's form can send neither the header nor a same-origin fetch.
        assertEquals(403, a.post("/drafts", Map.of("key", key, "text", "подменено")).statusCode());
        assertEquals(403, a.post("/drafts", Map.of("key", key, "text", "подменено"), "X-Draft", "1",
                "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(400, a.post("/drafts", Map.of("key", "../../etc", "text", "x"), "X-Draft", "1").statusCode());
        assertEquals(413, a.post("/drafts", Map.of("key", key, "text", "я".repeat(50_001)), "X-Draft", "1").statusCode());
        assertEquals("Ёлки: план на «завтра»", TestData.value(
                "SELECT body FROM typed_draft WHERE person_id = ? AND draft_key = ?", author.id(), key), "unchanged");

        HttpResponse<String> anonymous = new WebClient(url).post("/drafts", Map.of("key", key, "text", "x"), "X-Draft", "1");
        assertFalse(anonymous.statusCode() == 200, () -> "signed out: " + anonymous.statusCode() + anonymous.body());

        assertEquals(204, a.post("/drafts", Map.of("key", key, "discard", "1"), "X-Draft", "1").statusCode());
        assertEquals(204, a.get("/drafts?key=" + key, "X-Draft", "1").statusCode(), "discarded");
    }

    @Test
    void anAnswerPostedAfterItsViewIsGoneIsStillSaved() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Вкладкина", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p ON "
                + "p.id = m.programme_id WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1"));
        WebClient t = signedIn(trainee);
        String page = t.get("/study/assignment.xhtml?module=" + module + "&cohort=" + cohort).body();
        // The view state of a view the server no longer has: evicted by pages opened in other tabs, or expired.
        String gone = page.replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+", "$1-4711:-4712");
        Map<String, String> form = answer("Ответ, набранный до того, как открылись пятьдесят уроков.", "save");
        form.put("cohort", String.valueOf(cohort));
        form.put("module", String.valueOf(module));
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(-?\\d+)\"").matcher(page);
        assertTrue(version.find(), "the form carries the version it was opened with");
        form.put("version", version.group(1));
        HttpResponse<String> saved = t.follow(t.postMultipart("/study/assignment.xhtml", gone, form));
        assertEquals(200, saved.statusCode(), () -> saved.headers().firstValue("Location").orElse("") + saved.body());
        assertTrue(saved.body().contains("Черновик сохранён."), saved::body);
        assertEquals("Ответ, набранный до того, как открылись пятьдесят уроков.", TestData.value(
                "SELECT draft_text FROM submission WHERE person_id = ?", trainee.id()));
    }

    @Test
    void aPlanPostedAfterItsViewIsGoneIsStillSavedWithEveryRow() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Плановкладкина", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        WebClient t = signedIn(trainee);
        String address = "/presentations/mine.xhtml?cohort=" + cohort;
        String page = t.get(address).body();
        String gone = page.replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+", "$1-4711:-4712");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("plan", "plan");
        form.put("plan:host", "Администрация Ёлкинского сельсовета");
        // Three service rows, though the page was sent with two: the third was added in place in the lost view.
        for (int i = 0; i < 3; i++) {
            form.put("plan:services:" + i + ":name", "Услуга " + (i + 1));
            form.put("plan:services:" + i + ":audience", "НКО");
            form.put("plan:services:" + i + ":frequency", "ежемесячно");
        }
        form.put("plan:milestones:0:month", "2");
        form.put("plan:milestones:0:text", "Открытие");
        form.put("plan:save", "save");
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(-?\\d+)\"").matcher(page);
        assertTrue(version.find(), "the plan form carries the version it was opened with");
        form.put("version", version.group(1));
        form.put("cohort", String.valueOf(cohort));
        HttpResponse<String> saved = t.follow(t.postMultipart(address, gone, form));
        assertEquals(200, saved.statusCode(), () -> saved.headers().firstValue("Location").orElse("") + saved.body());
        assertTrue(saved.body().contains("Черновик сохранён."), saved::body);
        String answers = TestData.value("SELECT answers FROM presentation WHERE person_id = ?", trainee.id());
        assertTrue(answers.contains("\"host\":\"Администрация Ёлкинского сельсовета\""), answers);
        assertTrue(answers.contains("Услуга 1") && answers.contains("Услуга 3"), answers);

        // The same stale form posted again: the plan has changed since that version, so nothing is overwritten and
        // the form comes back filled in with what was typed.
        form.put("plan:host", "Вторая попытка");
        HttpResponse<String> stale = t.follow(t.postMultipart(address, gone, form));
        assertEquals(200, stale.statusCode());
        assertTrue(stale.body().contains("ничего не сохранено. Ниже — то, что вы набрали"), stale::body);
        assertTrue(stale.body().contains("Вторая попытка") && stale.body().contains("Услуга 3"), stale::body);
        assertEquals(answers, TestData.value("SELECT answers FROM presentation WHERE person_id = ?", trainee.id()));
    }

    @Test
    void aReviewDecidedAfterItsViewIsGoneIsStillCarriedOut() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Ответова", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Долгочитаев", "MENTOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN programme p ON "
                + "p.id = m.programme_id WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1"));
        WebClient t = signedIn(trainee);
        String answerPage = "/study/assignment.xhtml?module=" + module + "&cohort=" + cohort;
        String sent = t.follow(t.postMultipart(answerPage, t.get(answerPage).body(), answer("Мой ответ.", "submit"))).body();
        assertTrue(sent.contains("Ответ отправлен на проверку"), sent);
        long submission = Long.parseLong(TestData.value("SELECT id FROM submission WHERE person_id = ?", trainee.id()));

        WebClient m = signedIn(mentor);
        String review = m.get("/review/submission.xhtml?id=" + submission).body();
        String gone = review.replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]+", "$1-4711:-4712");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("decision", "decision");
        form.put("decision:choice", "RETURNED");
        form.put("decision:comment", "Комментарий, написанный за долгий вечер.");
        form.put("decision:score", "");
        form.put("decision:send", "send");
        for (String hidden : new String[] {"id", "number", "version"}) {
            java.util.regex.Matcher value = java.util.regex.Pattern.compile("name=\"" + hidden + "\" value=\"(-?\\d+)\"")
                    .matcher(review);
            assertTrue(value.find(), () -> "the decision form carries " + hidden);
            form.put(hidden, value.group(1));
        }
        HttpResponse<String> decided = m.follow(m.postMultipart("/review/submission.xhtml", gone, form));
        assertEquals(200, decided.statusCode(), () -> decided.headers().firstValue("Location").orElse("") + decided.body());
        assertTrue(decided.body().contains("Ответ возвращён на доработку"), decided::body);
        assertEquals("RETURNED", TestData.value("SELECT state FROM submission WHERE id = ?", submission));
    }

    @Test
    void aSessionStaysSmallHoweverManyPagesAreOpened() throws Exception {
        TestPeople.Account trainee = enrolledTrainee("Многовкладкова");
        String[] lessons = lessonIds();
        WebClient t = signedIn(trainee);
        long[] bytes = new long[51];
        for (int i = 1; i <= 50; i++) {
            HttpResponse<String> lesson = t.get("/study/lesson.xhtml?id=" + lessons[i % lessons.length]);
            assertEquals(200, lesson.statusCode());
            String header = lesson.headers().firstValue("X-Session-Bytes").orElse("none");
            assertTrue(header.matches("\\d+"), () -> "the session serializes whole: " + header);
            bytes[i] = Long.parseLong(header);
        }
        long firstHalf = java.util.Arrays.stream(bytes, 1, 26).max().orElseThrow();
        long secondHalf = java.util.Arrays.stream(bytes, 26, 51).max().orElseThrow();
        System.out.printf("[session size] at most %d bytes over lesson pages 1-25, %d over 26-50: %s%n", firstHalf,
                secondHalf, java.util.Arrays.toString(bytes));
        // Bounded: the views kept per session are a fixed number, so pages 26-50 cost no more than the first 25 did.
        assertTrue(secondHalf <= firstHalf * 11 / 10, () -> "grows with every page: " + java.util.Arrays.toString(bytes));
        assertTrue(secondHalf < 256 * 1024, "under 256 KiB per session: " + secondHalf);
    }

    /**
     * Ten lessons opened at once in one session (a browser restoring its tabs, links opened in new tabs on a slow
     * line): each shows its lesson. More pages at once than the session keeps view maps for (six) made Mojarra evict
     * the maps of pages still being served, and the cleanup of their bookkeeping (ViewScopeCleanup) then took their
     * view-scoped beans: some of them answered with the error page.
     */
    @Test
    void lessonsOpenedAtOnceInOneSessionEachShowTheirLesson() throws Exception {
        TestPeople.Account trainee = enrolledTrainee("Многооконная");
        String[] lessons = lessonIds();
        String cookie = signedIn(trainee).cookieHeader();
        String base = ru.ciss.lms.testing.Deployments.awaitListening(url);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (int burst = 0; burst < 4; burst++) {
            java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> pages = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String lesson = lessons[(burst * 10 + i) % lessons.length];
                pages.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        base + "/study/lesson.xhtml?id=" + lesson)).header("Cookie", cookie)
                        .timeout(java.time.Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (var page : pages) {
                HttpResponse<String> answer = page.get(3, java.util.concurrent.TimeUnit.MINUTES);
                if (answer.statusCode() != 200 || !answer.body().contains("id=\"progress\"")) {
                    wrong.add(answer.uri() + " " + answer.statusCode() + " " + answer.body().replaceAll("(?s).*<title>", "")
                            .replaceAll("(?s)</title>.*", ""));
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " of 40 lessons opened ten at a time did not show: " + wrong);
    }

    /** A trainee of a new cohort of the programme. */
    private static TestPeople.Account enrolledTrainee(String surname) throws java.sql.SQLException {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create(surname, "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        return trainee;
    }

    /** The programme's lessons a trainee can open, in the order they are studied. */
    private static String[] lessonIds() throws java.sql.SQLException {
        return TestData.value("SELECT GROUP_CONCAT(l.id ORDER BY m.position, l.position) FROM lesson l "
                + "JOIN course_module m ON m.id = l.module_id JOIN programme p ON p.id = m.programme_id "
                + "WHERE p.code = 'rc-leaders' AND m.archived = FALSE AND l.archived = FALSE").split(",");
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }
}
