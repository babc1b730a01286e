package ru.ciss.lms.presentations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;
import ru.ciss.lms.testing.WebClient.FilePart;

/**
 * Issue #22: each programme's trainees get the final-work form their programme defines in content/ (final_work), save
 * it and find it again as typed; a plan saved before V31 in the old resource-centre columns opens with every value
 * in rc-leaders' form, keeps them through a save, and a mentor reads it with the form's labels.
 */
class FinalWorkFormsIT {

    URL url = SharedApplication.url();

    @Test
    void aSocialInnovationsTraineeGetsTheInnovationProjectFormAndAResourceCentreTraineeThePlan() throws Exception {
        long innovations = TestData.cohort("social-innovations", null);
        long leaders = TestData.cohort("rc-leaders", null);
        TestPeople.Account innovator = TestPeople.create("Новаторова", "TRAINEE");
        TestPeople.Account leader = TestPeople.create("Центрова", "TRAINEE");
        TestData.enrolTrainee(innovations, innovator.id());
        TestData.enrolTrainee(leaders, leader.id());

        WebClient i = signedIn(innovator);
        String innovationsPage = "/presentations/mine.xhtml?cohort=" + innovations;
        String form = i.get(innovationsPage).body();
        assertTrue(form.contains("name=\"plan:problem\"") && form.contains("name=\"plan:indicators:0:indicator\"")
                && form.contains("Показатели социального эффекта"), form);
        assertFalse(form.contains("plan:services") || form.contains("Планируемые услуги")
                || form.contains("Базовая организация"), "no resource-centre plan in the innovations school");

        WebClient l = signedIn(leader);
        String leadersPage = "/presentations/mine.xhtml?cohort=" + leaders;
        String plan = l.get(leadersPage).body();
        assertTrue(plan.contains("name=\"plan:services:0:name\"") && plan.contains("Базовая организация"), plan);
        assertFalse(plan.contains("plan:problem") || plan.contains("Показатели социального эффекта"));

        Map<String, String> project = new LinkedHashMap<>();
        project.put("plan", "plan");
        project.put("plan:district", "31");
        project.put("plan:problem", "Пожилым жителям сёл не на чем добраться до райцентра");
        project.put("plan:legal-form", "self-employed");
        project.put("plan:budget:0:kind", "income");
        project.put("plan:budget:0:item", "Поездки по заявкам");
        project.put("plan:budget:0:amount", "240 000 ₽");
        project.put("plan:indicators:0:indicator", "Поездок в месяц");
        project.put("plan:indicators:0:target", "40");
        project.put("plan:indicators:0:measurement", "Журнал заявок");
        project.put("plan:save", "save");
        String saved = i.follow(i.postMultipart(innovationsPage, form, project)).body();
        assertTrue(saved.contains("Черновик сохранён."), saved);
        String answers = TestData.value("SELECT answers FROM presentation WHERE person_id = ?", innovator.id());
        assertTrue(answers.contains("\"amount\":\"240000\"") && answers.contains("\"legal-form\":\"self-employed\""),
                answers);
        assertTrue(saved.contains("Пожилым жителям сёл не на чем добраться до райцентра")
                && saved.contains("value=\"Журнал заявок\"") && saved.contains("value=\"240000\""), saved);
        assertTrue(saved.contains("<option value=\"self-employed\" selected=\"selected\">"), saved);

        project.put("plan:submit", "submit");
        project.remove("plan:save");
        String incomplete = i.follow(i.postMultipart(innovationsPage, saved, project,
                new FilePart("plan:slides", "Проект.pdf", TestFiles.pdf("слайды")))).body();
        assertTrue(incomplete.contains("План нельзя отправить")
                && incomplete.contains("Решение и что в нём нового") && !incomplete.contains("Базовая организация"),
                incomplete);
    }

