package ru.ciss.lms.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.ciss.lms.certificates.control.CertificateLayout.Align;
import ru.ciss.lms.certificates.control.CertificateLayout.Block;
import ru.ciss.lms.certificates.control.CertificateLayout.LayoutException;

/** The template format: the school's own template passes, and every kind of mistake is refused by name. */
class CertificateLayoutTest {

    static final Path SHIPPED = Path.of(System.getProperty("lms.project.dir", "."), "content",
            "certificate-layout.yaml");

    /** The smallest valid layout; each bad case below changes one thing in it. */
    private static final String MINIMAL = """
            blocks:
              - text: "{holder}"
                y: 20
                size: 20
              - text: "№ {number}"
                y: 60
                size: 12
            qr: {x: 240, y: 150, size: 30}
            """;

    static final CertificateFacts.Issuer ISSUER = new CertificateFacts.Issuer("ИНН 5500000000, ОГРН 1005500000000",
            "Омск", "Петрова Анна Сергеевна", "Руководитель программы",
            "Программа реализуется с использованием гранта Президента Российской Федерации");

    static CertificateFacts facts() {
        return new CertificateFacts("РЦ-2026-0001", "Фёдорова Людмила Ивановна", "Школа лидеров ресурсных центров",
                72, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24), LocalDate.of(2026, 4, 30),
                "Центр инноваций социальной сферы", "Иванов Пётр Сергеевич", "Директор",
                "https://school.example.org/verify/%D0%A0%D0%A6-2026-0001", null, ISSUER, FinalAssessment.passed(84.4));
    }

    @Test
    void theSchoolsTemplateParsesAndPrintsEveryFact() {
        CertificateLayout layout = CertificateLayout.read(SHIPPED);

        assertTrue(layout.border().isPresent());
        String all = String.join("\n", layout.blocks().stream()
                .map(b -> CertificateLayout.fill(b.text(), facts())).toList());
        for (String fact : List.of("СЕРТИФИКАТ", "№ РЦ-2026-0001", "Фёдорова Людмила Ивановна",
                "«Школа лидеров ресурсных центров»", "в объёме 72 академических часов, с 02.02.2026 по 24.04.2026",
                "Центр инноваций социальной сферы", "Директор", "Иванов Пётр Сергеевич", "Дата выдачи: 30.04.2026",
                "прошёл(а) обучение по программе", // no gender given: the neutral form
                // The organisation's details, a second signature, the seal's place, city and year, grant, result.
                "ИНН 5500000000, ОГРН 1005500000000", "Руководитель программы", "Петрова Анна Сергеевна", "М. П.",
                "Омск, 2026", "Программа реализуется с использованием гранта Президента Российской Федерации",
                "Итоговая аттестация: зачтено (итоговая презентация — 84 %)",
                // Readable, so it can be typed from paper; the QR code keeps the encoded address.
                "Проверить подлинность: https://school.example.org/verify/РЦ-2026-0001")) {
            assertTrue(all.contains(fact), fact + " in\n" + all);
        }
        assertFalse(all.contains("{"), all);
        assertFalse(all.contains("образовательной"), "no term of education law without an education licence");
    }

    @Test
    void anUnsetOptionalLinePrintsNothing() {
        CertificateFacts f = facts();
        CertificateFacts bare = new CertificateFacts(f.number(), f.holderName(), f.programmeTitle(), f.academicHours(),
                f.cohortStartsOn(), f.cohortEndsOn(), f.issuedOn(), f.schoolName(), f.signatoryName(),
                f.signatoryPosition(), f.verifyUrl(), null, new CertificateFacts.Issuer(null, "Омск", "", "", " "),
                FinalAssessment.passed(null));
        assertEquals("", CertificateLayout.fill("{grant}{organisation_details}{lead_name}", bare));
        assertEquals("Итоговая аттестация: зачтено", CertificateLayout.fill("Итоговая аттестация: {assessment}", bare));
    }

    @Test
    void theSchoolsTemplateLeavesRoomForTwoLinesOfNameAndThreeOfProgramme() {
        CertificateLayout layout = CertificateLayout.read(SHIPPED);
        Block holder = only(layout, "{holder}");
        Block programme = only(layout, "«{programme}»");

        assertTrue(roomInLines(layout, holder) >= 2, "lines for the name: " + roomInLines(layout, holder));
        assertTrue(roomInLines(layout, programme) >= 3, "lines for the title: " + roomInLines(layout, programme));
    }

    private static Block only(CertificateLayout layout, String text) {
        return layout.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow();
    }

    private static float roomInLines(CertificateLayout layout, Block block) {
        float line = block.size() * CertificateLayout.LINE_HEIGHT * CertificateLayout.MM_PER_PT;
        return (layout.bottomOf(block) - block.y()) / line;
    }

    @Test
    void defaultsCentreABlockOnThePage() {
        Block block = CertificateLayout.parse(MINIMAL).blocks().getFirst();

        assertEquals(20f, block.x());
        assertEquals(257f, block.width());
        assertEquals(Align.CENTER, block.align());
        assertFalse(block.bold());
        assertEquals(Color.BLACK, block.color());
    }

    @Test
    void aTextRunsDownOnlyToWhatLiesBelowIt() {
        CertificateLayout layout = CertificateLayout.parse(MINIMAL.replace("qr: {x: 240, y: 150, size: 30}",
                "qr: {x: 20, y: 150, size: 30}\nborder: {inset: 5}"));
        List<Block> blocks = layout.blocks();

        assertEquals(60f, layout.bottomOf(blocks.get(0)), "the next block");
        assertEquals(150f, layout.bottomOf(blocks.get(1)), "the QR code, which shares part of its width");
    }

    @Test
    void theWordsAgreeWithTheHoldersGender() {
        CertificateFacts f = facts();
        CertificateFacts woman = new CertificateFacts(f.number(), f.holderName(), f.programmeTitle(), f.academicHours(),
                f.cohortStartsOn(), f.cohortEndsOn(), f.issuedOn(), f.schoolName(), f.signatoryName(),
                f.signatoryPosition(), f.verifyUrl(), ru.ciss.lms.people.Gender.FEMALE);
        assertEquals("прошла обучение", CertificateLayout.fill("{passed} обучение", woman));
    }

    @Test
    void placeholdersAreFilledOnceAndDatesAreDayMonthYear() {
        CertificateFacts facts = new CertificateFacts("{number}", "{holder}", "П", 16, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 9), LocalDate.of(2026, 12, 31), "Ш", "И", "Д", "https://x.org/$1");

        assertEquals("{holder} / {number} / 05.01.2026-09.01.2026 / 31.12.2026 / 16 / https://x.org/$1",
                CertificateLayout.fill("{holder} / {number} / {cohort_from}-{cohort_to} / {issued_on} / {hours}"
                        + " / {verify_url}", facts));
    }

    @Test
    void everyDocumentedPlaceholderIsAccepted() {
        String all = "{school} {holder} {programme} {hours} {cohort_from} {cohort_to} {number} {issued_on}"
                + " {signatory_name} {signatory_position} {verify_url} {passed}"
                + " {organisation_details} {city} {year} {lead_name} {lead_position} {grant} {assessment}";
        CertificateLayout layout = CertificateLayout.parse(MINIMAL.replace("\"{holder}\"", "\"" + all + "\""));

        String filled = CertificateLayout.fill(layout.blocks().getFirst().text(), facts());
        assertFalse(filled.contains("{"), filled);
    }

    // ---- refusals ----

    @Test
    void anUnknownPlaceholderIsNamed() {
        refused(MINIMAL.replace("\"{holder}\"", "\"{holder} {holdr}\""), "block #1", "unknown placeholder {holdr}");
    }

    @Test
    void aStrayBraceIsRefused() {
        refused(MINIMAL.replace("\"{holder}\"", "\"{holder} }\""), "block #1", "brace");
    }

    @Test
    void unknownKeysAreNamed() {
        refused(MINIMAL + "colour: red\n", "the layout", "unknown key 'colour'");
        refused(MINIMAL.replace("    size: 12", "    size: 12\n    font: Arial"), "block #2", "unknown key 'font'");
        refused(MINIMAL.replace("size: 30}", "size: 30, margin: 4}"), "qr", "unknown key 'margin'");
    }

    @Test
    void missingRequiredKeysAreNamed() {
        refused(MINIMAL.replace("    y: 20\n", ""), "block #1", "'y' is required");
        refused(MINIMAL.replace("    size: 20\n", ""), "block #1", "'size' is required");
        refused(MINIMAL.replace("  - text: \"{holder}\"\n", "  - x: 10\n"), "block #1", "'text' is required");
        refused(MINIMAL.replace("qr: {x: 240, y: 150, size: 30}", ""), "'qr' is required");
        refused(MINIMAL.replace("{x: 240, ", "{"), "qr", "'x' is required");
        refused("qr: {x: 240, y: 150, size: 30}\n", "'blocks' is required");
        refused(MINIMAL + "border: {width: 2}\n", "border", "'inset' is required");
    }

    @Test
    void valuesOutOfRangeAreNamed() {
        refused(MINIMAL.replace("size: 20", "size: 80"), "block #1", "'size' is 80", "between 6 and 72");
        refused(MINIMAL.replace("size: 20", "size: 5"), "block #1", "'size' is 5");
        refused(MINIMAL.replace("y: 20", "y: -3"), "block #1", "'y' is -3");
        refused(MINIMAL.replace("    y: 20", "    x: 100\n    width: 250\n    y: 20"), "block #1", "right edge");
        refused(MINIMAL.replace("    y: 20", "    x: 200\n    y: 20"), "block #1", "set 'width'");
        refused(MINIMAL.replace("size: 30}", "size: 10}"), "qr", "'size' is 10");
        refused(MINIMAL.replace("x: 240", "x: 280"), "qr", "'x' is 280");
        refused(MINIMAL + "border: {inset: 60}\n", "border", "'inset' is 60");
    }

    @Test
    void aBlockWithoutRoomForOneLineIsRefused() {
        refused(MINIMAL.replace("y: 60", "y: 205"), "block #2", "no room for a line");
        // Block 1 (20 pt, about 8.5 mm a line) would print over block 2, 5 mm below it.
        refused(MINIMAL.replace("y: 60", "y: 25"), "block #1", "no room for a line");
    }

    @Test
    void wrongTypesAreNamed() {
        refused(MINIMAL.replace("y: 20", "y: 12mm"), "block #1", "'y' must be a number");
        refused(MINIMAL.replace("size: 20", "size: 20\n    bold: maybe"), "block #1", "'bold' must be true or false");
        refused(MINIMAL.replace("size: 20", "size: 20\n    align: middle"), "block #1", "'align' is 'middle'");
        refused(MINIMAL.replace("size: 20", "size: 20\n    color: red"), "block #1", "'color' is 'red'");
        refused(MINIMAL.replace("size: 20", "size: 20\n    color: #1F3A5F"), "block #1", "'color' has no value");
        refused("blocks: 3\nqr: {x: 240, y: 150, size: 30}\n", "blocks", "must be a list");
        refused("- just\n- a list\n", "the layout", "mapping");
    }

    @Test
    void theHolderAndTheNumberMustBePrinted() {
        refused(MINIMAL.replace("\"{holder}\"", "\"{programme}\""), "{holder}");
        refused(MINIMAL.replace("№ {number}", "№"), "{number}");
    }

    @Test
    void brokenYamlIsRefused() {
        refused("blocks: [\n", "not valid YAML");
        refused(MINIMAL + "qr: {x: 1, y: 1, size: 20}\n", "not valid YAML", "line 9");
        refused("", "empty");
    }

    @Test
    void aFileThatCannotBeReadIsNamed(@TempDir Path folder) throws Exception {
        Path missing = folder.resolve("missing.yaml");
        LayoutException e = assertThrows(LayoutException.class, () -> CertificateLayout.read(missing));
        assertTrue(e.getMessage().contains("missing.yaml"), e.getMessage());

        Path bad = Files.writeString(folder.resolve("bad.yaml"), MINIMAL.replace("size: 20", "size: 99"));
        e = assertThrows(LayoutException.class, () -> CertificateLayout.read(bad));
        assertTrue(e.getMessage().contains("bad.yaml") && e.getMessage().contains("'size' is 99"), e.getMessage());
    }

    private static void refused(String yaml, String... fragments) {
        LayoutException e = assertThrows(LayoutException.class, () -> CertificateLayout.parse(yaml));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' in: " + e.getMessage());
        }
    }
}
