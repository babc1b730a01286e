package ru.ciss.lms.outcomes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.SharedApplication;
import ru.ciss.lms.testing.PdfPages;
import ru.ciss.lms.testing.TestData;
import ru.ciss.lms.testing.TestFiles;
import ru.ciss.lms.testing.TestPeople;
import ru.ciss.lms.testing.WebClient;
import ru.ciss.lms.testing.WebClient.FilePart;

/**
 * Outcomes over HTTP: a graduate reports a resource centre with a file and a grant with a link; an administrator
 * confirms one; the dashboard and the XLSX and PDF reports show it, confirmed apart from only reported; the demo 2018
 * cohort adds up to the seed report's figures; and bad input of every kind is refused with nothing saved.
 */
class OutcomesIT {

    URL url = SharedApplication.url();

    @Test
    void aGraduatesCentreAndGrantAreConfirmedApartAndReported() throws Exception {
        Finished c = finishedCohort();
        TestPeople.Account graduate = graduateOf(c, "Результатова");
        TestPeople.Account admin = TestPeople.create("Проверяющая", "ADMINISTRATOR");
        WebClient g = signedIn(graduate);

        String page = g.get("/outcomes/my.xhtml").body();
        String saved = g.follow(g.postMultipart("/outcomes/my.xhtml", page, form(c, Map.of("outcome:kind", "RESOURCE_CENTRE",
                        "outcome:name", "Тюкалинский ресурсный центр «Ёлка»", "outcome:district", "29",
                        "outcome:host", "АНО «Тюкалинск — наш дом»", "outcome:form", "AUTONOMOUS_NONPROFIT")),
                new FilePart("outcome:file", "prikaz.pdf", TestFiles.pdf("Приказ об открытии центра")))).body();
        assertTrue(saved.contains("Результат сохранён и отправлен на проверку"), saved);
        saved = g.follow(g.postMultipart("/outcomes/my.xhtml", saved, form(c, Map.of("outcome:kind", "FUNDS",
                "outcome:name", "Фонд президентских грантов", "outcome:source", "GRANT", "outcome:amount", "500 000 ₽",
                "outcome:link", "https://президентскиегранты.рф/public/application/item?id=1")))).body();
        assertTrue(saved.contains("500\u00a0000\u00a0₽"), "the grant is listed as Russians write sums: " + saved);
        assertEquals("2", TestData.value("SELECT COUNT(*) FROM outcome WHERE person_id = ? AND state = 'REPORTED'",
                graduate.id()));
        String centre = TestData.value("SELECT id FROM outcome WHERE person_id = ? AND kind = 'RESOURCE_CENTRE'",
                graduate.id());

        // The evidence goes to its graduate and to administrators only.
        assertEquals(200, g.getBytes("/files/outcome?id=" + centre).statusCode());
        WebClient a = signedIn(admin);
        assertEquals(200, a.getBytes("/files/outcome?id=" + centre).statusCode());
        TestPeople.Account stranger = graduateOf(c, "Посторонний");
        WebClient s = signedIn(stranger);
        assertEquals(404, s.getBytes("/files/outcome?id=" + centre).statusCode());
        String strangersPage = s.get("/outcomes/my.xhtml?edit=" + centre).body();
        assertTrue(strangersPage.contains("Такой записи нет") && !strangersPage.contains("Ёлка"),
                "someone else's outcome is neither shown nor opened for correction: " + strangersPage);

        // The administrator confirms the centre; questioning needs a comment.
        WebClient a2 = signedIn(TestPeople.create("Вторая", "ADMINISTRATOR"));
        String stale = a2.get("/outcomes/review.xhtml").body();
        String review = a.get("/outcomes/review.xhtml").body();
        String row = rowOf(review, "Тюкалинский ресурсный центр");
        String refused = a.postForm("/outcomes/review.xhtml", review, Map.of("queue", "queue",
                "queue:r:" + row + ":question", "x")).body();
        assertTrue(refused.contains("Напишите, что нужно уточнить"), refused);
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(refused, "queue:r:" + row + ":comment");
        String confirmed = a.follow(a.postForm("/outcomes/review.xhtml", refused, Map.of("queue", "queue",
                "queue:r:" + rowOf(refused, "Тюкалинский ресурсный центр") + ":confirm", "x"))).body();
        assertTrue(confirmed.contains("подтверждён"), confirmed);
        assertEquals("CONFIRMED", TestData.value("SELECT state FROM outcome WHERE id = ?", centre));
        // A second administrator's page was opened before: their decision is refused, the confirmation stands.
        String late = a2.postForm("/outcomes/review.xhtml", stale, Map.of("queue", "queue",
                "queue:r:" + rowOf(stale, "Тюкалинский ресурсный центр") + ":comment", "Нет приказа",
                "queue:r:" + rowOf(stale, "Тюкалинский ресурсный центр") + ":question", "x")).body();
        assertTrue(late.contains("только что изменил кто-то другой"), late);
        assertEquals("CONFIRMED", TestData.value("SELECT state FROM outcome WHERE id = ?", centre));
        assertTrue(g.get("/outcomes/my.xhtml?edit=" + centre).body().contains("уже подтверждён"),
                "a confirmed outcome is not corrected any more");

        // The dashboard for this cohort: the centre confirmed, the grant only reported.
        String dashboard = a.get("/outcomes/dashboard.xhtml").body();
        HttpResponse<String> applied = a.postForm("/outcomes/dashboard.xhtml", dashboard, Map.of("filter", "filter",
                "filter:programme", c.programme, "filter:cohort", String.valueOf(c.id), "filter:year", "",
                "filter:district", "", "filter:apply", "x"));
        // post → redirect → get: the filter is in the address, and the address alone shows the same figures
        String address = applied.headers().firstValue("Location").orElse("");
        assertTrue(address.contains("programme=" + c.programme) && address.contains("cohort=" + c.id), address);
        String filtered = a.follow(applied).body();
        assertEquals("1", cell(filtered, "centres"), filtered);
        String bookmarked = a.get("/outcomes/dashboard.xhtml?programme=" + c.programme + "&cohort=" + c.id + "&year=x")
                .body();
        assertEquals("1", cell(bookmarked, "centres"), () -> "the figures from the address: " + bookmarked);
        assertEquals("0", cell(filtered, "centres-reported"));
        assertEquals("0\u00a0₽", cell(filtered, "roubles"));
        assertEquals("500\u00a0000\u00a0₽", cell(filtered, "roubles-reported"));
        assertEquals("2", cell(filtered, "graduates"), "the graduate and the stranger");
        assertTrue(filtered.contains("district-chart"), "the chart");
        Matcher tyukalinsky = Pattern.compile("Тюкалинский район</th>\\s*<td>(\\d+)</td><td>\\d+</td><td>\\d+</td>"
                + "\\s*<td>(\\d+)</td>").matcher(filtered);
        assertTrue(tyukalinsky.find(), "every district has its line: " + filtered);
        assertEquals("0", tyukalinsky.group(1), "nobody of this cohort lives there");
        assertEquals("1", tyukalinsky.group(2), "the centre counts in the district it names");
        assertTrue(filtered.contains("Шербакульский район</th>"), "districts with nothing are listed too");
        // The district filter counts an outcome where it happened and a person where they live; the year is the
        // year the cohort ended.
        String inTyukalinsky = dashboardFor(a, c, "29", String.valueOf(c.ends.getYear()));
        assertEquals("1", cell(inTyukalinsky, "centres"));
        assertEquals("0", cell(inTyukalinsky, "graduates"), "nobody of this cohort lives there");
        String inCherlaksky = dashboardFor(a, c, "31", "");
        assertEquals("0", cell(inCherlaksky, "centres"));
        assertEquals("2", cell(inCherlaksky, "graduates"), "test people live in Черлакский район");
        // 2018 is offered (the demo cohort ended then); this cohort ended in 2001–2011.
        assertEquals("0", cell(dashboardFor(a, c, "", "2018"), "centres"), "another year holds none of this cohort");

        // The administrator enters an event they learnt of for the graduate; it waits for review like any other.
        String graduatePage = a.get("/outcomes/graduate.xhtml?person=" + graduate.id()).body();
        String entered = a.follow(a.postMultipart("/outcomes/graduate.xhtml?person=" + graduate.id(), graduatePage,
                form(c, Map.of("outcome:kind", "EVENT", "outcome:name", "Форум «Село — территория роста»",
                        "outcome:people", "120", "outcome:link", "https://omsk.example.org/forum")))).body();
        assertTrue(entered.contains("Форум «Село — территория роста»") && entered.contains("120 человек"), entered);
        assertEquals(String.valueOf(admin.id()), TestData.value("SELECT reported_by FROM outcome WHERE person_id = ? "
                + "AND kind = 'EVENT'", graduate.id()));
        TestPeople.Account notGraduate = TestPeople.create("Невыпускник", "TRAINEE");
        String refusedPage = a.get("/outcomes/graduate.xhtml?person=" + notGraduate.id()).body();
        assertTrue(refusedPage.contains("нет действующего сертификата") && !refusedPage.contains("outcome:save"));

        // The fund's report of the period: XLSX and PDF, confirmed and only reported apart.
        String query = "/outcomes/report?programme=" + c.programme + "&from=" + c.ends + "&to=" + c.ends;
        HttpResponse<byte[]> xlsx = a.getBytes(query + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        Map<String, BigDecimal[]> indicators = indicators(xlsx.body());
        assertEquals(0, BigDecimal.ONE.compareTo(indicators.get("Ресурсных центров")[0]), "centres confirmed");
        assertEquals(0, BigDecimal.ZERO.compareTo(indicators.get("Ресурсных центров")[1]));
        assertEquals(0, BigDecimal.ZERO.compareTo(indicators.get("Привлечено средств")[0]));
        assertEquals(0, new BigDecimal(500_000).compareTo(indicators.get("Привлечено средств")[1]), "grant reported");
        HttpResponse<byte[]> pdf = a.getBytes(query + "&format=pdf");
        assertEquals(200, pdf.statusCode());
        String text = PdfPages.text(pdf.body()).replace('\u00a0', ' ');
        assertTrue(text.contains("500 000") && text.contains("Тюкалинский район"), text);
        assertEquals(400, a.getBytes(query.replace("from=" + c.ends, "from=" + c.ends.plusDays(1)) + "&format=pdf")
                .statusCode(), "a period that ends before it starts is refused");
        assertEquals(400, a.getBytes(query + "&format=exe").statusCode());
        // From the dashboard's form in a browser: back to the form, with the dates as chosen and the reason there
        String backwards = query.replace("from=" + c.ends, "from=" + c.ends.plusDays(1)) + "&format=xlsx";
        HttpResponse<String> sentBack = a.get(backwards, "Accept", "text/html,application/xhtml+xml");
        assertEquals(303, sentBack.statusCode(), sentBack::body);
        String location = sentBack.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/outcomes/dashboard.xhtml?reportRefused=true") && location.endsWith("#report"),
                location);
        String form = a.get(location.substring(location.indexOf("/outcomes/")).replace("#report", "")).body();
        assertTrue(form.contains("id=\"report-problem\"") && form.contains("value=\"" + c.ends.plusDays(1) + "\"")
                && form.contains("aria-invalid=\"true\""), () -> "the form says why, keeping the dates: " + form);

        // Asked to clarify the grant, the graduate is told by e-mail, with the comment and where to answer.
        String queue = a.get("/outcomes/review.xhtml").body();
        String grantRow = rowOf(queue, "Фонд президентских грантов");
        assertTrue(a.postForm("/outcomes/review.xhtml", queue, Map.of("queue", "queue",
                "queue:r:" + grantRow + ":comment", "Приложите договор о гранте",
                "queue:r:" + grantRow + ":question", "x")).statusCode() < 400);
        String told = TestData.value("SELECT CONCAT(subject, '|', body) FROM outbox_message WHERE person_id = ? "
                + "AND kind = 'OUTCOME_QUESTIONED'", graduate.id());
        assertTrue(told != null && told.contains("«Фонд президентских грантов»") && told.contains("Приложите договор о гранте")
                && told.contains("/outcomes/my.xhtml"), () -> "the graduate hears of the question: " + told);
    }

