package ru.ciss.lms.assignments.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * The review queue read by native SQL (issue #25): a mentor sees the answers of their own cohorts only, oldest first,
 * each column as before, and the module, district and state filters narrow it; an administrator sees every cohort.
 */
class ReviewQueueIT {

    URL url = SharedApplication.url();

    @Test
    void aMentorSeesTheirCohortsAnswersOldestFirstAndEachFilterNarrows() throws Exception {
        long mine = TestData.cohort("rc-leaders", null);
        long other = TestData.cohort("rc-leaders", null);
        String cohortName = TestData.value("SELECT name FROM cohort WHERE id = ?", mine);
        TestPeople.Account mentor = TestPeople.create("Очередина", "MENTOR");
        TestData.enrolMentor(mine, mentor.id());
        String first = TestData.value("SELECT m.id FROM course_module m JOIN programme p ON p.id = m.programme_id "
                + "WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1");
        String second = TestData.value("SELECT m.id FROM course_module m JOIN programme p ON p.id = m.programme_id "
                + "WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1 OFFSET 1");
        String omsk = TestData.value("SELECT id FROM district WHERE name_ru = 'г. Омск'");
        String cherlak = TestData.value("SELECT id FROM district WHERE name_ru = 'Черлакский район'");

        TestPeople.Account older = trainee("Раннева", mine, cherlak);
        TestPeople.Account newer = trainee("Позднева", mine, omsk);
        TestPeople.Account elsewhere = trainee("Чужакова", other, omsk);
        TestPeople.Account drafting = trainee("Черновикова", mine, omsk);
        submission(mine, first, older, "SUBMITTED", 1, "2021-03-01 09:00:00", false);
        submission(mine, second, newer, "ACCEPTED", 2, "2021-03-02 09:00:00", true);
        submission(other, first, elsewhere, "SUBMITTED", 1, "2020-01-01 00:00:00", false);
        submission(mine, first, drafting, "DRAFT", 0, null, false);

        WebClient reviewer = WebClient.signedIn(url, mentor);
        String all = search(reviewer, Map.of());
        assertTrue(all.contains("1–2 / 2"), () -> "the two answers of the mentor's cohort, no draft: " + all);
        assertFalse(all.contains(elsewhere.surname()), "nothing of another cohort");
        assertFalse(all.contains(drafting.surname()), "a draft never waits for review");
        assertTrue(all.indexOf(older.surname()) < all.indexOf(newer.surname()), "who waits longest comes first");
        String newerRow = row(all, newer.surname());
        for (String part : new String[] {"г. Омск", "Версия 2", "сдано после срока", "принято", cohortName}) {
            assertTrue(newerRow.contains(part), () -> "the row shows «" + part + "»: " + newerRow);
        }
        assertFalse(row(all, older.surname()).contains("сдано после срока"));
        assertTrue(all.contains("value=\"" + first + "\""), "the module filter offers the cohort's modules");
        // The filters' options are built by the bean since issue #25 and written by the plain menu: the same options.
        String moduleLabel = TestData.value("SELECT CONCAT(p.title, ': ', m.position, '. ', m.title) FROM course_module m "
                + "JOIN programme p ON p.id = m.programme_id WHERE m.id = ?", first);
        assertTrue(all.contains("<option value=\"" + first + "\">" + moduleLabel + "</option>"), () -> moduleLabel);

        String byDistrict = search(reviewer, Map.of("filter:district", cherlak));
        assertTrue(byDistrict.contains("1–1 / 1") && byDistrict.contains(older.surname()), () -> "by district: " + byDistrict);
        String byState = search(reviewer, Map.of("filter:state", "ACCEPTED"));
        assertTrue(byState.contains("1–1 / 1") && byState.contains(newer.surname()), () -> "by state: " + byState);
        String byModule = search(reviewer, Map.of("filter:module", first));
        assertTrue(byModule.contains("1–1 / 1") && byModule.contains(older.surname()), () -> "by module: " + byModule);

        // The filter read from the address (Apply writes it there): reload, Back and bookmarks show the same queue.
        String fromAddress = reviewer.get("/review/queue.xhtml?district=" + cherlak + "&state=ALL").body()
                .replace("&nbsp;", " ");
        assertTrue(fromAddress.contains("1–1 / 1") && fromAddress.contains(older.surname()),
                () -> "district and any state from the address: " + fromAddress);
        assertTrue(fromAddress.contains("<option value=\"" + cherlak + "\" selected=\"selected\">Черлакский район</option>")
                && fromAddress.contains("<option value=\"\" selected=\"selected\">"),
                () -> "the filters read from the address are the chosen options: " + fromAddress);
        String accepted = reviewer.get("/review/queue.xhtml?state=ACCEPTED").body().replace("&nbsp;", " ");
        assertTrue(accepted.contains("1–1 / 1") && accepted.contains(newer.surname()), () -> accepted);
        assertTrue(accepted.contains("<option value=\"ACCEPTED\" selected=\"selected\">принято</option>"), () -> accepted);
        String mangled = reviewer.get("/review/queue.xhtml?state=NOPE&module=x&district=").body().replace("&nbsp;", " ");
        assertTrue(mangled.contains("1–1 / 1") && mangled.contains(older.surname()) && !mangled.contains("msg-error"),
                () -> "a mangled bookmark shows the waiting queue, no converter's message: " + mangled);

        WebClient admin = WebClient.signedIn(url, TestPeople.create("Смотрителева", "ADMINISTRATOR"));
        String everyone = search(admin, Map.of("filter:module", first, "filter:district", omsk,
                "filter:state", "SUBMITTED"));
        assertTrue(everyone.contains(elsewhere.surname()), () -> "an administrator sees every cohort: " + everyone);
        assertFalse(everyone.contains(newer.surname()), everyone);
    }

    /**
     * Issue #25: the table's count and its page come from one call (they were two, each its own transaction); the
     * page's other read is the module filter's list. More answers than a page holds, so the count is not the rows'.
     */
    @Test
    void theQueueReadsItsCountWithItsPage() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account mentor = TestPeople.create("Однократова", "MENTOR");
        TestData.enrolMentor(cohort, mentor.id());
        String module = TestData.value("SELECT m.id FROM course_module m JOIN programme p ON p.id = m.programme_id "
                + "WHERE p.code = 'rc-leaders' AND m.archived = FALSE ORDER BY m.position LIMIT 1");
        String omsk = TestData.value("SELECT id FROM district WHERE name_ru = 'г. Омск'");
        for (int i = 1; i <= 21; i++) {
            submission(cohort, module, trainee(String.format("Стопочкина-%02d", i), cohort, omsk), "SUBMITTED", 1,
                    String.format("2021-04-01 09:%02d:00", i), false);
        }
        WebClient reviewer = WebClient.signedIn(url, mentor);
        reviewer.get("/review/queue.xhtml");
        HttpResponse<String> queue = reviewer.get("/review/queue.xhtml");
        assertEquals(200, queue.statusCode());
        String body = queue.body().replace("&nbsp;", " ");
        assertTrue(body.contains("1–20 / 21"), () -> "a page of 20 of the 21 answers: " + body);
        assertTrue(body.contains("Стопочкина-20") && !body.contains("Стопочкина-21"), "the first page, oldest first");
        assertEquals("2", queue.headers().firstValue("X-SQL-Transactions").orElseThrow(),
                "the module filter's list, then the count with its page");
    }

    private static TestPeople.Account trainee(String surname, long cohort, String district) throws Exception {
        TestPeople.Account account = TestPeople.create(surname, "TRAINEE");
        TestData.update("UPDATE person SET district_id = ? WHERE id = ?", district, account.id());
        TestData.enrolTrainee(cohort, account.id());
        return account;
    }

    private static void submission(long cohort, String module, TestPeople.Account trainee, String state, int versions,
            String submittedAt, boolean late) throws Exception {
        TestData.update("INSERT INTO submission (cohort_id, module_id, person_id, state, versions, submitted_at, late, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW(3))", cohort, module, trainee.id(), state, versions,
                submittedAt, late);
    }

    /** The filter form posted with these fields (the others empty): the page with the queue's first page. */
    private static String search(WebClient client, Map<String, String> fields) {
        String page = client.get("/review/queue.xhtml").body();
        Map<String, String> form = new HashMap<>(Map.of("filter", "filter", "filter:module", "",
                "filter:district", "", "filter:state", "", "filter:apply", "filter:apply"));
        form.putAll(fields);
        HttpResponse<String> answer = client.postForm("/review/queue.xhtml", page, form);
        assertEquals(200, answer.statusCode(), answer::body);
        return answer.body().replace("&nbsp;", " ");
    }

    private static String row(String page, String surname) {
        int at = page.indexOf(surname);
        assertTrue(at > 0, () -> surname + " is in the queue: " + page);
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }
}
