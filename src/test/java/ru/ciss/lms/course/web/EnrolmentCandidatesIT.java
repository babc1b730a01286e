package ru.ciss.lms.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * A curator enrols anyone in the register, however long it has grown: the cohort page lists the first 200 people one
 * may enrol (alphabetically), says how many there are, and finds the others by name or e-mail. Before, the list was
 * cut at 500 without a word, and nobody past it could be enrolled from the page.
 */
class EnrolmentCandidatesIT {

    private static final Pattern TRAINEE_LIST = Pattern.compile(
            "<select id=\"enrol:trainees\"[^>]*>(.*?)</select>", Pattern.DOTALL);

    URL url = SharedApplication.url();

    @Test
    void someonePastTheListedFirstIsFoundByNameAndEnrolled() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String bulk = "bulk-" + run + "-%";
        long cohort = TestData.cohort("social-innovations", null);
        WebClient admin = WebClient.signedIn(url, TestPeople.create("Зачисляющая", "ADMINISTRATOR"));
        // 201 trainees who sort before the one sought, so that she cannot be among the first 200 listed.
        TestData.update("INSERT INTO person (surname, given_name, email, language, active, created_at, updated_at, "
                + "district_id) SELECT CONCAT('Яяяя-', ?, '-', LPAD(seq, 3, '0')), 'Массовая', "
                + "CONCAT('bulk-', ?, '-', seq, '@test.example.org'), 'RU', TRUE, NOW(3), NOW(3), 31 FROM seq_1_to_201",
                run, run);
        TestData.update("INSERT INTO person_role (person_id, role) SELECT id, 'TRAINEE' FROM person WHERE email LIKE ?",
                bulk);
        TestPeople.Account sought = TestPeople.create("Яяяяя-Ёлкина-" + run, "TRAINEE");
        try {
            String path = "/course/cohort.xhtml?id=" + cohort;
            String page = admin.get(path).body();
            String listed = traineeList(page);
            assertEquals(200, listed.split("<option", -1).length - 1, () -> "the first 200 listed: " + listed);
            assertFalse(listed.contains("value=\"" + sought.id() + "\""), "she sorts after the first 200");
            assertTrue(page.contains("Показаны первые 200 из "), () -> "the page says the list is cut: " + page);

            // Searched in lower case and with «е» for «ё»: found all the same.
            String search = path + "&who=" + URLEncoder.encode("яяяяя-елкина-" + run, StandardCharsets.UTF_8);
            String found = admin.get(search).body();
            String one = traineeList(found);
            assertEquals(1, one.split("<option", -1).length - 1, () -> "only her: " + one);
            assertTrue(one.contains("value=\"" + sought.id() + "\"") && found.contains("Найдено: 1."), found);

            Map<String, String> enrol = Map.of("enrol", "enrol", "enrol:trainees", String.valueOf(sought.id()),
                    "enrol:enrolTrainees", "Зачислить выбранных");
            HttpResponse<String> enrolled = admin.postForm(search, found, enrol);
            assertEquals(302, enrolled.statusCode(), enrolled::body);
            assertTrue(admin.follow(enrolled).body().contains("Добавлено в поток: 1."));
            assertEquals("1", TestData.value("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ? AND person_id = ?",
                    cohort, sought.id()));

            // The same page sent again (a second tab, a double click): she is in the cohort already, refused by name.
            String again = admin.postForm(search, found, enrol).body();
            assertTrue(again.contains("Пока страница была открыта, в поток уже зачислили: Яяяяя-Ёлкина-" + run
                    + " Пётр Тестович."), again); // Фамилия Имя Отчество, as everywhere
            assertEquals("1", TestData.value("SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ? AND person_id = ?",
                    cohort, sought.id()), "enrolled once");
            String after = admin.get(search).body();
            String none = traineeList(after);
            assertFalse(none.contains("<option"), () -> "nobody left to enrol by that name: " + none);
            assertTrue(after.contains("&amp;who=" + URLEncoder.encode("яяяяя-елкина-" + run, StandardCharsets.UTF_8)
                    + "&amp;sort=email"), () -> "ordering the members keeps the search: " + after);
        } finally {
            TestData.update("DELETE FROM person_role WHERE person_id IN (SELECT id FROM person WHERE email LIKE ?)",
                    bulk);
            TestData.update("DELETE FROM person WHERE email LIKE ?", bulk);
        }
    }

    private static String traineeList(String page) {
        Matcher list = TRAINEE_LIST.matcher(page);
        assertTrue(list.find(), () -> "the list of trainees one may enrol: " + page);
        return list.group(1);
    }
}
