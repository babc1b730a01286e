package ru.ciss.lms.presentations.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.presentations.entity.FundingSource;
import ru.ciss.lms.presentations.entity.HostKind;
import ru.ciss.lms.presentations.entity.PlanParts;
import ru.ciss.lms.presentations.entity.Presentation;

/**
 * The plan as the form edits it. Numbers are typed as text and parsed here, so a typo gets the app's own message
 * in the reader's language, every unreadable one named with its field. Two empty rows follow every list, and
 * the page adds and removes rows in place.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SPARE_ROWS = 2;
    static final int MAX_ROWS = 20;

    public Integer districtId;
    public String hostOrganisation;
    public HostKind hostKind;
    public String targetGroups;
    public String growthPoints;
    public String partners;
    public String videoUrl;
    public final List<ServiceRow> services = new ArrayList<>();
    public final List<FundingRow> funding = new ArrayList<>();
    public final List<MilestoneRow> milestones = new ArrayList<>();

    public static class ServiceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        public String name;
        public String audience;
        public String frequency;

        public String getName() {
            return name;
        }

        public void setName(String v) {
            this.name = v;
        }

        public String getAudience() {
            return audience;
        }

        public void setAudience(String v) {
            this.audience = v;
        }

        public String getFrequency() {
            return frequency;
        }

        public void setFrequency(String v) {
            this.frequency = v;
        }
    }

    public static class FundingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        public FundingSource source;
        public String description;
        public String amount;

        public FundingSource getSource() {
            return source;
        }

        public void setSource(FundingSource v) {
            this.source = v;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String v) {
            this.description = v;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String v) {
            this.amount = v;
        }
    }

    public static class MilestoneRow implements Serializable {
        private static final long serialVersionUID = 1L;
        public String month;
        public String text;

        public String getMonth() {
            return month;
        }

        public void setMonth(String v) {
            this.month = v;
        }

        public String getText() {
            return text;
        }

        public void setText(String v) {
            this.text = v;
        }
    }

    static PlanForm of(Presentation.Plan plan) {
        PlanForm form = new PlanForm();
        form.districtId = plan.districtId();
        form.hostOrganisation = plan.hostOrganisation();
        form.hostKind = plan.hostKind();
        form.targetGroups = plan.targetGroups();
        form.growthPoints = plan.growthPoints();
        form.partners = plan.partners();
        form.videoUrl = plan.videoUrl();
        for (PlanParts.Service s : plan.services()) {
            ServiceRow row = new ServiceRow();
            row.name = s.name;
            row.audience = s.audience;
            row.frequency = s.frequency;
            form.services.add(row);
        }
        for (PlanParts.Funding f : plan.funding()) {
            FundingRow row = new FundingRow();
            row.source = f.source;
            row.description = f.description;
            row.amount = f.amount == null ? null : String.valueOf(f.amount);
            form.funding.add(row);
        }
        for (PlanParts.Milestone m : plan.milestones()) {
            MilestoneRow row = new MilestoneRow();
            row.month = m.month == null ? null : String.valueOf(m.month);
            row.text = m.text;
            form.milestones.add(row);
        }
        form.addSpareRows();
        return form;
    }

    /**
     * This form with each list as long as a posted form's (its parameters' names, e.g. {@code plan:services:3:name}):
     * a view rebuilt after it expired must decode every row the trainee had, the ones added in place included. A
     * list the post did not carry stays as it is; none grows past {@link #MAX_ROWS}.
     */
    PlanForm resizedTo(java.util.Collection<String> postedNames, String formId) {
        resize(services, rowsPosted(postedNames, formId + ":services:"), ServiceRow::new);
        resize(funding, rowsPosted(postedNames, formId + ":funding:"), FundingRow::new);
        resize(milestones, rowsPosted(postedNames, formId + ":milestones:"), MilestoneRow::new);
        return this;
    }

    private static int rowsPosted(java.util.Collection<String> names, String prefix) {
        int rows = 0;
        for (String name : names) {
            if (name.startsWith(prefix)) {
                int end = name.indexOf(':', prefix.length());
                String index = name.substring(prefix.length(), end < 0 ? name.length() : end);
                if (!index.isEmpty() && index.length() <= 2 && index.chars().allMatch(Character::isDigit)) {
                    rows = Math.max(rows, Integer.parseInt(index) + 1);
                }
            }
        }
        return Math.min(rows, MAX_ROWS);
    }

    private static <T> void resize(List<T> rows, int size, java.util.function.Supplier<T> empty) {
        if (size == 0) {
            return;
        }
        while (rows.size() > size) {
            rows.removeLast();
        }
        while (rows.size() < size) {
            rows.add(empty.get());
        }
    }

    void addSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            if (services.size() < MAX_ROWS) {
                services.add(new ServiceRow());
            }
            if (funding.size() < MAX_ROWS) {
                funding.add(new FundingRow());
            }
            if (milestones.size() < MAX_ROWS) {
                milestones.add(new MilestoneRow());
            }
        }
    }

    /**
     * The plan to save. A number that cannot be read is left out (null) and named in {@code problems} with its
     * field, so that the form reports every mistake at once instead of the first.
     */
    Presentation.Plan toPlan(List<RefusedException.Problem> problems) {
        List<PlanParts.Service> s = services.stream().limit(MAX_ROWS)
                .map(r -> new PlanParts.Service(r.name, r.audience, r.frequency)).toList();
        List<PlanParts.Funding> f = new ArrayList<>();
        for (int i = 0; i < Math.min(funding.size(), MAX_ROWS); i++) {
            FundingRow r = funding.get(i);
            f.add(new PlanParts.Funding(r.source, r.description, read(r.amount, "funding:" + i + ":amount",
                    "presentation.invalid.amount", problems)));
        }
        List<PlanParts.Milestone> m = new ArrayList<>();
        for (int i = 0; i < Math.min(milestones.size(), MAX_ROWS); i++) {
            MilestoneRow r = milestones.get(i);
            Long month = read(r.month, "milestones:" + i + ":month", "presentation.invalid.month", problems);
            m.add(new PlanParts.Milestone(month == null ? null : (int) Math.max(Integer.MIN_VALUE,
                    Math.min(Integer.MAX_VALUE, month)), r.text));
        }
        return new Presentation.Plan(districtId, hostOrganisation, hostKind, targetGroups, growthPoints,
                new ArrayList<>(s), partners, f, m, videoUrl);
    }

    private static Long read(String text, String field, String key, List<RefusedException.Problem> problems) {
        try {
            return parse(text, field);
        } catch (NumberFormatException e) {
            problems.add(new RefusedException.Problem(field, key));
            return null;
        }
    }

    /** Adds an empty service row at the end (up to the limit); answers the new row's index, or -1 at the limit. */
    int addService() {
        return add(services, new ServiceRow());
    }

    int addFunding() {
        return add(funding, new FundingRow());
    }

    int addMilestone() {
        return add(milestones, new MilestoneRow());
    }

    private static <T> int add(List<T> rows, T row) {
        if (rows.size() >= MAX_ROWS) {
            return -1;
        }
        rows.add(row);
        return rows.size() - 1;
    }

    /** Removes the given row (the very object the form shows), keeping every other row as typed. */
    static <T> boolean remove(List<T> rows, T row) {
        return rows.removeIf(r -> r == row);
    }

    /** Whole numbers as people type them: "150 000", "150000 ₽", "150 000,00". */
    static Long parse(String text, String what) {
        return ru.ciss.lms.platform.web.TypedNumbers.whole(text, what);
    }

    public Integer getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Integer districtId) {
        this.districtId = districtId;
    }

    public String getHostOrganisation() {
        return hostOrganisation;
    }

    public void setHostOrganisation(String hostOrganisation) {
        this.hostOrganisation = hostOrganisation;
    }

    public HostKind getHostKind() {
        return hostKind;
    }

    public void setHostKind(HostKind hostKind) {
        this.hostKind = hostKind;
    }

    public String getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(String targetGroups) {
        this.targetGroups = targetGroups;
    }

    public String getGrowthPoints() {
        return growthPoints;
    }

    public void setGrowthPoints(String growthPoints) {
        this.growthPoints = growthPoints;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    public List<ServiceRow> getServices() {
        return services;
    }

    public List<FundingRow> getFunding() {
        return funding;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }
}
