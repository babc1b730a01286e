package ru.ciss.lms.certificates.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.testing.PdfPages;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #20 points 5 and 6: a past cohort's certificates dated and numbered by their issue date; revocation notes
 * for the public and for administrators; words that agree with the holder's gender; a check address readable on
 * paper; the person's gender suggested from the patronymic and editable.
 */
class CertificateDatesNotesIT {

    URL url = SharedApplication.url();

    /** The school's calendar decides what "today" is (SchoolClock.ZONE). */
    private static final LocalDate OMSK_TODAY = ru.ciss.lms.testing.SchoolToday.forAWhile();

    @Test
    void aPastCohortIsIssuedOnTheChosenDateWithThatYearsNumbersAndWordsThatFit() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account woman = TestPeople.create("Прошедшая", "TRAINEE");
        TestData.update("UPDATE person SET given_name = 'Анна', patronymic = 'Сергеевна' WHERE id = ?", woman.id());
        TestPeople.Account man = TestPeople.create("Прошедший", "TRAINEE");
        for (TestPeople.Account t : List.of(woman, man)) {
            TestData.enrolTrainee(cohort, t.id());
            TestData.passEverything(cohort, t.id(), 90);
        }
        TestData.update("UPDATE cohort SET starts_on = '2019-02-01', ends_on = '2019-06-28' WHERE id = ?", cohort);
        WebClient a = signedIn(TestPeople.create("Архивариус", "ADMINISTRATOR"));
        String page = "/certificates/cohort.xhtml?cohort=" + cohort;
        String screen = a.get(page).body();
        assertTrue(screen.contains("id=\"bulk:issue-date\"") && screen.contains("value=\"" + OMSK_TODAY.getYear()),
                "the date field, today by default: " + screen);

        // Before the cohort's end and in the future: refused at the field, nothing issued.
        String early = a.postForm(page, screen, bulk("2019-06-27")).body();
        assertTrue(early.contains("не может быть раньше окончания потока (28.06.2019)"), early);
        String future = a.postForm(page, screen, bulk(OMSK_TODAY.plusDays(2).toString())).body();
        assertTrue(future.contains("не может быть в будущем"), future);
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM certificate WHERE cohort_id = ?", cohort));

        String started = a.postForm(page, screen, bulk("2019-09-02")).body();
        assertTrue(started.contains("Выдача начата: 2"), started);
        long until = System.nanoTime() + 60_000_000_000L;
        while (!"2".equals(TestData.value("SELECT COUNT(*) FROM certificate WHERE cohort_id = ?", cohort))) {
            assertTrue(System.nanoTime() < until, "not issued within a minute");
            Thread.sleep(200);
        }
        List<Long> sequences = new ArrayList<>();
        for (TestPeople.Account t : List.of(woman, man)) {
            String number = TestData.value("SELECT number FROM certificate WHERE person_id = ?", t.id());
            assertTrue(number.matches("РЦ-2019-\\d{4}"), number);
            assertEquals("2019-09-02", TestData.value("SELECT issued_on FROM certificate WHERE person_id = ?", t.id()));
            sequences.add(Long.parseLong(TestData.value("SELECT sequence FROM certificate WHERE person_id = ?", t.id())));
        }
        sequences.sort(null);
        assertEquals(sequences.get(0) + 1, sequences.get(1), "gapless: " + sequences);
        assertEquals(TestData.value("SELECT MAX(sequence) FROM certificate WHERE series = 'РЦ' AND year = 2019"),
                TestData.value("SELECT last_number FROM certificate_counter WHERE series = 'РЦ' AND year = 2019"));
        assertEquals(TestData.value("SELECT COUNT(*) FROM certificate WHERE series = 'РЦ' AND year = 2019"),
                TestData.value("SELECT MAX(sequence) FROM certificate WHERE series = 'РЦ' AND year = 2019"),
                "the 2019 register has no gap");

