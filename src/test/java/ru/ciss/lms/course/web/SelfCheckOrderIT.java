package ru.ciss.lms.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #22, points 1 and 2: a self-check question's options come in an order of their own for each trainee and
 * each attempt, kept across a reload, and an answer is judged by the option, not by its place; the pages name the
 * programme's edition.
 */
class SelfCheckOrderIT {

    URL url = SharedApplication.url();

    private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]*question)\"");
    private static final Pattern LABEL = Pattern.compile("<label for=\"[^\"]*:question:choice:\\d+\">([^<]*)</label>");

    @Test
    void eachAttemptHasItsOwnOrderAndTheRightAnswerIsRightInAnyOrder() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account first = TestPeople.create("Перемешанная", "TRAINEE");
        TestPeople.Account second = TestPeople.create("Перемешанный", "TRAINEE");
        TestData.enrolTrainee(cohort, first.id());
        TestData.enrolTrainee(cohort, second.id());
        String lesson = TestData.value("SELECT l.id FROM lesson l JOIN course_module m ON m.id = l.module_id "
                + "JOIN programme p ON p.id = m.programme_id WHERE p.code = 'rc-leaders' AND m.position = 1 "
                + "AND l.archived = FALSE ORDER BY l.position LIMIT 1");
        String question = TestData.value("SELECT id FROM self_check_question WHERE lesson_id = ? AND archived = FALSE "
                + "ORDER BY position LIMIT 1", lesson);
        String options = TestData.value("SELECT options FROM self_check_question WHERE id = ?", question);
        String page = "/study/lesson.xhtml?id=" + lesson + "&cohort=" + cohort;

        WebClient a = signedIn(first);
        List<List<String>> firstOrders = orders(a.get(page).body());
        assertEquals(firstOrders, orders(a.get(page).body()), "a reload shows the attempt's order unchanged");
        WebClient b = signedIn(second);
        assertNotEquals(firstOrders, orders(b.get(page).body()), "another trainee sees other orders");

        Set<List<String>> seen = new HashSet<>();
        seen.add(firstOrders.getFirst());
        String right = rightOption(options, firstOrders.getFirst());
        for (int attempt = 0; attempt < 5; attempt++) {
            String body = a.get(page).body();
            seen.add(orders(body).getFirst());
            Matcher form = FORM.matcher(body);
            assertTrue(form.find(), body);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(form.group(1), form.group(1));
            fields.put(form.group(1) + ":choice", right);
            fields.put(form.group(1) + ":check", "x");
            a.postForm(page, body, fields);
        }
        assertEquals("5", TestData.value("SELECT SUM(correct) FROM self_check_attempt WHERE person_id = ? "
                + "AND question_id = ?", first.id(), question), "the right option is right wherever it stood");
        assertTrue(seen.size() >= 2, () -> "after five answers the order changed at least once: " + seen);

        String module = TestData.value("SELECT module_id FROM lesson WHERE id = ?", lesson);
        String modulePage = a.get("/study/module.xhtml?id=" + module + "&cohort=" + cohort).body();
        assertTrue(modulePage.contains("Редакция программы от 01.09.2026"), modulePage);
        assertTrue(a.get("/study/download?module=" + module).body().contains("Редакция программы от 01.09.2026"));
    }

    /** The options of each question on the page, in the order shown. */
    private static List<List<String>> orders(String page) {
        List<List<String>> orders = new ArrayList<>();
        for (String part : page.split("<form id=\"")) {
            if (!part.matches("(?s)[^\"]*question\".*")) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            Matcher label = LABEL.matcher(part);
            while (label.find()) {
                labels.add(unescape(label.group(1)).strip());
            }
            orders.add(labels);
        }
        assertTrue(!orders.isEmpty() && orders.getFirst().size() >= 3, () -> "questions on the page: " + page);
        return orders;
    }

    /** The option the question's stored options mark right (its text is on the page among the shown ones). */
    private static String rightOption(String optionsJson, List<String> shown) {
        for (String option : shown) {
            String stored = optionsJson.replace("\\\"", "\"");
            int at = stored.indexOf(option);
            assertTrue(at >= 0, () -> option + " in " + optionsJson);
            String after = stored.substring(at + option.length(), Math.min(stored.length(), at + option.length() + 40));
            String before = stored.substring(Math.max(0, at - 40), at);
            if (after.matches("(?s)\"\\s*,\\s*\"correct\"\\s*:\\s*true.*") || before.matches("(?s).*\"correct\"\\s*:\\s*true\\s*,\\s*\"text\"\\s*:\\s*\"")) {
                return option;
            }
        }
        throw new AssertionError("no right option among " + shown + " in " + optionsJson);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }
}