    @Test
    void aPlanSavedBeforeEachProgrammeHadItsOwnFormKeepsEveryValue() throws Exception {
        long cohort = TestData.cohort("rc-leaders", null);
        TestPeople.Account trainee = TestPeople.create("Давнишняя", "TRAINEE");
        TestPeople.Account mentor = TestPeople.create("Читающий", "MENTOR");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.enrolMentor(cohort, mentor.id());
        // Exactly what the resource-centre form stored before V31: its own columns, no answers.
        TestData.update("INSERT INTO presentation (cohort_id, person_id, state, district_id, host_organisation, "
                + "host_kind, target_groups, growth_points, services, partners, funding, milestones, updated_at, "
                + "version) VALUES (?, ?, 'DRAFT', 31, 'Администрация Черлакского района', 'ADMINISTRATION_COMMITTEE', "
                + "'НКО и ТОС', 'Дом культуры', '[{\"name\":\"Консультации\",\"audience\":\"НКО\",\"frequency\":"
                + "\"еженедельно\"}]', 'Библиотека', '[{\"source\":\"GRANT\",\"description\":\"Фонд\",\"amount\":"
                + "450000}]', '[{\"month\":3,\"text\":\"Открытие центра\"}]', NOW(3), 0)", cohort, trainee.id());
        long presentation = Long.parseLong(TestData.value("SELECT id FROM presentation WHERE person_id = ?",
                trainee.id()));

        WebClient t = signedIn(trainee);
        String address = "/presentations/mine.xhtml?cohort=" + cohort;
        String page = t.get(address).body();
        for (String shown : new String[] {"value=\"Администрация Черлакского района\"", "НКО и ТОС", "Дом культуры",
                "value=\"Консультации\"", "value=\"еженедельно\"", "Библиотека", "value=\"Фонд\"", "value=\"450000\"",
                "value=\"3\"", "value=\"Открытие центра\"",
                "<option value=\"administration-committee\" selected=\"selected\">",
                "<option value=\"grant\" selected=\"selected\">"}) {
            assertTrue(page.contains(shown), shown);
        }

        // A save that changes one field keeps every other value; the plan is now stored as answers.
        Map<String, String> form = new LinkedHashMap<>();
        form.put("plan", "plan");
        form.put("plan:district", "31");
        form.put("plan:host", "Администрация Черлакского района");
        form.put("plan:host-kind", "administration-committee");
        form.put("plan:target-groups", "НКО и ТОС");
        form.put("plan:growth-points", "Дом культуры, молодёжный совет");
        form.put("plan:services:0:name", "Консультации");
        form.put("plan:services:0:audience", "НКО");
        form.put("plan:services:0:frequency", "еженедельно");
        form.put("plan:partners", "Библиотека");
        form.put("plan:funding:0:source", "grant");
        form.put("plan:funding:0:description", "Фонд");
        form.put("plan:funding:0:amount", "450000");
        form.put("plan:milestones:0:month", "3");
        form.put("plan:milestones:0:text", "Открытие центра");
        form.put("plan:save", "save");
        assertTrue(t.follow(t.postMultipart(address, page, form)).body().contains("Черновик сохранён."));
        String answers = TestData.value("SELECT answers FROM presentation WHERE id = ?", presentation);
        for (String kept : new String[] {"\"host\":\"Администрация Черлакского района\"",
                "\"growth-points\":\"Дом культуры, молодёжный совет\"", "\"amount\":\"450000\"", "\"month\":\"3\"",
                "\"host-kind\":\"administration-committee\""}) {
            assertTrue(answers.contains(kept), kept + " in " + answers);
        }
        String again = t.get(address).body();
        assertTrue(again.contains("Дом культуры, молодёжный совет") && again.contains("value=\"Открытие центра\""));

        // The mentor reads the plan with the form's own labels.
        TestData.update("UPDATE presentation SET state = 'SUBMITTED', submitted_at = NOW(3) WHERE id = ?",
                presentation);
        TestData.update("INSERT INTO presentation_mentor (presentation_id, mentor_id, allocated_at, allocated_by) "
                + "VALUES (?, ?, NOW(3), ?)", presentation, mentor.id(), mentor.id());
        WebClient m = signedIn(mentor);
        String sheet = m.get("/presentations/score.xhtml?id=" + presentation).body();
        assertTrue(sheet.contains("Тип базовой организации") && sheet.contains("комитет администрации района")
                && sheet.contains("грант · Фонд · 450") && sheet.contains("3 · Открытие центра"), sheet);
    }

    @Test
    void aResourceCentrePlanTypedInTheInnovationsSchoolBeforeV31IsKeptAndShown() throws Exception {
        long cohort = TestData.cohort("social-innovations", null);
        TestPeople.Account trainee = TestPeople.create("Прежняя", "TRAINEE");
        TestData.enrolTrainee(cohort, trainee.id());
        TestData.update("INSERT INTO presentation (cohort_id, person_id, state, host_organisation, growth_points, "
                + "updated_at, version) VALUES (?, ?, 'DRAFT', 'Сельский клуб', 'Прокат инвентаря', NOW(3), 0)",
                cohort, trainee.id());
        WebClient t = signedIn(trainee);
        String address = "/presentations/mine.xhtml?cohort=" + cohort;
        String page = t.get(address).body();
        assertTrue(page.contains("Ответы из прежней формы") && page.contains("Сельский клуб")
                && page.contains("Прокат инвентаря"), page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("plan", "plan");
        form.put("plan:problem", "Детям негде заниматься спортом зимой");
        form.put("plan:save", "save");
        assertTrue(t.follow(t.postMultipart(address, page, form)).body().contains("Черновик сохранён."));
        String answers = TestData.value("SELECT answers FROM presentation WHERE person_id = ?", trainee.id());
        assertTrue(answers.contains("\"host\":\"Сельский клуб\"") && answers.contains("Детям негде"), answers);
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }
}
