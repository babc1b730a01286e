package ru.ciss.lms.certificates.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;

/**
 * Issue #21, point 15: a bulk issue is a job in the database. A job whose server stopped half-way is carried on by
 * this server (which never started it) and finishes with the date it was started with; a name that does not fit the
 * form is that trainee's refusal while the others get theirs, without a gap in the register.
 */
class BulkIssueJobsIT {

    URL url = SharedApplication.url();

    private static final LocalDate OMSK_TODAY = ru.ciss.lms.testing.SchoolToday.forAWhile();

    @Test
    void aJobWhoseServerStoppedIsCarriedOnFromWhereItStoppedAndShownOnThePage() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        List<TestPeople.Account> trainees = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestPeople.Account t = TestPeople.create("Продолженный", "TRAINEE");
            TestData.enrolTrainee(cohort, t.id());
            TestData.passEverything(cohort, t.id(), 90);
            trainees.add(t);
        }
        TestPeople.Account admin = TestPeople.create("Перезапуск", "ADMINISTRATOR");
        // As another instance left it: started yesterday's date, the first trainee dealt with, then the server died.
        LocalDate startedOn = OMSK_TODAY.minusDays(1);
        TestData.update("INSERT IGNORE INTO certificate_counter (series, year, last_number) VALUES ('РЦ', ?, 0)",
                startedOn.getYear());
        TestData.update("INSERT INTO certificate_bulk_job (cohort_id, running_cohort_id, issued_on, series, "
                + "counter_year, started_by, base_url, total, done, passed_over, started_at, runner, heartbeat_at) "
                + "VALUES (?, ?, ?, 'РЦ', ?, ?, ?, 3, 1, 1, NOW(3) - INTERVAL 20 MINUTE, 'instance-gone', "
                + "NOW(3) - INTERVAL 10 MINUTE)", cohort, cohort, startedOn, startedOn.getYear(), admin.id(),
                url.toString().replaceAll("/$", ""));
        String job = TestData.value("SELECT id FROM certificate_bulk_job WHERE cohort_id = ?", cohort);
        TestData.update("INSERT INTO certificate_bulk_person (job_id, position, person_id, outcome) "
                + "VALUES (?, 0, ?, 'PASSED_OVER')", job, trainees.get(0).id());
        for (int i = 1; i < 3; i++) {
            TestData.update("INSERT INTO certificate_bulk_person (job_id, position, person_id) VALUES (?, ?, ?)",
                    job, i, trainees.get(i).id());
        }

        WebClient a = signedIn(admin);
        String page = "/certificates/cohort.xhtml?cohort=" + cohort;
        String first = a.get(page).body();
        assertTrue(first.contains("Идёт выдача сертификатов") || first.contains("Выдача завершена"),
                () -> "this server shows a job another one started: " + first);

        long until = System.nanoTime() + 90_000_000_000L;
        while (!finished(cohort)) {
            assertTrue(System.nanoTime() < until, "the stalled job is carried on and finishes within 90 s");
            Thread.sleep(300);
        }
        assertEquals("1", TestData.value("SELECT resumed FROM certificate_bulk_job WHERE id = ?", job));
        assertEquals("2", TestData.value("SELECT issued FROM certificate_bulk_job WHERE id = ?", job));
        assertEquals("3", TestData.value("SELECT done FROM certificate_bulk_job WHERE id = ?", job));
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM certificate WHERE person_id = ?", trainees.get(0).id()),
                "the one dealt with before the stop is not dealt with again");
        for (TestPeople.Account t : trainees.subList(1, 3)) {
            assertEquals(startedOn.toString(), TestData.value("SELECT issued_on FROM certificate WHERE person_id = ?",
                    t.id()), "the date the job started with, not the day it was carried on");
        }
        String shown = a.get(page).body();
        assertTrue(shown.contains("Выдача завершена") && shown.contains("прерывалась из-за остановки сервера"),
                () -> "the page says what happened: " + shown);
    }

    @Test
    void aNameThatDoesNotFitTheFormIsThatTraineesRefusalWhileTheOthersGetTheirs() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        List<TestPeople.Account> trainees = new ArrayList<>();
        String[][] names = {{"Ли", "Ан"}, {"Константинопольская".repeat(5), "Александра"}, {"Ким", "Ян"}};
        for (String[] name : names) {
            TestPeople.Account t = TestPeople.create("Бланк", "TRAINEE");
            TestData.update("UPDATE person SET surname = ?, given_name = ?, patronymic = NULL WHERE id = ?",
                    name[0], name[1], t.id());
            TestData.enrolTrainee(cohort, t.id());
            TestData.passEverything(cohort, t.id(), 90);
            trainees.add(t);
        }
        WebClient a = signedIn(TestPeople.create("Бланочный", "ADMINISTRATOR"));
        String page = "/certificates/cohort.xhtml?cohort=" + cohort;
        String screen = a.get(page).body();

        Path layout = Path.of(System.getProperty("lms.build.dir", "target"), "it-layout", "certificate-layout.yaml");
        String shipped = Files.readString(layout);
        // The name's place cut to one short line of 8 pt: short names fit, the long one does not even at 6 pt.
        String narrow = ru.ciss.lms.certificates.control.BulkIssueForms.nameOnOneShortLine(shipped);
        try {
            write(layout, narrow);
            String started = a.postForm(page, screen, Map.of("bulk", "bulk", "bulk:issue-all", "x")).body();
            assertTrue(started.contains("Выдача начата: 3"), () -> started);
            long until = System.nanoTime() + 60_000_000_000L;
            while (!finished(cohort)) {
                assertTrue(System.nanoTime() < until, "the issue finishes within a minute");
                Thread.sleep(200);
            }
        } finally {
            write(layout, shipped);
        }
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM certificate WHERE person_id = ?", trainees.get(1).id()));
        List<Long> sequences = new ArrayList<>();
        for (TestPeople.Account t : List.of(trainees.get(0), trainees.get(2))) {
            sequences.add(Long.parseLong(TestData.value("SELECT sequence FROM certificate WHERE person_id = ?", t.id())));
        }
        sequences.sort(null);
        assertEquals(sequences.get(0) + 1, sequences.get(1), () -> "the refused name gave its number back: " + sequences);
        assertEquals("1", TestData.value("SELECT refused FROM certificate_bulk_job WHERE cohort_id = ?", cohort));
        assertEquals(null, TestData.value("SELECT failure_key FROM certificate_bulk_job WHERE cohort_id = ?", cohort));
        String shown = a.get(page).body();
        assertTrue(shown.contains("Не выдано слушателям: 1") && shown.contains("id=\"bulk-refused\"")
                        && shown.contains("«" + names[1][0] + " " + names[1][1] + "»: имя не помещается на бланке"),
                () -> "the refusal is named on the page: " + shown);
    }

    private static boolean finished(long cohort) throws Exception {
        return "0".equals(TestData.value("SELECT COUNT(*) FROM certificate_bulk_job WHERE cohort_id = ? "
                + "AND running_cohort_id IS NOT NULL", cohort));
    }

    /** The app re-reads the form when its modification time changes: made certain to change each time. */
    private static void write(Path layout, String text) throws Exception {
        FileTime before = Files.getLastModifiedTime(layout);
        Files.writeString(layout, text);
        Files.setLastModifiedTime(layout, FileTime.from(Instant.ofEpochMilli(
                Math.max(System.currentTimeMillis(), before.toMillis() + 2000))));
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }
}
