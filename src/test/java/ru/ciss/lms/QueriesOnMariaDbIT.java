package ru.ciss.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ciss.lms.assignments.boundary.SubmissionHistory;
import ru.ciss.lms.certificates.control.EligibilityReader;
import ru.ciss.lms.course.boundary.CohortRules;
import ru.ciss.lms.mail.control.OutboxLedger;
import ru.ciss.lms.outcomes.control.OutcomeFigures;
import ru.ciss.lms.testing.Deployments;
import ru.ciss.lms.testing.InTransaction;
import ru.ciss.lms.testing.SchoolToday;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestPeople;

/**
 * Inside the server, on MariaDB: the classes that hold an EntityManager and write their own queries, each called
 * directly (not through a page), with rows made for the test: the certificate rules' reader, the outcome figures of
 * the dashboard and the fund's report, an answer's history, and the outbox's ledger.
 */
@ExtendWith(ArquillianExtension.class)
class QueriesOnMariaDbIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(InTransaction.class, TestData.class, TestPeople.class,
                TestPeople.Account.class, SchoolToday.class);
    }

    @Inject
    InTransaction tx;

    @Inject
    EligibilityReader eligibility;

    @Inject
    OutcomeFigures figures;

    @Inject
    SubmissionHistory history;

    @Inject
    OutboxLedger ledger;

    @Inject
    CohortRules cohortRules;

    @Test
    void theEligibilityReaderGivesEachTraineeOfTheCohortTheirVerdict() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account passes = TestPeople.create("Прошедшая", "TRAINEE");
        TestPeople.Account onlyCame = TestPeople.create("Пришедший", "TRAINEE");
        TestData.enrolTrainee(cohort, passes.id());
        TestData.enrolTrainee(cohort, onlyCame.id());
        TestData.passEverything(cohort, passes.id(), 80);
        TestData.presentToday(cohort, onlyCame.id());

        Map<Long, EligibilityReader.Trainee> verdicts = tx.call(em -> eligibility.of(cohortRules.of(cohort).orElseThrow()))
                .stream().collect(Collectors.toMap(EligibilityReader.Trainee::personId, Function.identity()));

        assertEquals(2, verdicts.size(), verdicts::toString);
        assertTrue(verdicts.get(passes.id()).eligibility().eligible(), () -> verdicts.get(passes.id()).toString());
        EligibilityReader.Trainee other = verdicts.get(onlyCame.id());
        assertFalse(other.eligibility().eligible(), other::toString);
        assertTrue(other.eligibility().attendance().met(), "present on the only day: attendance is met");
        assertFalse(other.eligibility().assignments().met(), "no accepted answer");
        assertFalse(other.eligibility().presentation().met(), "no presentation");
        assertEquals("Пришедший Пётр Тестович", other.fullName());
    }

    @Test
    void outcomeFiguresCountGraduatesAndSplitConfirmedFromOnlyReported() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestData.update("UPDATE cohort SET status = 'FINISHED', ends_on = CURDATE() - INTERVAL 1 DAY WHERE id = ?",
                cohort);
        TestPeople.Account graduate = TestPeople.create("Выпускница", "TRAINEE");
        TestPeople.Account trainee = TestPeople.create("Слушатель", "TRAINEE");
        TestData.enrolTrainee(cohort, graduate.id());
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.graduate(cohort, graduate.id());
        outcome(cohort, graduate.id(), "RESOURCE_CENTRE", "CONFIRMED");
        outcome(cohort, graduate.id(), "SERVICE", "REPORTED");
        outcome(cohort, graduate.id(), "SERVICE", "QUESTIONED");

        OutcomeFigures.Totals totals = figures.totals(new OutcomeFigures.Filter(null, cohort, null, null, null, null));

        assertEquals(2, totals.trained());
        assertEquals(1, totals.graduates());
        assertEquals(1, totals.certificates());
        assertEquals(0, BigDecimal.ONE.compareTo(totals.resourceCentres().confirmed()));
        assertEquals(0, BigDecimal.ZERO.compareTo(totals.resourceCentres().reportedOnly()));
        assertEquals(0, BigDecimal.ZERO.compareTo(totals.services().confirmed()));
        assertEquals(0, BigDecimal.ONE.compareTo(totals.services().reportedOnly()), "a questioned outcome counts nowhere");
        List<OutcomeFigures.DistrictFigures> districts = figures.byDistrict(
                new OutcomeFigures.Filter(null, cohort, null, 31, null, null), false);
        assertEquals(1, districts.size(), districts::toString);
        assertEquals(2, districts.get(0).trained());
        assertEquals(1, districts.get(0).resourceCentres());
        assertEquals(0, districts.get(0).services(), "only confirmed outcomes in the district table");
    }

    @Test
    void anAnswersHistoryListsVersionsNewestFirstWithTheReviewersName() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Отвечающая", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Проверяющий", "MENTOR");
        TestData.enrolTrainee(cohort, trainee.id());
        long module = Long.parseLong(TestData.value("SELECT m.id FROM course_module m JOIN cohort c ON "
                + "c.programme_id = m.programme_id WHERE c.id = ? ORDER BY m.position LIMIT 1", cohort));
        TestData.update("INSERT INTO submission (cohort_id, module_id, person_id, state, versions, submitted_at, "
                + "updated_at) VALUES (?, ?, ?, 'SUBMITTED', 2, NOW(3), NOW(3))", cohort, module, trainee.id());
        long submission = Long.parseLong(TestData.value("SELECT id FROM submission WHERE cohort_id = ? "
                + "AND person_id = ?", cohort, trainee.id()));
        TestData.update("INSERT INTO submission_version (submission_id, number, answer_text, submitted_at, late, "
                + "decision, decided_by, decided_at, comment) VALUES (?, 1, 'Первый ответ', NOW(3), FALSE, "
                + "'RETURNED', ?, NOW(3), 'Добавьте партнёров')", submission, mentor.id());
        TestData.update("INSERT INTO submission_version (submission_id, number, answer_text, submitted_at, late) "
                + "VALUES (?, 2, 'Второй ответ', NOW(3), TRUE)", submission);

        SubmissionHistory.History seen = history.of(submission);

        assertEquals(List.of(2, 1), seen.versions().stream().map(v -> v.number()).toList());
        assertEquals("Второй ответ", seen.versions().get(0).text());
        assertTrue(seen.versions().get(0).late());
        assertNull(seen.versions().get(0).reviewer());
        assertEquals("Проверяющий Пётр Тестович", seen.versions().get(1).reviewer());
        assertEquals("Добавьте партнёров", seen.versions().get(1).comment());
        assertTrue(seen.draftFiles().isEmpty());
        assertEquals(0, seen.draftBytes());
    }

    @Test
    void theOutboxLedgerHandsAMessageToOneSenderAndRetriesAFailureLater() throws Exception {
        // Far ahead, so the server's own sender (which asks with the real time) never takes it.
        Instant now = Instant.parse("2091-03-01T08:00:00Z").plus(Math.floorMod(UUID.randomUUID().hashCode(), 100_000),
                ChronoUnit.MINUTES);
        long id = TestData.insert("INSERT INTO outbox_message (kind, recipient, recipient_name, subject, "
                + "body, state, attempts, next_attempt_at, created_at) VALUES ('ACTIVATION_LINK', 'x@test.example.org', "
                + "'Тест', 'Тема', 'Текст', 'PENDING', 0, ?, NOW(3))", Timestamp.from(now));

        assertFalse(ledger.due(now.minusSeconds(1), 100_000).contains(id), "not due before its time");
        assertTrue(ledger.due(now, 100_000).contains(id));
        assertNotNull(ledger.claim(id, now), "the first sender takes it");
        assertNull(ledger.claim(id, now.plusSeconds(1)), "a second sender does not, while it is held");
        assertFalse(ledger.due(now.plusSeconds(1), 100_000).contains(id), "held, so not due for others");

        ledger.failed(id, 0, "421 try later", false, now.plusSeconds(2));
        assertEquals("PENDING 1 421 try later", TestData.value("SELECT CONCAT(state, ' ', attempts, ' ', last_error) "
                + "FROM outbox_message WHERE id = ?", id));
        assertFalse(ledger.due(now.plusSeconds(3), 100_000).contains(id), "retried after a back-off, not at once");
        assertTrue(ledger.retry(id, now.plusSeconds(4)), "an administrator's «try again now»");
        assertTrue(ledger.due(now.plusSeconds(4), 100_000).contains(id));

        assertNotNull(ledger.claim(id, now.plusSeconds(5)));
        ledger.sent(id, now.plusSeconds(6));
        assertEquals("SENT 2", TestData.value("SELECT CONCAT(state, ' ', attempts) FROM outbox_message WHERE id = ?",
                id));
        assertFalse(ledger.retry(id, now.plusSeconds(7)), "a sent message is never sent again");
        assertFalse(ledger.due(now.plusSeconds(7), 100_000).contains(id));
    }

    private static void outcome(long cohort, long person, String kind, String state) throws Exception {
        TestData.update("INSERT INTO outcome (person_id, cohort_id, kind, happened_on, name, state, reported_by, "
                + "reported_at) VALUES (?, ?, ?, ?, 'Ресурсный центр «Исток»', ?, ?, NOW(3))", person, cohort, kind,
                LocalDate.now().minusDays(1), state, person);
    }
}
