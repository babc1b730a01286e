package ru.ciss.lms.enrolment.control;

import java.util.HashMap;
import java.util.Map;
import ru.ciss.lms.people.OrganisationKind;

/**
 * Finds the kind of organisation by the words districts use for it. Besides the enum names, the application's own
 * Russian and English texts are accepted, so a file exported from the system can be uploaded again.
 */
final class OrganisationKinds {

    private static final Map<String, OrganisationKind> BY_NAME = new HashMap<>();
    /** Normalised Russian names to the name as the preview offers it; English and enum names are not offered. */
    private static final Map<String, String> SUGGESTABLE = new HashMap<>();

    static {
        for (OrganisationKind kind : OrganisationKind.values()) {
            add(kind, kind.name());
        }
        add(OrganisationKind.BUDGET_INSTITUTION, "бюджетное учреждение", "учреждение", "муниципальное учреждение",
                "бюджетное", "budget institution");
        add(OrganisationKind.NGO, "нко", "некоммерческая организация", "общественная организация", "ано");
        add(OrganisationKind.SOCIAL_ENTERPRISE, "социальное предприятие", "предприятие", "ип", "social enterprise");
        add(OrganisationKind.LOCAL_ADMINISTRATION, "администрация", "администрация района", "администрация поселения",
                "администрация района или поселения", "орган местного самоуправления",
                "district or settlement administration");
        add(OrganisationKind.OTHER, "другое", "иное", "прочее", "other");
    }

    private OrganisationKinds() {
    }

    private static void add(OrganisationKind kind, String... names) {
        for (String name : names) {
            BY_NAME.put(Words.label(name), kind);
            if (name.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
                SUGGESTABLE.put(Words.label(name), name);
            }
        }
    }

    /** The kind, or null when the words are not one of the known names. */
    static OrganisationKind find(String written) {
        return BY_NAME.get(Words.label(written));
    }

    /** The known name the words are a near miss of («бюджетное учреждениее» → «бюджетное учреждение»), or null. */
    static String suggest(String written) {
        return NearNames.nearest(Words.label(written), SUGGESTABLE);
    }
}
