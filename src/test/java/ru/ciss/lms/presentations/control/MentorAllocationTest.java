package ru.ciss.lms.presentations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.presentations.control.MentorAllocation.Mentor;
import ru.ciss.lms.presentations.control.MentorAllocation.Plan;
import ru.ciss.lms.presentations.control.MentorAllocation.Presentation;

class MentorAllocationTest {

    private static Presentation presentation(long id, Long organisation, Integer district, Long... allocated) {
        return new Presentation(id, organisation, district, Set.of(allocated));
    }

    private static Mentor mentor(long id, Long organisation, Integer district) {
        return new Mentor(id, organisation, district, 0);
    }

    /** Each mentor's load after the plan: the load it started with plus the presentations added. */
    private static Map<Long, Integer> loadsAfter(List<Mentor> mentors, Plan plan) {
        Map<Long, Integer> loads = new HashMap<>();
        mentors.forEach(m -> loads.put(m.id(), m.currentLoad()));
        plan.added().values().forEach(ids -> ids.forEach(id -> loads.merge(id, 1, Integer::sum)));
        return loads;
    }

    @Test
    void aMentorOfTheTraineesOrganisationConflicts() {
        Presentation p = presentation(1, 10L, 5);
        assertTrue(MentorAllocation.conflicts(p, mentor(1, 10L, 7), false));
        assertTrue(MentorAllocation.conflicts(p, mentor(1, 10L, 7), true));
        assertFalse(MentorAllocation.conflicts(p, mentor(1, 11L, 7), false));
    }

    @Test
    void theSameDistrictConflictsOnlyWhenTheCohortAsks() {
        Presentation p = presentation(1, 10L, 5);
        Mentor sameDistrict = mentor(1, 11L, 5);
        assertFalse(MentorAllocation.conflicts(p, sameDistrict, false));
        assertTrue(MentorAllocation.conflicts(p, sameDistrict, true));
        assertFalse(MentorAllocation.conflicts(p, mentor(2, 11L, 6), true));
    }

    @Test
    void unknownOrganisationsAndDistrictsNeverConflict() {
        assertFalse(MentorAllocation.conflicts(presentation(1, null, null), mentor(1, null, null), true));
        assertFalse(MentorAllocation.conflicts(presentation(1, null, null), mentor(1, 10L, 5), true));
        assertFalse(MentorAllocation.conflicts(presentation(1, 10L, 5), mentor(1, null, null), true));
    }

    @Test
    void allocationSkipsMentorsOfTheSameOrganisation() {
        List<Presentation> presentations = List.of(presentation(1, 10L, 5), presentation(2, 20L, 5));
        List<Mentor> mentors = List.of(mentor(1, 10L, 5), mentor(2, 20L, 5), mentor(3, 30L, 5));
        Plan plan = MentorAllocation.allocate(presentations, mentors, 2, false);
        assertEquals(List.of(2L, 3L), plan.added().get(1L));
        assertEquals(List.of(1L, 3L), plan.added().get(2L));
        assertTrue(plan.shortBy().isEmpty());
    }

    @Test
    void allocationSkipsMentorsOfTheSameDistrictOnlyWhenAsked() {
        List<Presentation> presentations = List.of(presentation(1, 10L, 5));
        List<Mentor> mentors = List.of(mentor(1, 20L, 5), mentor(2, 30L, 6), mentor(3, 40L, 7));
        assertEquals(List.of(1L, 2L), MentorAllocation.allocate(presentations, mentors, 2, false).added().get(1L));
        assertEquals(List.of(2L, 3L), MentorAllocation.allocate(presentations, mentors, 2, true).added().get(1L));
    }

    @Test
    void thirtyPresentationsOverSevenMentorsGetEightOrNineEach() {
        List<Presentation> presentations = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            presentations.add(presentation(id, 100 + id, null));
        }
        List<Mentor> mentors = new ArrayList<>();
        for (long id = 1; id <= 7; id++) {
            mentors.add(mentor(id, 200 + id, null));
        }
        Plan plan = MentorAllocation.allocate(presentations, mentors, 2, true);

