package ru.ciss.lms.presentations.boundary;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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

    /** Problems that refuse even a draft: values no plan can hold. Message keys. */
    public static List<String> invalid(Presentation.Plan plan) {
        List<String> problems = new ArrayList<>();
        if (tooLong(plan)) {
            problems.add("presentation.invalid.tooLong");
        }
        for (PlanParts.Funding f : plan.funding()) {
            if (f.amount != null && (f.amount < 0 || f.amount > MAX_AMOUNT)) {
                problems.add("presentation.invalid.amount");
                break;
            }
        }
        for (PlanParts.Milestone m : plan.milestones()) {
            if (m.month != null && (m.month < 1 || m.month > 12)) {
                problems.add("presentation.invalid.month");
                break;
            }
        }
        if (plan.videoUrl() != null && !plan.videoUrl().isBlank() && !isWebLink(plan.videoUrl().strip())) {
            problems.add("presentation.invalid.video");
        }
        return problems;
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

    private static boolean tooLong(Presentation.Plan plan) {
        if (longer(plan.hostOrganisation(), SHORT_TEXT) || longer(plan.targetGroups(), LONG_TEXT)
                || longer(plan.growthPoints(), LONG_TEXT) || longer(plan.partners(), LONG_TEXT)
                || plan.services().size() > MAX_ROWS || plan.funding().size() > MAX_ROWS
                || plan.milestones().size() > MAX_ROWS) {
            return true;
        }
        return plan.services().stream().anyMatch(s -> longer(s.name, SHORT_TEXT) || longer(s.audience, SHORT_TEXT)
                        || longer(s.frequency, FREQUENCY_TEXT))
                || plan.funding().stream().anyMatch(f -> longer(f.description, SHORT_TEXT))
                || plan.milestones().stream().anyMatch(m -> longer(m.text, MILESTONE_TEXT));
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