    /**
     * The review page's state, page and graduates' search are in its address: «Дальше» redirects to the next page's
     * address, which shows rows 21–40 when opened again (a reload, a bookmark); «Все состояния» and a surname are
     * kept the same way; a mangled address shows the first page of reported outcomes instead of an error.
     */
    @Test
    void theReviewPagesStateAndPageAreInItsAddress() throws Exception {
        Finished c = finishedCohort();
        TestPeople.Account graduate = graduateOf(c, "Листающая");
        for (int i = 0; i < 21; i++) {
            TestData.update("INSERT INTO outcome (person_id, cohort_id, kind, happened_on, name, people_reached, state, "
                    + "reported_by, reported_at) VALUES (?, ?, 'EVENT', ?, ?, 30, 'REPORTED', ?, NOW(3))", graduate.id(),
                    c.id, c.ends.plusDays(i + 1), "Встреча НКО № " + i, graduate.id());
        }
        try {
            pageThroughTheReview(signedIn(TestPeople.create("Листающий", "ADMINISTRATOR")));
        } finally {
            // Twenty-one more reported outcomes would push other tests' outcomes off the queue's first page.
            TestData.update("UPDATE outcome SET state = 'CONFIRMED' WHERE person_id = ?", graduate.id());
        }
    }

    private static void pageThroughTheReview(WebClient a) {
        String first = a.get("/outcomes/review.xhtml").body();
        assertTrue(first.contains(">1–20 из "), first);

        HttpResponse<String> next = a.postForm("/outcomes/review.xhtml", first, Map.of("queue", "queue",
                "queue:next", "x"));
        assertEquals(302, next.statusCode(), next::body);
        String location = next.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("from=20") && location.contains("state=REPORTED"), location);
        String second = a.follow(next).body();
        assertTrue(second.contains(">21–"), second);
        String address = location.substring(location.indexOf("/outcomes/"));
        assertTrue(a.get(address).body().contains(">21–"), "the address opened again shows the same rows: " + address);

