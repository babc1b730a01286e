package ru.ciss.lms.presentations.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plan saved before each programme had its own final-work form (V31): the resource-centre plan's columns read as the
 * answers to the fields of the same meaning in rc-leaders' {@code final_work}. The ids here are those fields' ids;
 * content ids are permanent (content/README.md), so they stay valid. Nothing is dropped: a value with no field in the
 * trainee's programme is still kept with the answers.
 */
public final class LegacyPlan {

    private LegacyPlan() {
    }

    public static LinkedHashMap<String, Object> answers(String hostOrganisation, HostKind hostKind, String targetGroups,
            String growthPoints, List<PlanParts.Service> services, String partners, List<PlanParts.Funding> funding,
            List<PlanParts.Milestone> milestones) {
        LinkedHashMap<String, Object> answers = new LinkedHashMap<>();
        put(answers, "host", hostOrganisation);
        put(answers, "host-kind", hostKind == null ? null : optionId(hostKind.name()));
        put(answers, "target-groups", targetGroups);
        put(answers, "growth-points", growthPoints);
        rows(answers, "services", services.stream().map(s -> row("name", s.name, "audience", s.audience,
                "frequency", s.frequency)).toList());
        put(answers, "partners", partners);
        rows(answers, "funding", funding.stream().map(f -> row("source", f.source == null ? null
                : optionId(f.source.name()), "description", f.description, "amount",
                f.amount == null ? null : String.valueOf(f.amount))).toList());
        rows(answers, "milestones", milestones.stream().map(m -> row("month",
                m.month == null ? null : String.valueOf(m.month), "text", m.text)).toList());
        return answers;
    }

    /** ADMINISTRATION_COMMITTEE → administration-committee: the option ids the form gives the old values. */
    static String optionId(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void put(Map<String, Object> answers, String id, String value) {
        String text = Answers.strip(value);
        if (text != null) {
            answers.put(id, text);
        }
    }

    private static void rows(Map<String, Object> answers, String id, List<LinkedHashMap<String, String>> rows) {
        ArrayList<Map<String, String>> kept = new ArrayList<>(rows.stream().filter(r -> !r.isEmpty()).toList());
        if (!kept.isEmpty()) {
            answers.put(id, kept);
        }
    }

    private static LinkedHashMap<String, String> row(String... columnsAndValues) {
        LinkedHashMap<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            String text = Answers.strip(columnsAndValues[i + 1]);
            if (text != null) {
                row.put(columnsAndValues[i], text);
            }
        }
        return row;
    }
}