        String hers = pdfText(woman);
        String number = TestData.value("SELECT number FROM certificate WHERE person_id = ?", woman.id());
        assertTrue(hers.contains("прошла обучение") && hers.contains("Дата выдачи: 02.09.2019"), hers);
        // The line may wrap after a hyphen; the address reads as the number, not %D0%A0%D0%A6.
        assertTrue(hers.replace(" ", "").contains("/verify/" + number) && !hers.contains("%D0"), "readable: " + hers);
        assertTrue(pdfText(man).contains("прошёл обучение"), "Тестович suggests the masculine form");
    }

    @Test
    void aRevocationShowsItsPublicNoteToAnyoneAndItsInternalNoteToAdministratorsOnly() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account holder = TestPeople.create("Отозванная", "TRAINEE");
        TestData.graduate(cohort, holder.id());
        String id = TestData.value("SELECT id FROM certificate WHERE person_id = ?", holder.id());
        String number = TestData.value("SELECT number FROM certificate WHERE id = ?", id);
        WebClient a = signedIn(TestPeople.create("Отзывающий", "ADMINISTRATOR"));
        String page = "/certificates/certificate.xhtml?id=" + id;
        String form = a.get(page).body();
        assertTrue(form.contains("увидит каждый, кто проверит номер"), "the form says the note is public: " + form);
        a.follow(a.postForm(page, form, Map.of("revoke", "revoke", "revoke:reason", "Выдан по ошибке",
                "revoke:internal-note", "Письмо директора от 01.12, личное дело 17", "revoke:do-revoke", "x")));
        assertEquals("REVOKED", TestData.value("SELECT status FROM certificate WHERE id = ?", id));

        String verified = new WebClient(url).get("/verify/" + URLEncoder.encode(number, StandardCharsets.UTF_8)).body();
        assertTrue(verified.contains("Выдан по ошибке"), verified);
        assertFalse(verified.contains("личное дело"), "the internal note stays internal: " + verified);
        String admin = a.get(page).body();
        assertTrue(admin.contains("Выдан по ошибке") && admin.contains("Письмо директора от 01.12, личное дело 17"), admin);

        // A revocation from before the split: its one reason became the internal note; the public page shows none.
        TestData.update("UPDATE certificate SET public_note = NULL WHERE id = ?", id);
        String old = new WebClient(url).get("/verify/" + URLEncoder.encode(number, StandardCharsets.UTF_8)).body();
        assertTrue(old.contains("Сертификат отозван") && !old.contains("личное дело") && !old.contains("Выдан по ошибке"),
                old);
    }

    @Test
    void theGenderIsSuggestedFromThePatronymicEditableAndUsedOnThePeopleList() throws Exception {
        TestPeople.Account person = TestPeople.create("Деактивированная-" + letters(), "TRAINEE");
        TestData.update("UPDATE person SET given_name = 'Мария', patronymic = 'Петровна', active = FALSE WHERE id = ?",
                person.id());
        WebClient a = signedIn(TestPeople.create("Кадровик", "ADMINISTRATOR"));
        String edit = "/people/edit.xhtml?id=" + person.id();
        String form = a.get(edit).body();
        assertTrue(form.matches("(?s).*<option value=\"FEMALE\" selected=\"selected\">.*"), "suggested: " + form);

        String list = a.get("/people/list.xhtml").body();
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("filter", "filter");
        filter.put("filter:text", person.surname());
        filter.put("filter:role", "");
        filter.put("filter:district", "");
        filter.put("filter:inactive", "on");
        filter.put("filter:apply", "filter:apply");
        String found = a.postForm("/people/list.xhtml", list, filter).body();
        assertTrue(found.contains(person.surname()) && found.contains("(деактивирована)"), found);

        // Saved as chosen: male now, whatever the patronymic says.
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person", "person");
        fields.put("person:surname", person.surname());
        fields.put("person:givenName", "Мария");
        fields.put("person:patronymic", "Петровна");
        fields.put("person:phone", "");
        fields.put("person:district", "31");
        fields.put("person:organisation", "");
        fields.put("person:organisationKind", "");
        fields.put("person:position", "");
        fields.put("person:language", "RU");
        fields.put("person:gender", "MALE");
        fields.put("person:email", person.email());
        fields.put("person:roles", "TRAINEE");
        fields.put("person:save", "x");
        String saved = a.follow(a.postForm(edit, form, fields)).body();
        assertEquals("MALE", TestData.value("SELECT gender FROM person WHERE id = ?", person.id()), saved);
        assertTrue(a.get(edit).body().matches("(?s).*<option value=\"MALE\" selected=\"selected\">.*"));
        String again = a.postForm("/people/list.xhtml", a.get("/people/list.xhtml").body(), filter).body();
        assertTrue(again.contains("(деактивирован)") && !again.contains("(деактивирована)"), again);
    }

    /** A unique surname in letters only (the surname rule refuses digits). */
    private static String letters() {
        StringBuilder name = new StringBuilder("Ж");
        java.util.concurrent.ThreadLocalRandom.current().ints(8, 0, 32).forEach(i -> name.append((char) ('а' + i)));
        return name.toString();
    }

    private static Map<String, String> bulk(String date) {
        return Map.of("bulk", "bulk", "bulk:issue-date", date, "bulk:issue-all", "x");
    }

    private String pdfText(TestPeople.Account holder) throws Exception {
        String id = TestData.value("SELECT id FROM certificate WHERE person_id = ?", holder.id());
        return PdfPages.text(signedIn(holder).getBytes("/files/certificate?id=" + id).body()).replaceAll("\\s+", " ");
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }
}
