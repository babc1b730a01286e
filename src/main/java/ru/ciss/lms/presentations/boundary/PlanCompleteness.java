package ru.ciss.lms.presentations.boundary;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.course.FinalWorkForm;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.presentations.entity.Presentation;

/**
 * What a plan must have before it can be submitted, and what no plan can hold, by the form of the programme's final
 * work (content/README.md, {@code final_work}); each problem is named with its field, so the trainee sees all at once.
 */
public final class PlanCompleteness {

    private PlanCompleteness() {
    }

    /** A text field without its own limit holds as much as a TEXT column may (the import always sets one). */
    static final int DEFAULT_TEXT = 300;
    static final int MAX_ROWS = FinalWorkForm.MAX_ROWS;

    /** The parts every final work has besides its form's fields. */
    public static final String DISTRICT = "district";
    public static final String SLIDES = "slides";

    private static final String TOO_LONG = "presentation.invalid.tooLong";

    /** Problems that refuse even a draft: values no plan can hold. Message keys, each kind once. */
    public static List<String> invalid(Presentation.Plan plan) {
        return problems(plan).stream().map(RefusedException.Problem::messageKey).distinct().toList();
    }

    /**
     * Every value no plan can hold, each with the field it is in (the form's ids: {@code "funding:2:amount"}), so
     * the trainee sees all of them at once, each next to its row. Rows are numbered as the plan lists them.
     */
    public static List<RefusedException.Problem> problems(Presentation.Plan plan) {
        List<RefusedException.Problem> problems = new ArrayList<>();
        for (FinalWorkForm.Field field : plan.form().fields) {
            if (field.kind == FinalWorkForm.Kind.ROWS) {
                List<Map<String, String>> rows = plan.rows(field.id);
                if (rows.size() > MAX_ROWS) {
                    problems.add(new RefusedException.Problem(field.id, TOO_LONG));
                    continue;
                }
                for (int i = 0; i < rows.size(); i++) {
                    for (FinalWorkForm.Field column : field.columns) {
                        value(problems, field.id + ":" + i + ":" + column.id, column, rows.get(i).get(column.id));
                    }
                }
            } else {
                value(problems, field.id, field, plan.text(field.id));
            }
        }
        if (plan.videoUrl() != null && !plan.videoUrl().isBlank() && !isWebLink(plan.videoUrl().strip())) {
            problems.add(new RefusedException.Problem("video", "presentation.invalid.video"));
        }
        return problems;
    }

    private static void value(List<RefusedException.Problem> problems, String at, FinalWorkForm.Field field,
            String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        switch (field.kind) {
            case TEXT, TEXTAREA -> {
                if (value.length() > (field.maxLength == null ? DEFAULT_TEXT : field.maxLength)) {
                    problems.add(new RefusedException.Problem(at, TOO_LONG));
                }
            }
            case NUMBER -> {
                Long number = number(value);
                if (number == null || (field.min != null && number < field.min)
                        || (field.max != null && number > field.max)) {
                    problems.add(new RefusedException.Problem(at, "presentation.invalid.number",
                            grouped(field.min), grouped(field.max)));
                }
            }
            case CHOICE -> {
                if (field.option(value) == null) {
                    problems.add(new RefusedException.Problem(at, "presentation.invalid.choice"));
                }
            }
            default -> problems.add(new RefusedException.Problem(at, TOO_LONG));
        }
    }

    /** A whole number as the form stores it (digits, maybe a minus), or null. */
    static Long number(String value) {
        try {
            return value.strip().matches("-?[0-9]{1,18}") ? Long.parseLong(value.strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String grouped(Long n) {
        return n == null ? "" : String.format(java.util.Locale.forLanguageTag("ru"), "%,d", n).replace('\u00a0', ' ');
    }

    /**
     * Parts missing for a submission, in the order of the form: {@link #DISTRICT}, the id of each required field left
     * empty (a table needs a row with every required column filled), {@link #SLIDES}.
     */
    public static List<String> missing(Presentation.Plan plan, boolean hasSlides) {
        List<String> missing = new ArrayList<>();
        if (plan.districtId() == null) {
            missing.add(DISTRICT);
        }
        for (FinalWorkForm.Field field : plan.form().fields) {
            if (!field.required) {
                continue;
            }
            boolean given = field.kind == FinalWorkForm.Kind.ROWS
                    ? plan.rows(field.id).stream().anyMatch(r -> field.columns.stream()
                            .allMatch(c -> !c.required || !blank(r.get(c.id))))
                    : !blank(plan.text(field.id));
            if (!given) {
                missing.add(field.id);
            }
        }
        if (!hasSlides) {
            missing.add(SLIDES);
        }
        return missing;
    }

    static boolean isWebLink(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && url.length() <= 500;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