        String all = a.follow(a.postForm(address, second, Map.of("filter", "filter", "filter:state", "",
                "filter:apply", "x"))).body();
        assertTrue(all.contains(">1–20 из ") && all.matches("(?s).*<option value=\"\" selected.*"),
                "every state, from the first page: " + all);
        HttpResponse<String> found = a.postForm("/outcomes/review.xhtml?state=any", all, Map.of("graduates",
                "graduates", "graduates:surname", "Листающая", "graduates:find", "x"));
        String foundAt = found.headers().firstValue("Location").orElseThrow();
        assertTrue(foundAt.contains("surname=") && foundAt.contains("state=any"), foundAt);
        assertTrue(a.follow(found).body().contains("Листающая"), foundAt);

        String mangled = a.get("/outcomes/review.xhtml?state=%27%3E&from=-5x&gfrom=99999999999").body();
        assertTrue(mangled.contains(">1–20 из ") && !mangled.contains("msg-error"), mangled);
    }

    /**
     * A confirmation made by mistake is undone: a confirmed outcome can still be questioned, with a comment; it is
     * then no longer confirmed and the graduate can correct it.
     */
    @Test
    void aConfirmationMadeByMistakeIsUndoneByAQuestion() throws Exception {
        Finished c = finishedCohort();
        TestPeople.Account graduate = graduateOf(c, "Подтверждённая");
        long outcome = TestData.insert("INSERT INTO outcome (person_id, cohort_id, kind, happened_on, name, people_reached, "
                + "state, reported_by, reported_at, reviewed_by, reviewed_at) VALUES (?, ?, 'EVENT', ?, 'Форум НКО района', 80, "
                + "'CONFIRMED', ?, NOW(3), ?, NOW(3))", graduate.id(), c.id, c.ends.plusDays(5), graduate.id(), graduate.id());
        WebClient a = signedIn(TestPeople.create("Исправляющая", "ADMINISTRATOR"));
        // Oldest first, twenty a page: the page that holds it, by its address.
        long before = Long.parseLong(TestData.value("SELECT COUNT(*) FROM outcome WHERE state = 'CONFIRMED' AND id < ?",
                outcome));
        String page = "/outcomes/review.xhtml?state=CONFIRMED&from=" + before / 20 * 20;
        String confirmed = a.get(page).body();
        int at = confirmed.indexOf("Форум НКО района");
        assertTrue(at > 0, "the confirmed outcome is listed with its state: " + confirmed);
        Matcher row = Pattern.compile("queue:r:(\\d+):question").matcher(confirmed.substring(at));
        assertTrue(row.find(), "a confirmed outcome can be questioned");
        assertFalse(confirmed.substring(at, at + row.end()).contains(":confirm\""), "and not confirmed again");
        String asked = a.follow(a.postForm(page, confirmed, Map.of("queue", "queue",
                "queue:r:" + row.group(1) + ":comment", "В протоколе другой район.",
                "queue:r:" + row.group(1) + ":question", "x"))).body();
        assertTrue(asked.contains("уточн"), asked);
        assertEquals("QUESTIONED/В протоколе другой район.", TestData.value(
                "SELECT CONCAT(state, '/', review_comment) FROM outcome WHERE id = ?", outcome));
        assertTrue(signedIn(graduate).get("/outcomes/my.xhtml?edit=" + outcome).body().contains("Форум НКО района"),
                "the graduate can correct it again");
    }

    @Test
    void theDemo2018CohortAddsUpToTheSeedReportsFigures() throws Exception {
        WebClient a = signedIn(TestPeople.create("Отчётная", "ADMINISTRATOR"));
        // The report credits 2018 to «Школа социальных инноваций» (and a programme not in content/), not to this school.
        String programme = TestData.value("SELECT id FROM programme WHERE code = 'social-innovations'");
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM outcome o JOIN cohort c ON c.id = o.cohort_id "
                + "WHERE c.name = 'Школа социальных инноваций — 2018' AND (o.happened_on < '2018-01-01' "
                + "OR o.happened_on > '2018-12-31')"), "every 2018 outcome is dated within 2018");
        HttpResponse<byte[]> xlsx = a.getBytes("/outcomes/report?programme=" + programme
                + "&from=2018-01-01&to=2018-12-31&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        Map<String, BigDecimal[]> indicators = indicators(xlsx.body());
        assertEquals(15, indicators.get("НКО и малых предприятий")[0].intValue());
        assertEquals(5, indicators.get("Ресурсных центров")[0].intValue());
        assertTrue(indicators.get("Новых услуг")[0].intValue() > 90);
        assertTrue(indicators.get("Привлечено средств")[0].compareTo(new BigDecimal(7_700_000)) > 0);
        assertTrue(indicators.get("Привлечено средств")[1].signum() > 0, "one sponsor's money is only reported");
        String text = PdfPages.text(a.getBytes("/outcomes/report?programme=" + programme
                + "&from=2018-01-01&to=2018-12-31&format=pdf").body()).replace('\u00a0', ' ');
        assertTrue(text.contains("7 746 500"), text);
    }

    @Test
    void badOutcomesAreRefusedWithAReasonAndNothingIsSaved() throws Exception {
        Finished c = finishedCohort();
        TestPeople.Account graduate = graduateOf(c, "Ошибкина");
        WebClient g = signedIn(graduate);
        String page = g.get("/outcomes/my.xhtml").body();
        Map<String, String> grant = new HashMap<>(Map.of("outcome:kind", "FUNDS", "outcome:name", "Грант",
                "outcome:source", "GRANT", "outcome:link", "https://example.org/grant"));
        String[][] cases = {
                {"outcome:amount", "-500 000", "Сумма — от 1 рубля до"},
                {"outcome:amount", "900 000 000 000", "Сумма — от 1 рубля до"},
                {"outcome:amount", "сто тысяч", "Сумма — целое число рублей"},
                {"outcome:date", c.starts.minusDays(1).toString(), "раньше начала обучения (" + ru(c.starts) + ")"},
                {"outcome:date", LocalDate.now().plusDays(40).toString(), "Дата ещё не наступила"},
                {"outcome:link", "javascript:alert(1)", "начинающимся с http:// или https://"},
                {"outcome:link", "", "Приложите подтверждение"}};
        for (String[] bad : cases) {
            Map<String, String> fields = new HashMap<>(grant);
            fields.put("outcome:amount", "100 000");
            fields.put(bad[0], bad[1]);
            String answer = g.follow(g.postMultipart("/outcomes/my.xhtml", page, form(c, fields))).body();
            assertTrue(answer.contains(bad[2]), bad[1] + " → " + answer);
            assertTrue(answer.contains(bad[1].isEmpty() ? "Грант" : bad[1].replace("&", "&amp;")),
                    "what was typed stays on the screen: " + bad[1]);
        }
        // A program dressed as a PDF is not evidence.
        Map<String, String> withFile = new HashMap<>(grant);
        withFile.put("outcome:amount", "100 000");
        withFile.put("outcome:link", "");
        String program = g.follow(g.postMultipart("/outcomes/my.xhtml", page, form(c, withFile), new FilePart("outcome:file",
                "dogovor.pdf", "MZ\u0090\u0000 not a document".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))).body();
        assertTrue(program.contains("программа, а не документ") || program.contains("не соответствует его расширению"),
                program);
        // Everything at once, each at its field: no evidence at the file field; a date before the cohort and a file of
        // a type not taken are both named in the one answer (the file was named only after the rest was mended).
        Map<String, String> noEvidence = new HashMap<>(withFile);
        String missing = g.follow(g.postMultipart("/outcomes/my.xhtml", page, form(c, noEvidence))).body();
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(missing, "outcome:file");
        Map<String, String> twoWrongs = new HashMap<>(withFile);
        twoWrongs.put("outcome:date", c.starts.minusDays(1).toString());
        String both = g.follow(g.postMultipart("/outcomes/my.xhtml", page, form(c, twoWrongs), new FilePart("outcome:file",
                "virus.exe", "MZ\u0090\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))).body();
        assertTrue(both.contains("раньше начала обучения") && both.contains("«virus.exe» такого типа принять нельзя"),
                () -> "both problems in one answer: " + both);
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(both, "outcome:file");
        // No kind is chosen for a new outcome; a post without one asks for it.
        assertFalse(page.contains("value=\"RESOURCE_CENTRE\" selected"), "no kind chosen in advance");
        Map<String, String> noKind = new HashMap<>(grant);
        noKind.put("outcome:kind", "");
        noKind.put("outcome:amount", "100 000");
        String unchosen = g.follow(g.postMultipart("/outcomes/my.xhtml", page, form(c, noKind))).body();
        assertTrue(unchosen.contains("Выберите, что сделано."), unchosen);
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(unchosen, "outcome:kind");
        // A sum typed for a resource centre is named at its field, not dropped on saving.
        Map<String, String> wrongKind = new HashMap<>(grant);
        wrongKind.put("outcome:kind", "RESOURCE_CENTRE");
        wrongKind.put("outcome:amount", "100 000");
        String named = g.follow(g.postMultipart("/outcomes/my.xhtml", page, form(c, wrongKind))).body();
        assertTrue(named.contains("Сумма указывается для результата «Привлечены средства»")
                && named.contains("Источник средств указывается"), named);
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(named, "outcome:amount");
        ru.ciss.lms.testing.FieldMarks.assertInvalidWithMessage(named, "outcome:source");
        assertTrue(named.contains("value=\"100 000\""), "the sum typed stays on the screen");
        // A cohort the graduate holds no certificate of.
        Finished other = finishedCohort();
        Map<String, String> fields = new HashMap<>(grant);
        fields.put("outcome:amount", "100 000");
        String answer = g.follow(g.postMultipart("/outcomes/my.xhtml", page, form(other, fields))).body();
        // The cohort chosen is not one of the graduate's: the message is next to the cohort field.
        assertTrue(answer.contains("id=\"outcome:cohort-error\""), answer);
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM outcome WHERE person_id = ?", graduate.id()),
                "nothing refused was saved");

        // Someone without a certificate has no form, and a crafted post saves nothing.
        TestPeople.Account trainee = TestPeople.create("Неокончивший", "TRAINEE");
        TestData.enrolTrainee(c.id, trainee.id());
        WebClient t = signedIn(trainee);
        String notGraduate = t.get("/outcomes/my.xhtml").body();
        assertTrue(notGraduate.contains("после получения сертификата") && !notGraduate.contains("outcome:save"));
        t.follow(t.postMultipart("/outcomes/my.xhtml", notGraduate, form(c, fields)));
        assertEquals("0", TestData.value("SELECT COUNT(*) FROM outcome WHERE person_id = ?", trainee.id()));
    }

    /** A finished cohort of its own: ended on a day of 2001–2011 no other test uses, so a report of that day is its own. */
    private record Finished(long id, String programme, LocalDate starts, LocalDate ends) {
    }

    private static Finished finishedCohort() throws Exception {
        long id = TestData.cohort("rc-leaders", null);
        LocalDate ends = LocalDate.of(2001, 1, 1).plusDays(id % 3900);
        LocalDate starts = ends.minusDays(90);
        TestData.update("UPDATE cohort SET starts_on = ?, ends_on = ?, status = 'FINISHED' WHERE id = ?", starts, ends, id);
        return new Finished(id, TestData.value("SELECT programme_id FROM cohort WHERE id = ?", id), starts, ends);
    }

    private static TestPeople.Account graduateOf(Finished c, String surname) throws Exception {
        TestPeople.Account account = TestPeople.create(surname, "TRAINEE");
        TestData.enrolTrainee(c.id, account.id());
        TestData.graduate(c.id, account.id());
        return account;
    }

    /** The outcome form's fields, empty where not given, dated a month after the cohort ended. */
    private static Map<String, String> form(Finished c, Map<String, String> given) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("outcome", "outcome");
        fields.put("outcome:cohort", String.valueOf(c.id));
        fields.put("outcome:date", c.ends.plusMonths(1).toString());
        for (String field : new String[] {"kind", "name", "district", "host", "form", "audience", "source", "amount",
                "people", "link"}) {
            fields.put("outcome:" + field, "");
        }
        fields.putAll(given);
        fields.put("outcome:save", "x");
        return fields;
    }

    /** The dashboard of the cohort with a district and a year chosen ("" for all). */
    private static String dashboardFor(WebClient admin, Finished c, String district, String year) {
        String page = admin.get("/outcomes/dashboard.xhtml").body();
        return admin.follow(admin.postForm("/outcomes/dashboard.xhtml", page, Map.of("filter", "filter",
                "filter:programme", c.programme, "filter:cohort", String.valueOf(c.id), "filter:year", year,
                "filter:district", district, "filter:apply", "x"))).body();
    }

    private static String ru(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    /** The index of the review row that shows the text. */
    private static String rowOf(String page, String text) {
        int at = page.indexOf(text);
        assertTrue(at > 0, "the review queue lists " + text);
        Matcher m = Pattern.compile("queue:r:(\\d+):confirm").matcher(page.substring(at));
        assertTrue(m.find(), "a confirm button after " + text);
        return m.group(1);
    }

    private static String cell(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertTrue(m.find(), "no cell " + id);
        return m.group(1).strip();
    }

    /** The first sheet's indicator lines: name → {confirmed, only reported}. */
    private static Map<String, BigDecimal[]> indicators(byte[] xlsx) throws Exception {
        Map<String, BigDecimal[]> lines = new HashMap<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                Cell name = row.getCell(0);
                Cell confirmed = row.getCell(1);
                Cell reported = row.getCell(2);
                if (name != null && name.getCellType() == CellType.STRING && confirmed != null
                        && confirmed.getCellType() == CellType.NUMERIC && reported != null
                        && reported.getCellType() == CellType.NUMERIC) {
                    lines.put(name.getStringCellValue(), new BigDecimal[] {
                            BigDecimal.valueOf(confirmed.getNumericCellValue()),
                            BigDecimal.valueOf(reported.getNumericCellValue())});
                }
            }
        }
        assertFalse(lines.isEmpty(), "the first sheet has indicator lines");
        return lines;
    }

    private WebClient signedIn(TestPeople.Account account) {
        WebClient client = new WebClient(url);
        client.signIn(account.email(), account.password());
        return client;
    }
}
