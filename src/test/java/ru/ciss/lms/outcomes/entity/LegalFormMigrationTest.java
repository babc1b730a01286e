package ru.ciss.lms.outcomes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.ciss.lms.launch.EmbeddedMariaDb;

/**
 * V33 moves the stored "NGO / small business / municipal / structural unit" values to real legal forms: every row
 * keeps a form, a valid {@link LegalForm}, and nothing moves in or out of the report's "NGOs and small businesses".
 */
class LegalFormMigrationTest {

    @TempDir
    Path data;

    /** kind, name, host, old form → the form expected after V33. */
    private static final Object[][] ROWS = {
            {"ORGANISATION", "АНО «Азовские мастерицы»", null, "NGO", LegalForm.AUTONOMOUS_NONPROFIT},
            {"ORGANISATION", "Благотворительный фонд «Добрый Любино»", null, "NGO", LegalForm.FOUNDATION},
            {"ORGANISATION", "Местная общественная организация «Тюкалинск — наш дом»", null, "NGO", LegalForm.PUBLIC_ORGANISATION},
            {"ORGANISATION", "Совет ветеранов Называевского района", null, "NGO", LegalForm.OTHER_NONPROFIT},
            {"ORGANISATION", "ООО «Крутинская ферма-школа»", null, "SMALL_BUSINESS", LegalForm.LLC},
            {"ORGANISATION", "ИП Семёнова О. В. (студия народных ремёсел)", null, "SMALL_BUSINESS", LegalForm.SOLE_TRADER},
            {"ORGANISATION", "Пекарня «Добро»", null, "SMALL_BUSINESS", LegalForm.OTHER_COMMERCIAL},
            {"RESOURCE_CENTRE", "Ресурсный центр Омского района", "МБУ «Центр культуры Омского района»", "MUNICIPAL", LegalForm.MUNICIPAL_INSTITUTION},
            {"RESOURCE_CENTRE", "Колосовский ресурсный центр", "Колосовская районная библиотека", "STRUCTURAL_UNIT", LegalForm.MUNICIPAL_INSTITUTION},
            {"RESOURCE_CENTRE", "Черлакский ресурсный центр", "Комитет экономического развития администрации Черлакского района", "STRUCTURAL_UNIT", LegalForm.LOCAL_GOVERNMENT},
            {"RESOURCE_CENTRE", "Ресурсный центр при клубе", "Клуб «Исток»", "STRUCTURAL_UNIT", LegalForm.OTHER},
            {"RESOURCE_CENTRE", "Ресурсный центр «Крутинка»", "АНО «Крутинка — территория добра»", "NGO", LegalForm.AUTONOMOUS_NONPROFIT},
            {"ORGANISATION", "Никто не менял", null, "OTHER", LegalForm.OTHER},
    };

    @Test
    void oldFormsBecomeRealOnesWithoutLosingARow() throws Exception {
        Path binaries = Path.of(System.getProperty("lms.build.dir", "target"));
        try (EmbeddedMariaDb db = new EmbeddedMariaDb(binaries, data.resolve("db"), freePort())) {
            db.start();
            db.createDatabase("forms", "forms", "secret");
            String url = db.jdbcUrl("forms");
            // The schema as it was just before V33, whichever migrations come before it.
            String before = java.util.Arrays.stream(Flyway.configure().dataSource(url, "forms", "secret")
                            .locations("classpath:db/migration").load().info().all())
                    .map(m -> m.getVersion()).filter(v -> v.isNewerThan("0") && !v.isAtLeast("33"))
                    .max(Comparable::compareTo).orElseThrow().getVersion();
            Flyway.configure().dataSource(url, "forms", "secret").locations("classpath:db/migration").target(before)
                    .load().migrate();
            Map<Long, LegalForm> expected = new LinkedHashMap<>();
            try (Connection c = DriverManager.getConnection(url, "forms", "secret")) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET FOREIGN_KEY_CHECKS = 0"); // outcomes alone; no people or cohorts needed
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO outcome (person_id, cohort_id, kind, "
                        + "happened_on, name, host_organisation, legal_form, state, reported_by, reported_at) "
                        + "VALUES (1, 1, ?, '2018-10-01', ?, ?, ?, 'CONFIRMED', 1, NOW(3))", Statement.RETURN_GENERATED_KEYS)) {
                    for (Object[] row : ROWS) {
                        insert.setString(1, (String) row[0]);
                        insert.setString(2, (String) row[1]);
                        insert.setString(3, (String) row[2]);
                        insert.setString(4, (String) row[3]);
                        insert.executeUpdate();
                        try (ResultSet key = insert.getGeneratedKeys()) {
                            key.next();
                            expected.put(key.getLong(1), (LegalForm) row[4]);
                        }
                    }
                }
            }
            Flyway.configure().dataSource(url, "forms", "secret").locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "forms", "secret");
                 Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT id, legal_form FROM outcome ORDER BY id")) {
                int seen = 0;
                while (rows.next()) {
                    LegalForm now = LegalForm.valueOf(rows.getString(2)); // throws on a value the enum lacks
                    assertEquals(expected.get(rows.getLong(1)), now, "row " + rows.getLong(1));
                    seen++;
                }
                assertEquals(ROWS.length, seen);
            }
        }
        for (Object[] row : ROWS) {
            boolean wasCounted = row[0].equals("ORGANISATION") && (row[3].equals("NGO") || row[3].equals("SMALL_BUSINESS"));
            if (wasCounted) {
                assertTrue(((LegalForm) row[4]).countsAsNgoOrBusiness(), row[1] + " still counts");
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
