package ru.ciss.lms.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * Finding people (issue #20, point 7): the search by any words of the name in any order and either spelling of ё,
 * the administrators' page of one person, and the admin home naming districts without trainees and what waits in
 * each running cohort.
 */
class FindingPeopleIT {

    URL url = SharedApplication.url();

    /** A unique run of Cyrillic letters, so that a surname belongs to this test only. */
    private static String token() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        StringBuilder letters = new StringBuilder();
        for (char c : hex.toCharArray()) {
            letters.append("абвгдежзиклмнопр".charAt(Character.digit(c, 16)));
        }
        return letters.toString();
    }

    private WebClient admin() {
        TestPeople.Account curator = TestPeople.create("Искателева", "ADMINISTRATOR");
        WebClient admin = new WebClient(url);
        assertEquals(302, admin.signIn(curator.email(), curator.password()).statusCode());
        return admin;
    }

    private static TestPeople.Account person(String surname, String givenName, String patronymic, String... roles)
            throws Exception {
        TestPeople.Account account = TestPeople.create(surname, roles);
        TestData.update("UPDATE person SET given_name = ?, patronymic = ? WHERE id = ?", givenName, patronymic,
                account.id());
        return account;
    }

    private static String search(WebClient admin, String text) {
        return search(admin, Map.of("filter:text", text));
    }

    /** The filter form posted with these fields (the others empty): the page with the table's first page. */
    private static String search(WebClient admin, Map<String, String> fields) {
        String page = admin.get("/people/list.xhtml").body();
        Map<String, String> form = new java.util.HashMap<>(Map.of("filter", "filter", "filter:text", "",
                "filter:role", "", "filter:district", "", "filter:apply", "filter:apply"));
        form.putAll(fields);
        HttpResponse<String> answer = admin.postForm("/people/list.xhtml", page, form);
        assertEquals(200, answer.statusCode(), answer::body);
        return answer.body().replace("&nbsp;", " ");
    }

    /**
     * The list's rows come from native SQL (issue #25): each column, the roles in their order, the organisation's
     * name, the deactivated mark in the person's gender, and every part of the filter narrow as before.
     */
    @Test
    void theListShowsEachColumnAndNarrowsByRoleDistrictStateAndOrganisation() throws Exception {
        String token = token();
        String surname = "Спискова" + token;
        TestPeople.Account alena = person(surname, "Алёна", "Петровна", "MENTOR", "TRAINEE");
        TestPeople.Account vera = person(surname, "Вера", "Ивановна", "TRAINEE");
        String organisation = "Фонд Развития " + token;
        TestData.update("INSERT INTO organisation (name, kind) VALUES (?, 'NGO')", organisation);
        String district = TestData.value("SELECT id FROM district WHERE name_ru = 'Черлакский район'");
        TestData.update("UPDATE person SET organisation_id = (SELECT id FROM organisation WHERE name = ?), "
                + "district_id = ? WHERE id = ?", organisation, district, alena.id());
        TestData.update("UPDATE person SET active = FALSE, organisation_id = NULL, "
                + "district_id = (SELECT id FROM district WHERE name_ru = 'г. Омск') WHERE id = ?", vera.id());
        WebClient admin = admin();

        String all = search(admin, Map.of("filter:text", surname, "filter:inactive", "on"));
        assertTrue(all.contains("1–2 / 2"), () -> "both, the deactivated one too: " + all);
        String alenaRow = row(all, alena.id());
        for (String part : new String[] {surname + " Алёна Петровна", alena.email(), "Слушатель, Наставник",
                "Черлакский район", organisation}) {
            assertTrue(alenaRow.contains(part), () -> "her row shows «" + part + "»: " + alenaRow);
        }
        assertFalse(alenaRow.contains("деактивирован"), alenaRow);
        String veraRow = row(all, vera.id());
        assertTrue(veraRow.contains("(деактивирована)"), () -> "in her gender, from the patronymic: " + veraRow);
        assertTrue(veraRow.contains("г. Омск") && veraRow.contains("—"), () -> "her district, no organisation: " + veraRow);

        String active = search(admin, surname);
        assertTrue(active.contains("1–1 / 1") && !active.contains(vera.email()), () -> "active people only: " + active);
        String mentors = search(admin, Map.of("filter:text", surname, "filter:role", "MENTOR", "filter:inactive", "on"));
        assertTrue(mentors.contains("1–1 / 1") && mentors.contains(alena.email()), () -> "by role: " + mentors);
        String administrators = search(admin, Map.of("filter:text", surname, "filter:role", "ADMINISTRATOR"));
        assertFalse(administrators.contains(alena.email()), () -> "nobody of that role: " + administrators);
        String inDistrict = search(admin, Map.of("filter:text", surname, "filter:district", district,
                "filter:inactive", "on"));
        assertTrue(inDistrict.contains("1–1 / 1") && inDistrict.contains(alena.email()), () -> "by district: " + inDistrict);
        String byOrganisation = search(admin, "развития " + token);
        assertTrue(byOrganisation.contains("1–1 / 1") && byOrganisation.contains(alena.email()),
                () -> "a word of the organisation's name: " + byOrganisation);

        // The same filters from the address (a bookmark, Back, a reload), the way the Apply button writes them.
        String q = java.net.URLEncoder.encode(surname, java.nio.charset.StandardCharsets.UTF_8);
        String fromAddress = admin.get("/people/list.xhtml?q=" + q + "&role=MENTOR&district=" + district
                + "&inactive=true").body().replace("&nbsp;", " ");
        assertTrue(fromAddress.contains("1–1 / 1") && fromAddress.contains(alena.email()), () -> "by address: " + fromAddress);
        // A mangled bookmark: the page still answers, in Russian, and narrows by what it could read.
        HttpResponse<String> mangled = admin.get("/people/list.xhtml?q=" + q + "&role=NOBODY&district=x");
        assertEquals(200, mangled.statusCode(), mangled::body);
        assertFalse(STACK_TRACE.matcher(mangled.body()).find() || mangled.body().contains("Conversion Error"),
                mangled::body);
        assertTrue(mangled.body().replace("&nbsp;", " ").contains("1–1 / 1"), mangled::body);
    }

    private static final java.util.regex.Pattern STACK_TRACE =
            java.util.regex.Pattern.compile("\\bat [a-z][\\w.$]+\\(|Exception: ");

    /** The table row whose name links to this person's page. */
    private static String row(String page, long id) {
        int link = page.indexOf("/people/person.xhtml?id=" + id + "\"");
        assertTrue(link > 0, () -> "a row links person " + id + ": " + page);
        return page.substring(page.lastIndexOf("<tr", link), page.indexOf("</tr>", link));
    }

    @Test
    void anyWordsOfTheNameInAnyOrderWithEitherSpellingOfYo() throws Exception {
        String token = token();
        String surname = "Соловьёв" + token;
        TestPeople.Account nikolai = person(surname, "Николай", "Михайлович", "TRAINEE");
        person(surname, "Пётр", "Михайлович", "TRAINEE"); // the same surname, another man
        String full = surname + " Николай Михайлович";
        WebClient admin = admin();

        for (String text : new String[] {full, "Николай " + surname, "соловьев" + token + " николай",
                "НИКОЛАЙ  МИХАЙЛОВИЧ\u00a0" + surname.toUpperCase(), "Соловьев" + token + " Николай Михайлович"}) {
            String page = search(admin, text);
            assertTrue(page.contains(full), () -> "«" + text + "» finds him: " + page);
            assertTrue(page.contains("1–1 / 1"), () -> "«" + text + "» finds him alone: " + page);
            assertTrue(page.contains("/people/person.xhtml?id=" + nikolai.id()), "his name opens his page");
        }
        assertTrue(search(admin, "соловьев" + token).contains("1–2 / 2"), "the surname alone finds both");
        String nobody = search(admin, surname + " Николай Петрович");
        assertFalse(nobody.contains(full), "every word must match: " + nobody);
    }

    @Test
    void thePersonsPageShowsEachPartToAdministratorsOnly() throws Exception {
        String token = token();
        TestPeople.Account trainee = person("Карточкина" + token, "Алёна", "Петровна", "TRAINEE");
        long cohort = TestData.cohort("rc-leaders", null);
        String cohortName = TestData.value("SELECT name FROM cohort WHERE id = ?", cohort);
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.passEverything(cohort, trainee.id(), 82.5);
        TestData.graduate(cohort, trainee.id());
        String number = TestData.value("SELECT number FROM certificate WHERE person_id = ?", trainee.id());
        String member = TestData.value("SELECT id FROM cohort_member WHERE person_id = ?", trainee.id());
        TestData.update("UPDATE consent SET withdrawn_at = NOW(3) WHERE person_id = ?", trainee.id());
        TestData.update("INSERT INTO outcome (person_id, cohort_id, kind, happened_on, name, state, reported_by, "
                + "reported_at) VALUES (?, ?, 'RESOURCE_CENTRE', '2026-03-01', ?, 'REPORTED', ?, NOW(3))",
                trainee.id(), cohort, "Центр " + token, trainee.id());
        TestData.update("INSERT INTO outbox_message (kind, person_id, recipient, recipient_name, subject, body, state, "
                + "attempts, next_attempt_at, created_at) VALUES ('ACTIVATION_LINK', ?, ?, 'А', ?, 'текст', 'SENT', 1, "
                + "NOW(3), NOW(3))", trainee.id(), trainee.email(), "Письмо " + token);
        WebClient admin = admin();

        HttpResponse<String> answer = admin.get("/people/person.xhtml?id=" + trainee.id());
        assertEquals(200, answer.statusCode());
        String page = answer.body().replace("&nbsp;", " ");
        for (String part : new String[] {"Карточкина" + token + " Алёна Петровна", trainee.email(),
                "активна", "пароль задан", cohortName, "/course/member.xhtml?member=" + member,
                "посетила 1 из 1 прошедшего дня (100 %", "принято", "Итоговая презентация: отправлена", "82,5",
                number, "Согласие на обработку персональных данных", "отозвано", "Центр " + token, "на проверке",
                "Письмо " + token, "отправлено"}) {
            assertTrue(page.contains(part), () -> "the page shows «" + part + "»: " + page);
        }

        String link = "/people/person.xhtml?id=" + trainee.id();
        assertTrue(admin.get("/certificates/cohort.xhtml?cohort=" + cohort).body().contains(link),
                "the certificates page links the trainee to their page");
        String certificate = TestData.value("SELECT id FROM certificate WHERE person_id = ?", trainee.id());
        assertTrue(admin.get("/certificates/certificate.xhtml?id=" + certificate).body().contains(link),
                "the certificate's page links its holder");
        assertTrue(admin.get("/attendance/register.xhtml?cohort=" + cohort).body().contains(link),
                "so does the attendance register, for an administrator");

        assertEquals(404, admin.get("/people/person.xhtml?id=999999999").statusCode());
        assertEquals(404, admin.get("/people/person.xhtml?id=abc").statusCode());
        for (String role : new String[] {"MENTOR", "TRAINEE"}) {
            TestPeople.Account other = TestPeople.create("Любопытнов", role);
            WebClient client = new WebClient(url);
            client.signIn(other.email(), other.password());
            HttpResponse<String> refused = client.get("/people/person.xhtml?id=" + trainee.id());
            assertEquals(403, refused.statusCode(), role);
            assertFalse(refused.body().contains(trainee.email()), role + " sees nothing of the person");
        }
        TestPeople.Account mentor = TestPeople.create("Наставников", "MENTOR");
        TestData.enrolMentor(cohort, mentor.id());
        WebClient mentorClient = new WebClient(url);
        mentorClient.signIn(mentor.email(), mentor.password());
        String register = mentorClient.get("/attendance/register.xhtml?cohort=" + cohort).body();
        assertTrue(register.contains("Карточкина" + token) && !register.contains(link),
                "a mentor's register names the trainee without a link to the administrators' page");
    }

    @Test
    void theAdminHomeNamesTheDistrictsWithoutTraineesAndWhatWaitsInEachCohort() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        String module = TestData.value("SELECT m.id FROM course_module m JOIN cohort c ON c.programme_id = m.programme_id "
                + "WHERE c.id = ? AND m.archived = FALSE ORDER BY m.position LIMIT 1", cohort);
        TestPeople.Account mentor = TestPeople.create("Наставникова", "MENTOR");
        TestData.enrolMentor(cohort, mentor.id());
        // Two answers waiting for review, and one of these trainees' plans waiting for mentors.
        for (int i = 0; i < 2; i++) {
            TestPeople.Account waiting = TestPeople.create("Ожидаева", "TRAINEE");
            TestData.enrolTrainee(cohort, waiting.id());
            TestData.update("INSERT INTO submission (cohort_id, module_id, person_id, state, versions, submitted_at, "
                    + "updated_at) VALUES (?, ?, ?, 'SUBMITTED', 1, NOW(3), NOW(3))", cohort, module, waiting.id());
            if (i == 0) {
                TestData.update("INSERT INTO presentation (cohort_id, person_id, state, flagged, submitted_at, updated_at) "
                        + "VALUES (?, ?, 'SUBMITTED', FALSE, NOW(3), NOW(3))", cohort, waiting.id());
            }
        }
        // Three trainees meet every rule; one already holds a certificate. Their plans were scored by two mentors.
        for (int i = 0; i < 3; i++) {
            TestPeople.Account done = TestPeople.create("Выполнова", "TRAINEE");
            TestData.enrolTrainee(cohort, done.id());
            TestData.passEverything(cohort, done.id(), 90);
            for (long by : new long[] {mentor.id(), done.id()}) {
                TestData.update("INSERT INTO presentation_mentor (presentation_id, mentor_id, allocated_at, allocated_by) "
                        + "SELECT id, ?, NOW(3), ? FROM presentation WHERE cohort_id = ? AND person_id = ?",
                        by, mentor.id(), cohort, done.id());
            }
            if (i == 0) {
                TestData.graduate(cohort, done.id());
            }
        }
        // Held before anyone was enrolled (so it counts for no one's attendance), and nobody marked it.
        TestData.sessionDay(cohort, LocalDate.now(ZoneId.of("Asia/Omsk")).minusDays(25), LocalTime.of(10, 0),
                LocalTime.of(12, 0));
        // Cancelled, with nobody marked: no day to mark, so not counted (as the register does not show it).
        long cancelled = TestData.sessionDay(cohort, LocalDate.now(ZoneId.of("Asia/Omsk")).minusDays(24),
                LocalTime.of(10, 0), LocalTime.of(12, 0));
        TestData.update("UPDATE session_day SET cancelled_at = NOW(3), cancel_reason = 'Метель' WHERE id = ?", cancelled);
        WebClient admin = admin();
        String page = admin.get("/home/admin.xhtml").body();

        // The word beside each count agrees with it (issue #22): «21 слушатель», «22 слушателя», «25 слушателей».
        Matcher tile = Pattern.compile("id=\"count-trainees\">(\\d+)</span> (\\S+)</li>")
                .matcher(page);
        assertTrue(tile.find(), "the trainees tile");
        long n = Long.parseLong(tile.group(1));
        assertEquals(n % 10 == 1 && n % 100 != 11 ? "слушатель"
                : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? "слушателя" : "слушателей",
                tile.group(2), "the word beside " + n);

        String item = between(page, "id=\"running-" + cohort + "\"", "</ul>");
        assertTrue(item.contains("Презентаций ждут распределения наставников: 1")
                && item.contains("/presentations/cohort.xhtml?cohort=" + cohort), item);
        assertTrue(item.contains("Ответов на задания ждут проверки: 2") && item.contains("/review/queue.xhtml"), item);
        assertTrue(item.contains("Прошедших дней без отметок посещаемости: 1")
                && item.contains("/attendance/register.xhtml?cohort=" + cohort), item);
        assertTrue(item.contains("Выдайте сертификаты: слушателей выполнили условия — 2")
                && item.contains("/certificates/cohort.xhtml?cohort=" + cohort), item);
        assertTrue(page.contains("выполнили все условия потока, а действующего сертификата у них нет"),
                "the counts are defined on the page");

        String names = between(page, "id=\"districts-without-names\"", "</ul>");
        String without = TestData.value("SELECT GROUP_CONCAT(d.name_ru ORDER BY d.id SEPARATOR '|') FROM district d "
                + "WHERE NOT EXISTS (SELECT 1 FROM person p JOIN person_role r ON r.person_id = p.id "
                + "WHERE p.district_id = d.id AND p.active = TRUE AND r.role = 'TRAINEE')");
        if (without != null) {
            for (String name : without.split("\\|")) {
                assertTrue(names.contains(name), () -> name + " is named: " + names);
            }
        }
        String withTrainees = TestData.value("SELECT name_ru FROM district WHERE id = 31"); // where test people live
        assertFalse(names.contains(withTrainees), names);
        assertEquals(String.valueOf(without == null ? 0 : without.split("\\|").length),
                between(page, "id=\"districts-without\">", "<").strip());
    }

    /** A person in three cohorts costs as many SQL statements as one in a single cohort: no query per cohort. */
    @Test
    void thePersonsPageAndTheAdminHomeRunABoundedNumberOfStatements() throws Exception {
        TestPeople.Account once = TestPeople.create("Однопоточная", "TRAINEE");
        TestPeople.Account thrice = TestPeople.create("Трёхпоточная", "TRAINEE");
        TestData.enrolTrainee(TestData.cohort("rc-leaders", null), once.id());
        for (int i = 0; i < 3; i++) {
            long cohort = TestData.cohort("rc-leaders", null);
            TestData.enrolTrainee(cohort, thrice.id());
            TestData.passEverything(cohort, thrice.id(), 70);
            TestData.graduate(cohort, thrice.id());
        }
        WebClient admin = admin();
        assertEquals(statementsOn(admin, "/people/person.xhtml?id=" + once.id()),
                statementsOn(admin, "/people/person.xhtml?id=" + thrice.id()), "1 cohort vs 3 cohorts with everything");

        int before = statementsOn(admin, "/home/admin.xhtml");
        for (int i = 0; i < 2; i++) { // two more running cohorts with work waiting, not yet issuing certificates
            long cohort = TestData.cohort("rc-leaders", null);
            TestData.sessionDay(cohort, LocalDate.now(ZoneId.of("Asia/Omsk")).minusDays(2), LocalTime.of(10, 0),
                    LocalTime.of(12, 0));
        }
        assertEquals(before, statementsOn(admin, "/home/admin.xhtml"), "the admin home's queries are grouped");
    }

    /**
     * Issue #25: the table's count and its page come from one call (they were two, each its own transaction), and a
     * filter narrows both alike.
     */
    @Test
    void theListReadsItsCountWithItsPage() throws Exception {
        WebClient admin = admin();
        admin.get("/people/list.xhtml");
        HttpResponse<String> list = admin.get("/people/list.xhtml");
        assertEquals(200, list.statusCode());
        assertEquals("1", list.headers().firstValue("X-SQL-Transactions").orElseThrow(), "transactions of the list");
        String surname = "Одновызовова" + token();
        for (int i = 1; i <= 21; i++) {
            person(String.format("%s-%02d", surname, i), "Ольга", "Ивановна", "TRAINEE");
        }
        String found = search(admin, surname);
        assertTrue(found.contains("1–20 / 21"), () -> "a page of 20 of the 21 found: " + found);
        assertTrue(found.contains(surname + "-20") && !found.contains(surname + "-21"), "the first page by surname");
    }

    private static int statementsOn(WebClient client, String path) {
        client.get(path); // the first visit warms caches that every visit after it shares
        HttpResponse<String> page = client.get(path);
        assertEquals(200, page.statusCode(), path);
        return Integer.parseInt(page.headers().firstValue("X-SQL-Statements").orElseThrow());
    }

    private static String between(String page, String start, String end) {
        int from = page.indexOf(start);
        assertTrue(from >= 0, () -> start + " not in " + page);
        int to = page.indexOf(end, from + start.length());
        return page.substring(from + start.length(), to < 0 ? page.length() : to);
    }
}
