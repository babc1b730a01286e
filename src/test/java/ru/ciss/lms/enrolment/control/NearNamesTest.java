package ru.ciss.lms.enrolment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.people.OrganisationKind;

/** The near misses the preview offers to correct, and what accepting them does to the rows. */
class NearNamesTest {

    private final DistrictNames districts = new DistrictNames(RosterReaderTest.OMSK_REGION);

    @Test
    void aDoubledLetterIsOneEditAway() {
        assertEquals("Черлакский", districts.suggest("Черлакскийй"));
        assertEquals("Черлакский", districts.suggest("черлакскийй р-н"));
        assertEquals("Крутинский", districts.suggest("Крутинсикй район")); // two neighbours swapped
    }

    @Test
    void yoDoesNotCount() {
        // ё and е are the same letter for the comparison, so «Тёвризский» is an exact... miss of one letter only.
        assertEquals("Тевризский", districts.suggest("Тёвризскй"));
        assertEquals(0, NearNames.distance(Words.district("Тёвризский"), Words.district("Тевризский")));
    }

    @Test
    void farNamesShortNamesAndTiesGetNoSuggestion() {
        assertNull(districts.suggest("Новосибирский"));
        assertNull(districts.suggest("Омскй")); // as near «Омский» as «Омск»: two answers, so none
        assertNull(NearNames.nearest("тара", Map.of("тарa", 1))); // four letters: too short to guess
        assertNull(NearNames.nearest("абвгдежз", Map.of("абвгдежи", "one", "абвгдежк", "two")));
        assertEquals(2, NearNames.allowance(9));
        assertEquals(1, NearNames.allowance(8));
    }

    @Test
    void kindsOfOrganisationToo() {
        assertEquals("бюджетное учреждение", OrganisationKinds.suggest("Бюджетное учрежение"));
        assertEquals("некоммерческая организация", OrganisationKinds.suggest("некомерческая организация"));
        assertNull(OrganisationKinds.suggest("завод"));
    }

    @Test
    void theReaderOffersTheCorrectionAndAcceptingItMakesTheRowsGood() {
        String csv = "Фамилия;Имя;E-mail;Район;Тип организации\r\n"
                + "Иванова;Анна;anna@example.org;Черлакскийй;НКО\r\n"
                + "Петров;Пётр;petr@example.org;Черлакскийй;Бюджетное учрежение\r\n"
                + "Сидоров;Иван;ivan@example.org;Марс;НКО\r\n";
        RosterReader reader = new RosterReader(RosterReaderTest.OMSK_REGION);
        Roster roster = reader.read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Suggestion(2, "district", "Черлакскийй", "Черлакский"),
                new Suggestion(3, "district", "Черлакскийй", "Черлакский"),
                new Suggestion(3, "organisationKind", "Бюджетное учрежение", "бюджетное учреждение")),
                roster.suggestions());
        Corrections accepted = Corrections.NONE.with(roster.suggestions().get(0)).with(roster.suggestions().get(2));
        Roster again = reader.read(csv.getBytes(StandardCharsets.UTF_8), null, null, accepted);
        assertEquals(31, again.rows().get(0).districtId());
        assertEquals(31, again.rows().get(1).districtId());
        assertEquals(OrganisationKind.BUDGET_INSTITUTION, again.rows().get(1).organisationKind());
        assertTrue(again.rows().get(0).problems().isEmpty());
        assertEquals(List.of(again.rows().get(2)), again.rowsWithProblems(), "Марс stays unknown");
        assertTrue(again.partlyAcceptable());
    }
}
