package ru.ciss.lms.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.outcomes.entity.FundsSource;
import ru.ciss.lms.outcomes.entity.LegalForm;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.outcomes.entity.OutcomeKind;

class OutcomeRulesTest {

    private static final LocalDate START = LocalDate.of(2018, 3, 5);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aCompleteResourceCentrePasses() {
        assertEquals(Optional.empty(), check(centre("Нижнеомский ресурсный центр", LocalDate.of(2018, 8, 27))));
    }

    @Test
    void datesBeforeTheCohortOrInTheFutureAreRefused() {
        assertEquals("outcomes.refused.beforeCohort", key(centre("Центр", START.minusDays(1))));
        assertEquals("05.03.2018", check(centre("Центр", START.minusDays(1))).orElseThrow().args()[0],
                "the message shows the start as Russians write dates");
        assertEquals("outcomes.refused.future", key(centre("Центр", TODAY.plusDays(1))));
        assertEquals(Optional.empty(), check(centre("Центр", START)), "the first day of training counts");
        assertEquals("outcomes.refused.date", key(centre("Центр", null)));
    }

    @Test
    void negativeZeroAndAbsurdAmountsAreRefused() {
        for (long amount : new long[] {-500_000, 0, OutcomeRules.MAX_ROUBLES + 1}) {
            assertEquals("outcomes.refused.amount", key(funds(amount)), "amount " + amount);
        }
        assertEquals(Optional.empty(), check(funds(7_746_500)));
        assertEquals(Optional.empty(), check(funds(OutcomeRules.MAX_ROUBLES)));
        assertEquals("outcomes.refused.source", key(new Outcome.Facts(OutcomeKind.FUNDS, START.plusMonths(6), null,
                null, null, null, null, null, 100_000L, null)));
    }

    @Test
    void eachKindNeedsItsOwnFields() {
        LocalDate on = START.plusMonths(5);
        assertEquals("outcomes.refused.host", key(new Outcome.Facts(OutcomeKind.RESOURCE_CENTRE, on, 31, "Центр", " ",
                LegalForm.AUTONOMOUS_NONPROFIT, null, null, null, null)));
        assertEquals("outcomes.refused.district", key(new Outcome.Facts(OutcomeKind.RESOURCE_CENTRE, on, null, "Центр",
                "АНО", LegalForm.AUTONOMOUS_NONPROFIT, null, null, null, null)));
        assertEquals("outcomes.refused.organisationForm", key(new Outcome.Facts(OutcomeKind.ORGANISATION, on, null,
                "МБУ «Дом культуры»", null, LegalForm.MUNICIPAL_INSTITUTION, null, null, null, null)),
                "only NGOs and small businesses count as registered organisations");
        for (LegalForm notCounted : new LegalForm[] {LegalForm.LOCAL_GOVERNMENT, LegalForm.STATE_INSTITUTION,
                LegalForm.INFORMAL_GROUP, LegalForm.OTHER}) {
            assertEquals("outcomes.refused.organisationForm", key(new Outcome.Facts(OutcomeKind.ORGANISATION, on, null,
                    "Что-то", null, notCounted, null, null, null, null)), notCounted.name());
        }
        for (LegalForm counted : new LegalForm[] {LegalForm.PUBLIC_ORGANISATION, LegalForm.FOUNDATION,
                LegalForm.TERRITORIAL_SELF_GOV, LegalForm.LLC, LegalForm.SOLE_TRADER, LegalForm.PEASANT_FARM}) {
            assertEquals(Optional.empty(), check(new Outcome.Facts(OutcomeKind.ORGANISATION, on, null,
                    "Что-то", null, counted, null, null, null, null)), counted.name());
        }
        assertEquals("outcomes.refused.audience", key(new Outcome.Facts(OutcomeKind.SERVICE, on, null, "Социальное такси",
                null, null, null, null, null, null)));
        assertEquals("outcomes.refused.people", key(new Outcome.Facts(OutcomeKind.EVENT, on, null, "Форум", null, null,
                null, null, null, -3)));
        assertEquals("outcomes.refused.kind", key(new Outcome.Facts(null, on, null, "x", null, null, null, null, null, null)));
        assertEquals("outcomes.refused.tooLong", key(new Outcome.Facts(OutcomeKind.SERVICE, on, null, "у".repeat(301),
                null, null, "все", null, null, null)));
    }

    @Test
    void everyProblemComesAtOnceWithItsField() {
        Outcome.Facts centre = new Outcome.Facts(OutcomeKind.RESOURCE_CENTRE, TODAY.plusDays(3), null, " ",
                "x".repeat(301), null, null, null, null, null);
        assertEquals(List.of("date=outcomes.refused.future", "host=outcomes.refused.tooLong",
                        "name=outcomes.refused.name", "district=outcomes.refused.district", "form=outcomes.refused.legalForm"),
                OutcomeRules.all(centre, START, TODAY).stream().map(p -> p.field() + "=" + p.messageKey()).toList());
        assertEquals("outcomes.refused.future", key(centre), "the first is still the first of the form");
    }

    @Test
    void evidenceLinksAreWebAddressesOnly() {
        assertTrue(OutcomeRules.isWebLink("https://omsk-nko.example.org/news/1"));
        assertTrue(OutcomeRules.isWebLink("http://район.рф/новости"));
        assertFalse(OutcomeRules.isWebLink("javascript:alert(1)"));
        assertFalse(OutcomeRules.isWebLink("data:text/html,<script>alert(1)</script>"));
        assertFalse(OutcomeRules.isWebLink("ftp://example.org/file"));
        assertFalse(OutcomeRules.isWebLink("просто текст"));
        assertFalse(OutcomeRules.isWebLink("https://example.org/" + "a".repeat(500)));
    }

    private static Outcome.Facts centre(String name, LocalDate on) {
        return new Outcome.Facts(OutcomeKind.RESOURCE_CENTRE, on, 31, name, "АНО «Нижнеомский ресурсный центр»",
                LegalForm.AUTONOMOUS_NONPROFIT, null, null, null, null);
    }

    private static Outcome.Facts funds(long roubles) {
        return new Outcome.Facts(OutcomeKind.FUNDS, START.plusMonths(9), null, "Фонд президентских грантов", null, null,
                null, FundsSource.GRANT, roubles, null);
    }

    private static Optional<OutcomeRules.Problem> check(Outcome.Facts facts) {
        return OutcomeRules.check(facts, START, TODAY);
    }

    private static String key(Outcome.Facts facts) {
        return check(facts).map(OutcomeRules.Problem::key).orElse("none");
    }
}
