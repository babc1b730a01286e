package ru.ciss.lms.enrolment.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds a district by the name a file uses for it: its Russian or English name or its code, with or without
 * "район" / "р-н" / "г.", or just the first word of its Russian name when no other district starts with that word
 * ("Азовский" for "Азовский немецкий национальный район"). A name that fits two districts finds none.
 */
final class DistrictNames {

    private final Map<String, Set<Integer>> byName = new HashMap<>();
    private final Map<String, Set<Integer>> byFirstWord = new HashMap<>();
    /** Normalised Russian and English names (not codes: too short to guess) to the Russian name offered instead. */
    private final Map<String, String> suggestable = new HashMap<>();

    DistrictNames(Collection<KnownDistrict> districts) {
        for (KnownDistrict d : districts) {
            for (String name : new String[] {d.nameRu(), d.nameEn(), d.code()}) {
                if (name != null && !name.isBlank()) {
                    byName.computeIfAbsent(Words.district(name), k -> new HashSet<>()).add(d.id());
                }
            }
            for (String name : new String[] {d.nameRu(), d.nameEn()}) {
                if (name != null && !name.isBlank() && d.nameRu() != null) {
                    // Offered as people write it («Черлакский»); it is found again by the same lookup.
                    suggestable.put(Words.district(name), d.nameRu().endsWith(" район")
                            ? d.nameRu().substring(0, d.nameRu().length() - " район".length()) : d.nameRu());
                }
            }
            if (d.nameRu() != null && !d.nameRu().isBlank()) {
                String firstWord = Words.district(d.nameRu()).split(" ", 2)[0];
                byFirstWord.computeIfAbsent(firstWord, k -> new HashSet<>()).add(d.id());
            }
        }
    }

    /** The district's id, or null when the name fits no district or more than one. */
    Integer find(String written) {
        String name = Words.district(written);
        Set<Integer> ids = byName.get(name);
        if (ids == null) {
            ids = byFirstWord.get(name);
        }
        return ids != null && ids.size() == 1 ? ids.iterator().next() : null;
    }

    /** The Russian name of the one district the name is a near miss of («Черлакскийй» → «Черлакский»), or null. */
    String suggest(String written) {
        return NearNames.nearest(Words.district(written), suggestable);
    }
}
