package ru.ciss.lms.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.course.boundary.CohortViews.CohortChoice;

/**
 * An address without {@code ?cohort=} on a reading page: the graduate enrolled again reads in the open cohort without
 * being asked, and a graduate of a finished cohort only still reads in that one. (The paths that redirect or answer
 * «not found» need a Faces request and are walked in SeveralCohortsBrowserIT and CohortLifecycleIT.)
 */
class CohortAddressTest {

    private static final CohortChoice FINISHED = new CohortChoice(1, "Осень 2025", "Школа", true);
    private static final CohortChoice OPEN = new CohortChoice(2, "Весна 2026", "Школа", false);

    @Test
    void anAddressWithoutACohortMeansTheOpenOneWhenThereIsAFinishedOneToo() throws Exception {
        assertEquals(2L, CohortAddress.resolve(null, List.of(FINISHED, OPEN), "/study/lesson.xhtml?id=5", false)
                .cohortId());
        assertEquals(2L, CohortAddress.resolve(" ", List.of(OPEN, FINISHED), "/study/lesson.xhtml?id=5", false)
                .cohortId());
    }

    @Test
    void aGraduateWithOnlyTheFinishedCohortReadsInIt() throws Exception {
        assertEquals(1L, CohortAddress.resolve(null, List.of(FINISHED), "/study/lesson.xhtml?id=5", false).cohortId());
    }

    @Test
    void anAddressNamingTheFinishedCohortKeepsIt() throws Exception {
        assertEquals(1L, CohortAddress.resolve("1", List.of(FINISHED, OPEN), "/study/lesson.xhtml?id=5", false)
                .cohortId());
    }
}
