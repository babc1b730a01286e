package ru.ciss.lms.presentations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;
import ru.ciss.lms.testing.WebClient.FilePart;

/**
 * The final presentation over HTTP: a plan refused while incomplete or with the wrong slides, then submitted and
 * locked; mentors allocated automatically without a conflict of organisation; blind scoring by one signed-in mentor
 * and one through an invitation link; a large disagreement flagged, release refused until moderated with a reason;
 * the trainee sees the released result; the XLSX export; and what nobody else may do.
 */
class PresentationsIT {

    private static final String[] CRITERIA = {"relevance", "feasibility", "partnerships", "sustainability",
            "presentation-quality"};

    URL url = SharedApplication.url();

    @Test
    void planAllocationBlindScoringModerationAndRelease() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        long home = organisation("Администрация Тест-района");
        TestPeople.Account trainee = TestPeople.create("Планова", "TRAINEE");
        TestPeople.Account first = TestPeople.create("Оценщикова", "MENTOR");
        TestPeople.Account second = TestPeople.create("Приглашёнов", "MENTOR");
        TestPeople.Account colleague = TestPeople.create("Коллегин", "MENTOR");
        TestPeople.Account outsider = TestPeople.create("Посторонний", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Модераторова", "ADMINISTRATOR");
        TestData.update("UPDATE person SET organisation_id = ? WHERE id IN (?, ?)", home, trainee.id(), colleague.id());
        TestData.update("UPDATE person SET organisation_id = ? WHERE id = ?", organisation("НКО Один"), first.id());
        TestData.update("UPDATE person SET organisation_id = ? WHERE id = ?", organisation("НКО Два"), second.id());
        TestData.enrolTrainee(cohort, trainee.id());
        for (TestPeople.Account m : new TestPeople.Account[] {first, second, colleague}) {
            TestData.enrolMentor(cohort, m.id());
        }
        // The colleague is the only mentor of the trainee's organisation: allocation must skip them, and there are
        // exactly two others, so the automatic allocation must pick those two.
        String page = "/presentations/mine.xhtml?cohort=" + cohort;
        WebClient t = signedIn(trainee);

        String incomplete = t.follow(t.postMultipart(page, t.get(page).body(), plan(false), new FilePart("plan:slides", "", new byte[0])))
                .body();
        assertTrue(incomplete.contains("План нельзя отправить"), incomplete);
        assertTrue(incomplete.contains("«Точки роста» района") && incomplete.contains("слайды"), incomplete);
        // A table begun but not finished: the message names the empty cell, not the whole table.
        Map<String, String> halfService = plan(true);
        halfService.put("plan:services:0:audience", "");
        String half = t.postMultipart(page, t.get(page).body(), halfService, new FilePart("plan:slides", "", new byte[0]))
                .body();
        assertTrue(half.contains("Не заполнено: «Для кого» (Планируемые услуги, строка 1)."), half);
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(half, "plan:services:0:audience");
        assertNull(TestData.value("SELECT id FROM presentation WHERE person_id = ?", trainee.id()),
                "a refused submission stores nothing");

        String wrongSlides = t.follow(t.postMultipart(page, t.get(page).body(), plan(true),
                new FilePart("plan:slides", "План.docx", TestFiles.docx("слайды")))).body();
        assertTrue(wrongSlides.contains("Ничего не сохранено") || wrongSlides.contains("не принимаются"), wrongSlides);
        assertNull(TestData.value("SELECT id FROM presentation WHERE person_id = ?", trainee.id()));

        String staleTab = t.get(page).body();
        String sent = t.follow(t.postMultipart(page, t.get(page).body(), plan(true),
                new FilePart("plan:slides", "Ресурсный центр.pdf", slidesBy("Планова")))).body();
        assertTrue(sent.contains("План отправлен"), sent);
        long presentation = Long.parseLong(TestData.value("SELECT id FROM presentation WHERE person_id = ?",
                trainee.id()));
        assertEquals("SUBMITTED", TestData.value("SELECT state FROM presentation WHERE id = ?", presentation));
        // The submitted plan's page offers no buttons; a tab opened before the submission is refused by the server.
        assertFalse(t.get(page).body().contains("plan:submit"));
        String locked = t.follow(t.postMultipart(page, staleTab, plan(true), new FilePart("plan:slides", "", new byte[0]))).body();
        assertTrue(locked.contains("закрыт для изменений"), locked);

        WebClient a = signedIn(admin);
        String adminPage = "/presentations/cohort.xhtml?cohort=" + cohort;
        String allocated = a.follow(a.postForm(adminPage, a.get(adminPage).body(), Map.of("actions", "actions",
                "actions:allocate", "allocate"))).body();
        assertTrue(allocated.contains("Назначено наставников: 2"), allocated);
        assertEquals("2", TestData.value("SELECT COUNT(*) FROM presentation_mentor WHERE presentation_id = ? AND "
                + "mentor_id IN (?, ?)", presentation, first.id(), second.id()));
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM presentation_mentor WHERE mentor_id = ?", colleague.id()),
                "never a mentor from the trainee's own organisation");
        // Each allocated mentor hears of it once, by e-mail, without the trainee's name (scoring is blind).
        for (TestPeople.Account m : new TestPeople.Account[] {first, second}) {
            assertEquals("1", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'PRESENTATION_ALLOCATED' "
                    + "AND person_id = ?", m.id()));
            String mail = TestData.value("SELECT body FROM outbox_message WHERE kind = 'PRESENTATION_ALLOCATED' AND "
                    + "person_id = ?", m.id());
            assertTrue(mail.contains("Новых презентаций: 1") && mail.contains("/presentations/queue.xhtml")
                    && !mail.contains("Планова"), mail);
        }
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'PRESENTATION_ALLOCATED' AND "
                + "person_id = ?", colleague.id()), "a mentor given nothing is told nothing");

        // The second mentor comes in through a personal invitation link, on a phone.
        String invitePage = a.get(adminPage).body();
        Map<String, String> invite = new LinkedHashMap<>();
        invite.put("invite", "invite");
        invite.put("invite:mentor", String.valueOf(second.id()));
        invite.put("invite:days", "7");
        invite.put("invite:make", "make");
        String made = a.postForm(adminPage, invitePage, invite).body();
        String link = group(made, "value=\"https?://[^\"]*(/invite\\.xhtml\\?t=[A-Za-z0-9_-]+)\"");
        assertTrue(link != null, made);
        WebClient invited = new WebClient(url);
        HttpResponse<String> opened = invited.get(link);
        assertEquals(302, opened.statusCode(), opened.body());
        String location = opened.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/presentations/queue.xhtml"), location);
        HttpResponse<String> queue = invited.get("/presentations/queue.xhtml");
        assertTrue(queue.body().contains(code(presentation)) && !queue.body().contains("Планова"),
                "blind: the queue names the code: " + queue.statusCode() + " " + queue.headers().map() + queue.body());
        assertEquals(403, invited.get("/account/profile.xhtml").statusCode(), "an invited session scores, nothing else");
        assertEquals(403, invited.get("/home/mentor.xhtml").statusCode());
        assertEquals(403, invited.get("/review/queue.xhtml").statusCode());
        assertEquals(404, invited.get("/files/submission?id=1").statusCode(), "no assignment files either");

        String sheet = "/presentations/score.xhtml?id=" + presentation;
        WebClient m1 = signedIn(first);
        // Two tabs of one mentor: the later save of the older tab is refused.
        String tab1 = m1.get(sheet).body();
        String tab2 = m1.get(sheet).body();
        assertTrue(m1.follow(m1.postForm(sheet, tab1, scores(3, "черновик", "save"))).body().contains("Черновик оценки сохранён"));
        assertTrue(m1.follow(m1.postForm(sheet, tab2, scores(2, "другая вкладка", "save"))).body()
                .contains("сохранили в другой вкладке"));
        String noComment = m1.follow(m1.postForm(sheet, m1.get(sheet).body(), scores(5, " ", "submit"))).body();
        assertTrue(noComment.contains("Напишите комментарий слушателю"), noComment);
        Map<String, String> nothing = scores(5, " ", "submit");
        nothing.remove("score:criteria:0:level");
        String both = m1.postForm(sheet, m1.get(sheet).body(), nothing).body();
        assertTrue(both.contains("Напишите комментарий слушателю") && both.contains("Поставьте оценку по критерию"),
                "every problem of the sheet at once: " + both);
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(both, "score:comment");
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(both, "score:criteria:0:level");
        String outOfRange = m1.follow(m1.postForm(sheet, m1.get(sheet).body(), scores(9, "слишком много", "submit"))).body();
        assertTrue(outOfRange.contains("Соответствие потребностям района: выберите значение из списка"), outOfRange);
        assertNull(TestData.value("SELECT submitted_at FROM presentation_score WHERE mentor_id = ?", first.id()),
                "an out-of-range or uncommented score is not submitted");
        assertTrue(m1.follow(m1.postForm(sheet, m1.get(sheet).body(), scores(5, "Сильный план, реальные партнёры.", "submit")))
                .body().contains("Оценка отправлена"));

        String blind = invited.get(sheet).body();
        assertFalse(blind.contains("Оценщикова"), "another mentor's score is hidden before one's own is submitted");
        String afterOwn = invited.follow(invited.postForm(sheet, blind, scores(1, "Нет расчётов бюджета.", "submit"))).body();
        assertTrue(afterOwn.contains("Оценка отправлена"), afterOwn);
        assertTrue(afterOwn.contains("Оценщикова") && afterOwn.contains("100,0"), "visible after submitting: " + afterOwn);
        assertEquals("1", TestData.value("SELECT flagged FROM presentation WHERE id = ?", presentation),
                "100 and 20 differ by more than 25 points");

        assertEquals(404, signedIn(outsider).get(sheet).statusCode(), "a mentor not allocated sees nothing");
        assertEquals(404, signedIn(colleague).get("/files/presentation?id=" + presentation).statusCode());
        assertEquals(200, m1.getBytes("/files/presentation?id=" + presentation).statusCode());

        String released = a.postForm(adminPage, a.get(adminPage).body(), Map.of("actions", "actions",
                "actions:release", "release")).body();
        assertTrue(released.contains("Нельзя опубликовать"), released);
        String one = "/presentations/presentation.xhtml?cohort=" + cohort + "&id=" + presentation;
        String noReason = a.postForm(one, a.get(one).body(), moderation("сто", "")).body();
        assertTrue(noReason.contains("Укажите причину") && noReason.contains("число от 0 до 100"),
                "both problems at once: " + noReason);
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(noReason, "moderate:percent");
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(noReason, "moderate:reason");
        assertNull(TestData.value("SELECT moderated_percent FROM presentation WHERE id = ?", presentation));
        String moderated = a.follow(a.postForm(one, a.get(one).body(), moderation("65,5",
                "Комиссия обсудила: бюджет есть в приложении."))).body();
        assertTrue(moderated.contains("Итоговый балл установлен"), moderated);
        assertTrue(moderated.contains("решение администратора"), "the audit trail shows the moderation");
        String trail = moderated.substring(moderated.indexOf("<ul id=\"trail\">"));
        trail = trail.substring(0, trail.indexOf("</ul>"));
        assertTrue(trail.contains("Оценщикова") && trail.contains("Модераторова")
                && trail.contains("Соответствие потребностям района: 5") && !trail.contains("relevance"),
                "the trail names who scored and the criteria by title: " + trail);
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'PRESENTATION_RESULT_RELEASED' "
                + "AND person_id = ?", trainee.id()), "a refused release tells nobody");
        assertTrue(a.follow(a.postForm(adminPage, a.get(adminPage).body(), Map.of("actions", "actions",
                "actions:release", "release"))).body().contains("Результаты опубликованы"));
        String told = TestData.value("SELECT body FROM outbox_message WHERE kind = 'PRESENTATION_RESULT_RELEASED' AND "
                + "person_id = ?", trainee.id());
        assertTrue(told != null && told.contains("/presentations/mine.xhtml?cohort=" + cohort), "the trainee is told: " + told);

        String result = t.get(page).body();
        assertTrue(result.contains("65,5 %") && result.contains("зачтено"), result);
        assertTrue(result.contains("оценена, итог опубликован") && !result.contains(">отправлена<"),
                "the state says the plan was scored, not only sent: " + result);
        assertTrue(result.contains("Сильный план, реальные партнёры.") && result.contains("Нет расчётов бюджета."));
        assertFalse(result.contains("Оценщикова"), "trainees see the comments, not who wrote them");

        HttpResponse<byte[]> xlsx = a.getBytes("/presentations/results.xlsx?cohort=" + cohort);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet s = book.getSheetAt(0);
            assertTrue(s.getRow(2).getCell(1).getStringCellValue().startsWith("Планова"));
            assertEquals(65.5, s.getRow(2).getCell(9).getNumericCellValue(), 1e-9);
            assertEquals(60.0, s.getRow(2).getCell(6).getNumericCellValue(), 1e-9, "the mentors' mean");
        }
        assertEquals(403, m1.getBytes("/presentations/results.xlsx?cohort=" + cohort).statusCode());
        assertTrue(Integer.parseInt(TestData.value("SELECT COUNT(*) FROM score_change WHERE presentation_id = ?",
                presentation)) >= 4, "two scores, a moderation and a release are in the trail");
    }

    /** Issue #21, point 13: an invitation link opens the invited cohort's presentations only. */
    @Test
    void anInvitationReachesTheInvitedCohortOnly() throws Exception {
        TestPeople.Account mentor = TestPeople.create("Двухпотоков", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Приглашающая", "ADMINISTRATOR");
        long[] cohorts = {TestData.cohort("rc-leaders", null), TestData.cohort("rc-leaders", null)};
        long[] presentations = new long[2];
        String[] names = {"Приглашённая", "Непрошенная"};
        for (int i = 0; i < 2; i++) {
            TestPeople.Account trainee = TestPeople.create(names[i], "TRAINEE");
            TestData.enrolTrainee(cohorts[i], trainee.id());
            TestData.enrolMentor(cohorts[i], mentor.id());
            TestData.update("INSERT INTO presentation (cohort_id, person_id, state, district_id, host_organisation, "
                    + "target_groups, growth_points, services, partners, funding, milestones, submitted_at, updated_at) "
                    + "VALUES (?, ?, 'SUBMITTED', 31, 'Администрация', 'НКО', 'Дом культуры', '[]', 'Библиотека', '[]', "
                    + "'[]', NOW(3), NOW(3))", cohorts[i], trainee.id());
            presentations[i] = Long.parseLong(TestData.value("SELECT id FROM presentation WHERE person_id = ?",
                    trainee.id()));
            TestData.update("INSERT INTO presentation_mentor (presentation_id, mentor_id, allocated_at, allocated_by) "
                    + "VALUES (?, ?, NOW(3), ?)", presentations[i], mentor.id(), admin.id());
        }
        WebClient a = signedIn(admin);
        String adminPage = "/presentations/cohort.xhtml?cohort=" + cohorts[0];
        Map<String, String> invite = new LinkedHashMap<>();
        invite.put("invite", "invite");
        invite.put("invite:mentor", String.valueOf(mentor.id()));
        invite.put("invite:days", "7");
        invite.put("invite:make", "make");
        String made = a.postForm(adminPage, a.get(adminPage).body(), invite).body();
        String link = group(made, "value=\"https?://[^\"]*(/invite\\.xhtml\\?t=[A-Za-z0-9_-]+)\"");
        WebClient invited = new WebClient(url);
        assertEquals(302, invited.get(link).statusCode());
        String queue = invited.get("/presentations/queue.xhtml").body();
        assertTrue(linksTo(queue, presentations[0]) && !linksTo(queue, presentations[1]),
                "the queue holds the invited cohort's presentations only: " + queue);
        assertEquals(200, invited.get("/presentations/score.xhtml?id=" + presentations[0]).statusCode());
        assertEquals(404, invited.get("/presentations/score.xhtml?id=" + presentations[1]).statusCode(),
                "another cohort's presentation does not exist for the invited session");
        WebClient own = signedIn(mentor);
        assertTrue(linksTo(own.get("/presentations/queue.xhtml").body(), presentations[1]),
                "signed in with the password, the mentor sees every allocation");
    }

    @Test
    void aRevokedOrUnknownInvitationOpensNothing() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account mentor = TestPeople.create("Отозванов", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Отзывающая", "ADMINISTRATOR");
        TestData.enrolMentor(cohort, mentor.id());
        WebClient a = signedIn(admin);
        String adminPage = "/presentations/cohort.xhtml?cohort=" + cohort;
        Map<String, String> invite = new LinkedHashMap<>();
        invite.put("invite", "invite");
        invite.put("invite:mentor", String.valueOf(mentor.id()));
        invite.put("invite:days", "7");
        invite.put("invite:make", "make");
        String made = a.postForm(adminPage, a.get(adminPage).body(), invite).body();
        String link = group(made, "value=\"https?://[^\"]*(/invite\\.xhtml\\?t=[A-Za-z0-9_-]+)\"");
        Map<String, String> tooLong = new LinkedHashMap<>(invite);
        tooLong.put("invite:days", "365");
        assertTrue(a.postForm(adminPage, a.get(adminPage).body(), tooLong).body().contains("от 1 до 60 дней"));

        WebClient invited = new WebClient(url);
        assertEquals(302, invited.get(link).statusCode(), "the link signs the mentor in");
        assertEquals(200, invited.get("/presentations/queue.xhtml").statusCode());

        String withLink = a.get(adminPage).body();
        String revokeButton = group(withLink, "name=\"(invite:[^\"]+)\" value=\"Отозвать\"");
        assertTrue(revokeButton != null, withLink);
        assertTrue(a.follow(a.postForm(adminPage, withLink, Map.of("invite", "invite", revokeButton, "Отозвать"))).body()
                .contains("Ссылка отозвана"));
        // Issue #21: the session the link opened ends with the revocation, at once.
        HttpResponse<String> after = invited.get("/presentations/queue.xhtml");
        assertEquals(302, after.statusCode(), () -> "the invited session goes on after the revocation: " + after.body());
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        HttpResponse<String> revoked = new WebClient(url).get(link);
        assertEquals(410, revoked.statusCode());
        assertTrue(revoked.body().contains("Ссылка-приглашение не действует"));
        assertEquals(410, new WebClient(url).get("/invite.xhtml?t=" + UUID.randomUUID()).statusCode());
        TestData.update("UPDATE mentor_invitation SET revoked_at = NULL, expires_at = NOW(3) - INTERVAL 1 MINUTE "
                + "WHERE mentor_id = ?", mentor.id());
        assertEquals(410, new WebClient(url).get(link).statusCode(), "an expired link opens nothing");
    }

    /**
     * Issue #21, point 16: release and scoring take the cohort's settings row first, so a score sent at the moment of
     * the release is either in the released result or refused; a score is never written after the release.
     */
    @Test
    void aReleaseAndAScoreAtTheSameMomentNeverLeaveAScoreWrittenAfterTheRelease() throws Exception {
        TestPeople.Account admin = TestPeople.create("Публикующая", "ADMINISTRATOR");
        WebClient a = signedIn(admin);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                long cohort = TestData.cohort("rc-leaders", null);
                TestPeople.Account trainee = TestPeople.create("Гонкина", "TRAINEE");
                TestPeople.Account mentor = TestPeople.create("Успевающий", "MENTOR");
                TestData.enrolTrainee(cohort, trainee.id());
                TestData.enrolMentor(cohort, mentor.id());
                long presentation = TestData.allocatedPresentation(cohort, trainee.id(), mentor.id(), admin.id());
                WebClient m = signedIn(mentor);
                String sheet = "/presentations/score.xhtml?id=" + presentation;
                String adminPage = "/presentations/cohort.xhtml?cohort=" + cohort;
                String sheetPage = m.get(sheet).body();
                String releasePage = a.get(adminPage).body();
                var scored = pool.submit(() -> m.follow(m.postForm(sheet, sheetPage, scores(4, "Хороший план.", "submit")))
                        .body());
                var released = pool.submit(() -> a.follow(a.postForm(adminPage, releasePage, Map.of("actions", "actions",
                        "actions:release", "release"))).body());
                String scoreAnswer = scored.get();
                String releaseAnswer = released.get();
                String releasedAt = TestData.value("SELECT released_at FROM presentation_setup WHERE cohort_id = ?", cohort);
                String submittedAt = TestData.value("SELECT submitted_at FROM presentation_score WHERE presentation_id = ?",
                        presentation);
                String after = TestData.value("SELECT COUNT(*) FROM presentation_score s JOIN presentation_setup u ON "
                        + "u.cohort_id = ? WHERE s.presentation_id = ? AND s.submitted_at > u.released_at", cohort,
                        presentation);
                assertEquals("0", after,
                        () -> "a score written after the release: submitted " + submittedAt + ", released " + releasedAt
                                + "\n" + scoreAnswer.length() + " " + releaseAnswer.length());
                assertTrue(submittedAt != null || scoreAnswer.contains("уже опубликованы") || scoreAnswer.contains(
                        "опубликован"), () -> "a refused score says why: " + scoreAnswer);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void twoMentorsSubmittingAtTheSameMomentAreBothCounted() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Одновременова", "TRAINEE");
        TestPeople.Account one = TestPeople.create("Первый", "MENTOR");
        TestPeople.Account two = TestPeople.create("Второй", "MENTOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, one.id());
        TestData.enrolMentor(cohort, two.id());
        WebClient t = signedIn(trainee);
        String page = "/presentations/mine.xhtml?cohort=" + cohort;
        assertTrue(t.follow(t.postMultipart(page, t.get(page).body(), plan(true),
                new FilePart("plan:slides", "План.pdf", TestFiles.pdf("план")))).body().contains("План отправлен"));
        long presentation = Long.parseLong(TestData.value("SELECT id FROM presentation WHERE person_id = ?",
                trainee.id()));
        for (TestPeople.Account m : new TestPeople.Account[] {one, two}) {
            TestData.update("INSERT INTO presentation_mentor (presentation_id, mentor_id, allocated_at, allocated_by) "
                    + "VALUES (?, ?, NOW(3), ?)", presentation, m.id(), m.id());
        }
        String sheet = "/presentations/score.xhtml?id=" + presentation;
        WebClient c1 = signedIn(one);
        WebClient c2 = signedIn(two);
        String p1 = c1.get(sheet).body();
        String p2 = c2.get(sheet).body();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var f1 = pool.submit(() -> c1.follow(c1.postForm(sheet, p1, scores(5, "Отлично.", "submit"))).body());
        var f2 = pool.submit(() -> c2.follow(c2.postForm(sheet, p2, scores(3, "Неплохо.", "submit"))).body());
        assertTrue(f1.get().contains("Оценка отправлена"), f1.get());
        assertTrue(f2.get().contains("Оценка отправлена"), f2.get());
        pool.shutdown();
        assertEquals(80.0, Double.parseDouble(TestData.value("SELECT final_percent FROM presentation WHERE id = ?",
                presentation)), 1e-9, "the mean of 100 and 60: neither submission was lost");
    }

    @Test
    void byHandAllocationRefusesConflictsAndAReturnedPlanCanBeChangedAgain() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        long home = organisation("Библиотека района");
        TestPeople.Account trainee = TestPeople.create("Возвращенова", "TRAINEE");
        TestPeople.Account colleague = TestPeople.create("Сослуживцев", "MENTOR");
        TestPeople.Account mentor = TestPeople.create("Ручной", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Распределяева", "ADMINISTRATOR");
        TestData.update("UPDATE person SET organisation_id = ? WHERE id IN (?, ?)", home, trainee.id(), colleague.id());
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, colleague.id());
        TestData.enrolMentor(cohort, mentor.id());
        WebClient t = signedIn(trainee);
        String page = "/presentations/mine.xhtml?cohort=" + cohort;
        assertTrue(t.follow(t.postMultipart(page, t.get(page).body(), plan(true),
                new FilePart("plan:slides", "План.pdf", TestFiles.pdf("план")))).body().contains("План отправлен"));
        long presentation = Long.parseLong(TestData.value("SELECT id FROM presentation WHERE person_id = ?",
                trainee.id()));

        WebClient a = signedIn(admin);
        String settings = "/presentations/cohort.xhtml?cohort=" + cohort;
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("setup", "setup");
        setup.put("setup:mentors", "9");
        setup.put("setup:due", "");
        setup.put("setup:save", "save");
        assertTrue(a.postForm(settings, a.get(settings).body(), setup).body().contains("от 1 до 5"));
        setup.put("setup:mentors", "2");
        setup.put("setup:due", "не дата");
        assertTrue(a.postForm(settings, a.get(settings).body(), setup).body().contains("Срок указан неверно"));
        assertNull(TestData.value("SELECT cohort_id FROM presentation_setup WHERE cohort_id = ?", cohort),
                "refused settings store nothing");

        String one = "/presentations/presentation.xhtml?cohort=" + cohort + "&id=" + presentation;
        String conflict = a.postForm(one, a.get(one).body(), Map.of("mentors", "mentors",
                "mentors:mentor", String.valueOf(colleague.id()), "mentors:add", "add")).body();
        assertTrue(conflict.contains("назначить нельзя"), conflict);
        assertTrue(a.follow(a.postForm(one, a.get(one).body(), Map.of("mentors", "mentors",
                "mentors:mentor", String.valueOf(mentor.id()), "mentors:add", "add"))).body().contains("Наставник назначен"));
        assertEquals(String.valueOf(mentor.id()), TestData.value("SELECT GROUP_CONCAT(mentor_id) FROM "
                + "presentation_mentor WHERE presentation_id = ?", presentation));
        assertEquals("1", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'PRESENTATION_ALLOCATED' AND "
                + "person_id = ?", mentor.id()), "the mentor allocated by hand is told");
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE person_id = ?", colleague.id()),
                "a refused allocation tells nobody");

        String noComment = a.postForm(one, a.get(one).body(), Map.of("return", "return", "return:comment", " ",
                "return:send", "send")).body();
        assertTrue(noComment.contains("Напишите, что нужно доработать"), noComment);
        assertEquals("SUBMITTED", TestData.value("SELECT state FROM presentation WHERE id = ?", presentation));
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM outbox_message WHERE kind = 'PLAN_RETURNED' AND "
                + "person_id = ?", trainee.id()), "a refused return tells nobody");
        assertTrue(a.follow(a.postForm(one, a.get(one).body(), Map.of("return", "return", "return:comment",
                "Добавьте смету.", "return:send", "send"))).body().contains("План возвращён слушателю"));
        String returnMail = TestData.value("SELECT body FROM outbox_message WHERE kind = 'PLAN_RETURNED' AND person_id = ?",
                trainee.id());
        assertTrue(returnMail != null && returnMail.contains("Добавьте смету.") && returnMail.contains("Распределяева")
                && returnMail.contains("/presentations/mine.xhtml?cohort=" + cohort), "the trainee is told: " + returnMail);
        String returned = t.get(page).body();
        assertTrue(returned.contains("Добавьте смету.") && returned.contains("plan:submit"), returned);
        assertTrue(t.follow(t.postMultipart(page, returned, plan(true), new FilePart("plan:slides", "", new byte[0]))).body()
                .contains("План отправлен"), "the returned plan is submitted again");
    }

    /**
     * Issues #6 and #22, blind scoring: the mentor's home, queue, scoring page and downloaded slides (file name and
     * PDF metadata) carry no name, district or cohort of the trainee, only the code; the administrator sees the name
     * and the code, and the trainee and administrator get the file as uploaded. A programme whose rules say
     * `scoring: open` shows the names.
     */
    @Test
    void mentorsScoreBlindByCodeUnlessTheProgrammeSaysOpen() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        String cohortName = TestData.value("SELECT name FROM cohort WHERE id = ?", cohort);
        String district = TestData.value("SELECT name_ru FROM district WHERE id = 31");
        TestPeople.Account trainee = TestPeople.create("Лаптева", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Слепцов", "MENTOR");
        TestPeople.Account admin = TestPeople.create("Знающая", "ADMINISTRATOR");
        // The mentor's own district is shown on their home page; none, so that any district there is the trainee's.
        TestData.update("UPDATE person SET district_id = NULL WHERE id = ?", mentor.id());
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        WebClient t = signedIn(trainee);
        String page = "/presentations/mine.xhtml?cohort=" + cohort;
        String form = t.get(page).body();
        assertTrue(form.contains("Оценка вслепую"), "the trainee is told what a mentor sees of the file: " + form);
        assertTrue(t.follow(t.postMultipart(page, form, plan(true), new FilePart("plan:slides",
                "Лаптева — ресурсный центр.pdf", slidesBy("Лаптева Пётр Тестович")))).body().contains("План отправлен"));
        long presentation = Long.parseLong(TestData.value("SELECT id FROM presentation WHERE person_id = ?",
                trainee.id()));
        WebClient a = signedIn(admin);
        String one = "/presentations/presentation.xhtml?cohort=" + cohort + "&id=" + presentation;
        assertTrue(a.follow(a.postForm(one, a.get(one).body(), Map.of("mentors", "mentors", "mentors:mentor",
                String.valueOf(mentor.id()), "mentors:add", "add"))).body().contains("Наставник назначен"));
        String code = code(presentation);
        assertTrue(code.matches("П-\\d{3}"), code);

        WebClient m = signedIn(mentor);
        String sheet = "/presentations/score.xhtml?id=" + presentation;
        String home = m.get("/home/mentor.xhtml").body();
        String queue = m.get("/presentations/queue.xhtml").body();
        String scoring = m.get(sheet).body();
        for (String body : new String[] {home, queue, scoring}) {
            assertTrue(body.contains(code), body);
            for (String secret : new String[] {"Лаптева", district, cohortName}) {
                assertFalse(body.contains(secret), () -> "the mentor sees «" + secret + "»: " + body);
            }
        }
        assertTrue(scoring.contains("<title>Оценка презентации: " + code), scoring);
        HttpResponse<byte[]> slides = m.getBytes("/files/presentation?id=" + presentation);
        assertEquals(200, slides.statusCode());
        String disposition = slides.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename*=UTF-8''" + encoded(code + ".pdf")), disposition);
        assertFalse(disposition.contains(encoded("Лаптева")), disposition);
        try (org.openpdf.text.pdf.PdfReader pdf = new org.openpdf.text.pdf.PdfReader(slides.body())) {
            assertNull(pdf.getInfo().get("Author"), () -> "the PDF names its author: " + pdf.getInfo());
            assertNull(pdf.getInfo().get("Title"));
            assertNull(pdf.getCatalog().get(org.openpdf.text.pdf.PdfName.METADATA), "no XMP metadata");
        }
        assertFalse(new String(slides.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Лаптева"),
                "nowhere in the file (the XMP was UTF-8)");

        String list = a.get("/presentations/cohort.xhtml?cohort=" + cohort).body();
        assertTrue(list.contains("Лаптева") && list.contains(code), "the administrator sees the name and the code: " + list);
        for (WebClient own : new WebClient[] {a, t}) {
            HttpResponse<byte[]> original = own.getBytes("/files/presentation?id=" + presentation);
            assertTrue(original.headers().firstValue("Content-Disposition").orElse("").contains(encoded("Лаптева")));
            try (org.openpdf.text.pdf.PdfReader pdf = new org.openpdf.text.pdf.PdfReader(original.body())) {
                assertEquals("Лаптева Пётр Тестович", pdf.getInfo().get("Author"), "the file as uploaded");
            }
        }

        // A programme whose rules say `scoring: open` (flipped here for a moment: the flag is what the import stores).
        String programme = TestData.value("SELECT programme_id FROM cohort WHERE id = ?", cohort);
        TestData.update("UPDATE programme SET scoring_open = TRUE WHERE id = ?", programme);
        try {
            String openQueue = m.get("/presentations/queue.xhtml").body();
            assertTrue(openQueue.contains("Лаптева") && openQueue.contains(district) && openQueue.contains(cohortName),
                    openQueue);
            assertTrue(m.get(sheet).body().contains("<title>Оценка презентации: Лаптева"));
            assertTrue(m.getBytes("/files/presentation?id=" + presentation).headers().firstValue("Content-Disposition")
                    .orElse("").contains(encoded("Лаптева")));
        } finally {
            TestData.update("UPDATE programme SET scoring_open = FALSE WHERE id = ?", programme);
        }
    }

    private static String code(long presentation) throws Exception {
        return String.format("П-%03d", Integer.parseInt(TestData.value("SELECT blind_code FROM presentation WHERE id = ?",
                presentation)));
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean linksTo(String page, long presentation) {
        return page.contains("/presentations/score.xhtml?id=" + presentation + "\"");
    }

    /** Slides as an office program saves them: the author in the document info and in the XMP metadata. */
    private static byte[] slidesBy(String author) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.openpdf.text.Document document = new org.openpdf.text.Document();
        org.openpdf.text.pdf.PdfWriter writer = org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
        document.addAuthor(author);
        document.addTitle("Ресурсный центр: " + author);
        writer.createXmpMetadata();
        document.open();
        document.add(new org.openpdf.text.Paragraph("Resource centre"));
        document.close();
        return out.toByteArray();
    }

    private static Map<String, String> plan(boolean complete) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("plan", "plan");
        f.put("plan:district", "31");
        f.put("plan:host", "Администрация Тест-района");
        f.put("plan:host-kind", "administration-committee");
        f.put("plan:target-groups", "Инициативные жители, НКО, школьники");
        f.put("plan:growth-points", complete ? "Дом культуры, молодёжный совет" : "");
        f.put("plan:services:0:name", "Консультации по грантам");
        f.put("plan:services:0:audience", "НКО района");
        f.put("plan:services:0:frequency", "еженедельно");
        f.put("plan:partners", "Администрация, библиотека, фермерское хозяйство");
        f.put("plan:funding:0:source", "grant");
        f.put("plan:funding:0:description", "Фонд президентских грантов");
        f.put("plan:funding:0:amount", "450 000");
        f.put("plan:milestones:0:month", "3");
        f.put("plan:milestones:0:text", "Открытие центра");
        f.put("plan:video", "");
        f.put("plan:submit", "submit");
        return f;
    }

    private static Map<String, String> scores(int each, String comment, String button) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("score", "score");
        for (int i = 0; i < CRITERIA.length; i++) {
            f.put("score:criteria:" + i + ":level", String.valueOf(each));
        }
        f.put("score:comment", comment);
        f.put("score:" + button, button);
        return f;
    }

    private static Map<String, String> moderation(String percent, String reason) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("moderate", "moderate");
        f.put("moderate:percent", percent);
        f.put("moderate:reason", reason);
        f.put("moderate:set", "set");
        return f;
    }

    private static long organisation(String name) throws Exception {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        TestData.update("INSERT INTO organisation (name, kind) VALUES (?, 'NGO')", unique);
        return Long.parseLong(TestData.value("SELECT id FROM organisation WHERE name = ?", unique));
    }

    /** The pages moved into presentations/; an old bookmark or a mail sent before the move still gets there. */
    @Test
    void theOldAddressesOfThePagesLeadToTheirNewOnes() {
        WebClient trainee = signedIn(TestPeople.create("Закладкина", "TRAINEE"));
        WebClient mentor = signedIn(TestPeople.create("Закладкин", "MENTOR"));
        WebClient admin = signedIn(TestPeople.create("Закладкова", "ADMINISTRATOR"));
        assertMovedTo(trainee, "/study/presentation.xhtml?cohort=7", "/presentations/mine.xhtml?cohort=7");
        assertMovedTo(mentor, "/scoring/queue.xhtml", "/presentations/queue.xhtml");
        assertMovedTo(mentor, "/scoring/presentation.xhtml?id=12", "/presentations/score.xhtml?id=12");
        assertMovedTo(admin, "/course/presentations.xhtml?cohort=3", "/presentations/cohort.xhtml?cohort=3");
        assertMovedTo(admin, "/course/presentation.xhtml?cohort=3&id=4", "/presentations/presentation.xhtml?cohort=3&id=4");
        // The move changes no one's rights: a trainee's old address of the mentors' queue is still refused.
        assertEquals(403, trainee.get("/scoring/queue.xhtml").statusCode());
        assertEquals(403, trainee.get("/presentations/queue.xhtml").statusCode());
    }

    private static void assertMovedTo(WebClient client, String old, String now) {
        HttpResponse<String> response = client.get(old);
        assertEquals(301, response.statusCode(), old);
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith(now), () -> old + " leads to " + location);
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
