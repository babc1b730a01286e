package ru.ciss.lms.presentations.boundary;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.presentations.entity.PlanParts;
import ru.ciss.lms.presentations.entity.Presentation;

/** What a plan must have before it can be submitted; each missing part is named, so the trainee sees all at once. */
public final class PlanCompleteness {

    /** Amounts above a billion roubles are a typing mistake, not a rural resource centre's budget. */
    static final long MAX_AMOUNT = 1_000_000_000L;

    private PlanCompleteness() {
    }

    /** Longest texts the columns hold; the form says the same with maxlength, but a crafted request need not. */
    static final int SHORT_TEXT = 300;
    static final int FREQUENCY_TEXT = 100;
    static final int MILESTONE_TEXT = 500;
    static final int LONG_TEXT = 5000;
    static final int MAX_ROWS = 20;

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
        longer(problems, "host", plan.hostOrganisation(), SHORT_TEXT);
        longer(problems, "targetGroups", plan.targetGroups(), LONG_TEXT);
        longer(problems, "growthPoints", plan.growthPoints(), LONG_TEXT);
        if (plan.services().size() > MAX_ROWS || plan.funding().size() > MAX_ROWS
                || plan.milestones().size() > MAX_ROWS) {
            problems.add(new RefusedException.Problem(null, TOO_LONG));
        }
        for (int i = 0; i < plan.services().size(); i++) {
            PlanParts.Service s = plan.services().get(i);
            longer(problems, "services:" + i + ":name", s.name, SHORT_TEXT);
            longer(problems, "services:" + i + ":audience", s.audience, SHORT_TEXT);
            longer(problems, "services:" + i + ":frequency", s.frequency, FREQUENCY_TEXT);
        }
        longer(problems, "partners", plan.partners(), LONG_TEXT);
        for (int i = 0; i < plan.funding().size(); i++) {
            PlanParts.Funding f = plan.funding().get(i);
            longer(problems, "funding:" + i + ":description", f.description, SHORT_TEXT);
            if (f.amount != null && (f.amount < 0 || f.amount > MAX_AMOUNT)) {
                problems.add(new RefusedException.Problem("funding:" + i + ":amount", "presentation.invalid.amount"));
            }
        }
        for (int i = 0; i < plan.milestones().size(); i++) {
            PlanParts.Milestone m = plan.milestones().get(i);
            if (m.month != null && (m.month < 1 || m.month > 12)) {
                problems.add(new RefusedException.Problem("milestones:" + i + ":month", "presentation.invalid.month"));
            }
            longer(problems, "milestones:" + i + ":text", m.text, MILESTONE_TEXT);
        }
        if (plan.videoUrl() != null && !plan.videoUrl().isBlank() && !isWebLink(plan.videoUrl().strip())) {
            problems.add(new RefusedException.Problem("video", "presentation.invalid.video"));
        }
        return problems;
    }

    /** The field where each missing part of a submission ({@link #missing}) is filled in. */
    public static String fieldOf(String missingPart) {
        return switch (missingPart) {
            case "presentation.part.district" -> "district";
            case "presentation.part.host" -> "host";
            case "presentation.part.targetGroups" -> "targetGroups";
            case "presentation.part.growthPoints" -> "growthPoints";
            case "presentation.part.services" -> "services:0:name";
            case "presentation.part.partners" -> "partners";
            case "presentation.part.funding" -> "funding:0:source";
            case "presentation.part.milestones" -> "milestones:0:month";
            case "presentation.part.slides" -> "slides";
            default -> null;
        };
    }

    private static final String TOO_LONG = "presentation.invalid.tooLong";

    private static void longer(List<RefusedException.Problem> problems, String field, String s, int max) {
        if (longer(s, max)) {
            problems.add(new RefusedException.Problem(field, TOO_LONG));
        }
    }

    /** Parts missing for a submission. Message keys, in the order of the form. */
    public static List<String> missing(Presentation.Plan plan, boolean hasSlides) {
        List<String> missing = new ArrayList<>();
        if (plan.districtId() == null) {
            missing.add("presentation.part.district");
        }
        if (blank(plan.hostOrganisation()) || plan.hostKind() == null) {
            missing.add("presentation.part.host");
        }
        if (blank(plan.targetGroups())) {
            missing.add("presentation.part.targetGroups");
        }
        if (blank(plan.growthPoints())) {
            missing.add("presentation.part.growthPoints");
        }
        if (plan.services().stream().noneMatch(s -> !blank(s.name) && !blank(s.audience) && !blank(s.frequency))) {
            missing.add("presentation.part.services");
        }
        if (blank(plan.partners())) {
            missing.add("presentation.part.partners");
        }
        if (plan.funding().stream().noneMatch(f -> f.source != null && f.amount != null && f.amount > 0)) {
            missing.add("presentation.part.funding");
        }
        if (plan.milestones().stream().noneMatch(m -> m.month != null && !blank(m.text))) {
            missing.add("presentation.part.milestones");
        }
        if (!hasSlides) {
            missing.add("presentation.part.slides");
        }
        return missing;
    }

    private static boolean longer(String s, int max) {
        return s != null && s.length() > max;
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
