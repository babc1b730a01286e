package ru.ciss.lms.presentations.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Automatic allocation of mentors to the trainees' final presentations of one cohort.
 *
 * <p>Rules:
 * <ul>
 * <li>each presentation is topped up to {@code perPresentation} mentors; mentors already on it (allocated by hand)
 * count towards that number and are never removed, and nobody is put on one presentation twice;</li>
 * <li>a mentor never scores a trainee of the same organisation, and, when the cohort asks for it, not one of the
 * same district either; an unknown (null) organisation or district never conflicts, since nothing says the two
 * are related;</li>
 * <li>the presentations with the fewest eligible mentors are served first, so that a mentor who is the only fit
 * somewhere is not first loaded up with presentations that others could have taken;</li>
 * <li>each place goes to the eligible mentor with the lowest load (their {@code currentLoad} plus what this run
 * has added so far), ties to the lowest id.</li>
 * </ul>
 * The result depends only on the data, not on the order of the input lists: presentations with the same number
 * of eligible mentors are taken by ascending id. When all mentors are eligible for the same presentations and
 * start with equal loads, their loads afterwards differ by at most one.
 */
public final class MentorAllocation {

    /** A trainee's presentation with the trainee's organisation and district, and the mentors already on it. */
    public record Presentation(long id, Long organisationId, Integer districtId, Set<Long> allocatedMentorIds) {

        public Presentation {
            // Set.copyOf refuses nulls and detaches the record from the caller's set.
            allocatedMentorIds = Set.copyOf(Objects.requireNonNull(allocatedMentorIds, "allocatedMentorIds"));
        }
    }

    /**
     * A mentor of the cohort.
     *
     * @param currentLoad the number of presentations of this cohort already allocated to the mentor
     */
    public record Mentor(long id, Long organisationId, Integer districtId, int currentLoad) {

        public Mentor {
            if (currentLoad < 0) {
                throw new IllegalArgumentException("The load of mentor " + id + " cannot be negative: "
                        + currentLoad);
            }
        }
    }

    /**
     * What the run decided, both maps keyed and iterated by ascending presentation id.
     *
     * @param added   the mentors newly put on each presentation, in the order they were chosen; only
     *                presentations that got at least one
     * @param shortBy how many mentors each presentation still lacks because too few eligible mentors were left;
     *                only presentations that lack any
     */
    public record Plan(Map<Long, List<Long>> added, Map<Long, Integer> shortBy) {

        public Plan {
            Map<Long, List<Long>> addedCopy = new TreeMap<>();
            added.forEach((presentation, mentors) -> addedCopy.put(presentation, List.copyOf(mentors)));
            added = Collections.unmodifiableMap(addedCopy);
            shortBy = Collections.unmodifiableMap(new TreeMap<>(shortBy));
        }
    }

    private MentorAllocation() {
    }

    /**
     * Tops every presentation up to {@code perPresentation} mentors.
     *
     * @throws IllegalArgumentException when {@code perPresentation} is below 1, or a presentation or mentor id
     *                                  appears twice
     */
    public static Plan allocate(List<Presentation> presentations, List<Mentor> mentors, int perPresentation,
                                boolean excludeSameDistrict) {
        Objects.requireNonNull(presentations, "presentations");
        Objects.requireNonNull(mentors, "mentors");
        if (perPresentation < 1) {
            throw new IllegalArgumentException("perPresentation must be at least 1, was " + perPresentation);
        }
        requireUniqueIds(presentations.stream().map(Presentation::id).toList(), "presentation");
        requireUniqueIds(mentors.stream().map(Mentor::id).toList(), "mentor");

        Map<Presentation, List<Mentor>> eligible = new LinkedHashMap<>();
        for (Presentation presentation : presentations) {
            if (presentation.allocatedMentorIds().size() < perPresentation) {
                eligible.put(presentation, mentors.stream()
                        .filter(m -> !presentation.allocatedMentorIds().contains(m.id()))
                        .filter(m -> !conflicts(presentation, m, excludeSameDistrict))
                        .toList());
            }
        }
        // Eligibility does not depend on loads, so one ordering up front serves the whole run.
        List<Presentation> order = new ArrayList<>(eligible.keySet());
        order.sort(Comparator.<Presentation>comparingInt(p -> eligible.get(p).size())
                .thenComparingLong(Presentation::id));

        Map<Long, Integer> load = new HashMap<>();
        mentors.forEach(m -> load.put(m.id(), m.currentLoad()));
        Comparator<Mentor> lightestFirst = Comparator.<Mentor>comparingInt(m -> load.get(m.id()))
                .thenComparingLong(Mentor::id);

        Map<Long, List<Long>> added = new HashMap<>();
        Map<Long, Integer> shortBy = new HashMap<>();
        for (Presentation presentation : order) {
            int wanted = perPresentation - presentation.allocatedMentorIds().size();
            List<Mentor> candidates = new ArrayList<>(eligible.get(presentation));
            List<Long> chosen = new ArrayList<>();
            // One place at a time, re-reading the loads, so two places of one presentation are not both given
            // by a single stale ranking.
            while (chosen.size() < wanted && !candidates.isEmpty()) {
                Mentor lightest = Collections.min(candidates, lightestFirst);
                candidates.remove(lightest);
                chosen.add(lightest.id());
                load.merge(lightest.id(), 1, Integer::sum);
            }
            if (!chosen.isEmpty()) {
                added.put(presentation.id(), chosen);
            }
            if (chosen.size() < wanted) {
                shortBy.put(presentation.id(), wanted - chosen.size());
            }
        }
        return new Plan(added, shortBy);
    }

    /**
     * Whether the mentor must not score the presentation: the same known organisation, or, with
     * {@code excludeSameDistrict}, the same known district.
     */
    public static boolean conflicts(Presentation p, Mentor m, boolean excludeSameDistrict) {
        if (p.organisationId() != null && p.organisationId().equals(m.organisationId())) {
            return true;
        }
        return excludeSameDistrict && p.districtId() != null && p.districtId().equals(m.districtId());
    }

    private static void requireUniqueIds(List<Long> ids, String kind) {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("The " + kind + " id " + id + " appears twice");
            }
        }
    }
}