        assertEquals(30, plan.added().size());
        plan.added().values().forEach(ids -> {
            assertEquals(2, ids.size());
            assertNotEquals(ids.get(0), ids.get(1));
        });
        assertTrue(plan.shortBy().isEmpty());
        Map<Long, Integer> loads = loadsAfter(mentors, plan);
        // 60 places over 7 mentors: four carry 9, three carry 8, the lowest ids first since ties go to them.
        assertEquals(Map.of(1L, 9, 2L, 9, 3L, 9, 4L, 9, 5L, 8, 6L, 8, 7L, 8), loads);
    }

    @Test
    void existingLoadsAreEvenedOut() {
        // Mentor 1 already has 3 presentations of this cohort: the 4 new places go to the others first.
        List<Mentor> mentors = List.of(new Mentor(1, null, null, 3), new Mentor(2, null, null, 0),
                new Mentor(3, null, null, 1));
        List<Presentation> presentations = List.of(presentation(1, null, null), presentation(2, null, null));
        Plan plan = MentorAllocation.allocate(presentations, mentors, 2, false);
        assertEquals(List.of(2L, 3L), plan.added().get(1L));
        assertEquals(List.of(2L, 3L), plan.added().get(2L));
        assertEquals(Map.of(1L, 3, 2L, 2, 3L, 3), loadsAfter(mentors, plan));
    }

    @Test
    void aHalfAllocatedPresentationIsOnlyToppedUp() {
        List<Presentation> presentations = List.of(
                presentation(1, null, null, 1L),          // one of two by hand
                presentation(2, null, null, 1L, 2L),      // complete
                presentation(3, null, null, 1L, 2L, 3L)); // more than wanted: left alone, nobody removed
        List<Mentor> mentors = List.of(new Mentor(1, null, null, 3), new Mentor(2, null, null, 2),
                new Mentor(3, null, null, 1));
        Plan plan = MentorAllocation.allocate(presentations, mentors, 2, false);
        // Mentor 1 is already on presentation 1, so the lightest other mentor is added.
        assertEquals(Map.of(1L, List.of(3L)), plan.added());
        assertTrue(plan.shortBy().isEmpty());
    }

    @Test
    void aHandAllocatedMentorIsNotAddedAgainEvenWhenLightest() {
        List<Presentation> presentations = List.of(presentation(1, null, null, 1L));
        List<Mentor> mentors = List.of(mentor(1, null, null), mentor(2, null, null));
        Plan plan = MentorAllocation.allocate(presentations, mentors, 3, false);
        assertEquals(List.of(2L), plan.added().get(1L));
        assertEquals(Map.of(1L, 1), plan.shortBy());
    }

    @Test
    void aScarceMentorGoesWhereOnlyTheyFit() {
        // Mentor 1 is of organisation 10, so presentations 3 and 4 can only have mentor 2. Presentations 1 and 2
        // could have either. Served in id order they would take one mentor each and mentor 2 would end with 3
        // presentations against 1; served after the scarce ones, they find mentor 2 busy and take mentor 1.
        List<Presentation> presentations = List.of(presentation(1, 20L, null), presentation(2, 30L, null),
                presentation(3, 10L, null), presentation(4, 10L, null));
        List<Mentor> mentors = List.of(mentor(1, 10L, null), mentor(2, 40L, null));
        Plan plan = MentorAllocation.allocate(presentations, mentors, 1, false);
        assertEquals(Map.of(1L, List.of(1L), 2L, List.of(1L), 3L, List.of(2L), 4L, List.of(2L)), plan.added());
        assertEquals(Map.of(1L, 2, 2L, 2), loadsAfter(mentors, plan));
    }

    @Test
    void theOnlyEligibleMentorIsGivenEvenToAPresentationOfHigherId() {
        // With a lower starting load, mentor 2 would be everybody's first choice; presentation 9 has only mentor 2
        // and gets them, and the flexible presentations 1 and 2 are balanced around it.
        List<Presentation> presentations = List.of(presentation(1, null, null), presentation(2, null, null),
                presentation(9, 10L, null));
        List<Mentor> mentors = List.of(new Mentor(1, 10L, null, 1), new Mentor(2, 20L, null, 0));
        Plan plan = MentorAllocation.allocate(presentations, mentors, 1, false);
        assertEquals(List.of(2L), plan.added().get(9L));
        assertEquals(Map.of(1L, 2, 2L, 2), loadsAfter(mentors, plan));
    }

    @Test
    void shortByCountsThePlacesNoEligibleMentorCouldFill() {
        List<Presentation> presentations = List.of(
                presentation(1, 10L, 5),
                presentation(2, 10L, 6),
                presentation(3, 30L, 7, 2L));
        // Presentations 1 and 2 share organisation 10 with mentor 1; district 5 excludes mentor 2 from 1 too.
        List<Mentor> mentors = List.of(mentor(1, 10L, 9), mentor(2, 20L, 5), mentor(3, 30L, 8));
        Plan plan = MentorAllocation.allocate(presentations, mentors, 3, true);
        assertEquals(Map.of(1L, List.of(3L), 2L, List.of(2L, 3L), 3L, List.of(1L)), plan.added());
        assertEquals(Map.of(1L, 2, 2L, 1, 3L, 1), plan.shortBy());
    }

    @Test
    void aPresentationWithoutAnyEligibleMentorIsShortByAllPlaces() {
        Plan plan = MentorAllocation.allocate(List.of(presentation(1, 10L, null)), List.of(mentor(1, 10L, null)),
                2, false);
        assertTrue(plan.added().isEmpty());
        assertEquals(Map.of(1L, 2), plan.shortBy());

        Plan noMentors = MentorAllocation.allocate(List.of(presentation(1, 10L, null)), List.of(), 2, false);
        assertEquals(Map.of(1L, 2), noMentors.shortBy());
    }

    @Test
    void nothingToAllocateGivesAnEmptyPlan() {
        Plan plan = MentorAllocation.allocate(List.of(), List.of(mentor(1, null, null)), 2, false);
        assertTrue(plan.added().isEmpty());
        assertTrue(plan.shortBy().isEmpty());
    }

    @Test
    void theInputIsNotChanged() {
        Set<Long> handAllocated = new HashSet<>(Set.of(1L));
        List<Presentation> presentations = new ArrayList<>(List.of(
                new Presentation(1, 10L, 5, handAllocated), presentation(2, 20L, 6)));
        List<Mentor> mentors = new ArrayList<>(List.of(mentor(3, 30L, 7), mentor(1, 40L, 8), mentor(2, 50L, 9)));
        List<Presentation> presentationsBefore = List.copyOf(presentations);
        List<Mentor> mentorsBefore = List.copyOf(mentors);

        MentorAllocation.allocate(presentations, mentors, 2, true);

        assertEquals(presentationsBefore, presentations);
        assertEquals(mentorsBefore, mentors);
        assertEquals(Set.of(1L), handAllocated);
        // The record keeps its own copy, so a later change of the caller's set does not reach it.
        handAllocated.add(2L);
        assertEquals(Set.of(1L), presentations.get(0).allocatedMentorIds());
    }

    @Test
    void thePlanCannotBeChangedAfterwards() {
        Plan plan = MentorAllocation.allocate(List.of(presentation(1, null, null), presentation(2, 10L, null)),
                List.of(mentor(1, 10L, null)), 1, false);
        assertThrows(UnsupportedOperationException.class, () -> plan.added().put(9L, List.of()));
        assertThrows(UnsupportedOperationException.class, () -> plan.added().get(1L).add(5L));
        assertThrows(UnsupportedOperationException.class, () -> plan.shortBy().clear());
    }

    @Test
    void theSameDataGiveTheSamePlanInWhateverOrder() {
        Random random = new Random(20260312);
        List<Presentation> presentations = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            presentations.add(presentation(id, (long) random.nextInt(6), random.nextInt(4)));
        }
        List<Mentor> mentors = new ArrayList<>();
        for (long id = 1; id <= 9; id++) {
            mentors.add(new Mentor(id, (long) random.nextInt(6), random.nextInt(4), random.nextInt(3)));
        }
        Plan first = MentorAllocation.allocate(presentations, mentors, 2, true);
        assertEquals(first, MentorAllocation.allocate(presentations, mentors, 2, true));

        Collections.shuffle(presentations, random);
        Collections.shuffle(mentors, random);
        assertEquals(first, MentorAllocation.allocate(presentations, mentors, 2, true));
    }

    @Test
    void aLargerCohortKeepsEveryRule() {
        Random random = new Random(7);
        List<Presentation> presentations = new ArrayList<>();
        for (long id = 1; id <= 60; id++) {
            Set<Long> hand = random.nextInt(5) == 0 ? Set.of(1L + random.nextInt(12)) : Set.of();
            presentations.add(new Presentation(id, random.nextInt(8) == 0 ? null : (long) random.nextInt(5),
                    random.nextInt(3), hand));
        }
        List<Mentor> mentors = new ArrayList<>();
        for (long id = 1; id <= 12; id++) {
            mentors.add(new Mentor(id, (long) random.nextInt(5), random.nextInt(3), 0));
        }
        Map<Long, Mentor> byId = new HashMap<>();
        mentors.forEach(m -> byId.put(m.id(), m));

        Plan plan = MentorAllocation.allocate(presentations, mentors, 3, true);

        for (Presentation p : presentations) {
            List<Long> added = plan.added().getOrDefault(p.id(), List.of());
            assertEquals(added.size(), new HashSet<>(added).size(), "a mentor twice on presentation " + p.id());
            for (Long id : added) {
                assertFalse(p.allocatedMentorIds().contains(id), "hand-allocated mentor added again");
                assertFalse(MentorAllocation.conflicts(p, byId.get(id), true), "conflicting mentor " + id);
            }
            long eligible = mentors.stream().filter(m -> !p.allocatedMentorIds().contains(m.id()))
                    .filter(m -> !MentorAllocation.conflicts(p, m, true)).count();
            int wanted = Math.max(0, 3 - p.allocatedMentorIds().size());
            assertEquals(Math.min(wanted, eligible), added.size(), "presentation " + p.id());
            assertEquals(wanted - added.size(), plan.shortBy().getOrDefault(p.id(), 0));
        }
    }

    @Test
    void fewerThanOneMentorPerPresentationIsRefused() {
        List<Presentation> presentations = List.of(presentation(1, null, null));
        List<Mentor> mentors = List.of(mentor(1, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> MentorAllocation.allocate(presentations, mentors, 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> MentorAllocation.allocate(presentations, mentors, -1, false));
    }

    @Test
    void duplicateIdsAndNegativeLoadsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MentorAllocation.allocate(
                List.of(presentation(1, null, null), presentation(1, 10L, null)), List.of(), 2, false));
        assertThrows(IllegalArgumentException.class, () -> MentorAllocation.allocate(
                List.of(presentation(1, null, null)), List.of(mentor(1, null, null), mentor(1, 10L, null)), 2,
                false));
        assertThrows(IllegalArgumentException.class, () -> new Mentor(1, null, null, -1));
    }
}
