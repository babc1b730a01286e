package ru.ciss.lms.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Cohorts;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.boundary.CourseRuleException;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.people.boundary.Consents;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.Texts;

/**
 * /course/cohort.xhtml?id=N: a cohort's name, dates and state (corrected here, with the version the page was
 * opened with), its imports (each can be undone), its trainees and mentors a page at a time (?q= search, ?sort=,
 * ?desc=, ?page=) with activation, consent and attendance risk, and enrolling more by picking people. When some of the cohort's days are already past, enrolling trainees asks from when they are
 * expected (nothing chosen beforehand): from the start of the cohort, or from today.
 */
@Named
@ViewScoped
public class CohortView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Cohorts cohorts;

    @Inject
    Consents consents;

    /** Rows per page of the members table: 200 trainees are four pages, not one long table. */
    static final int PAGE_SIZE = 50;

    @Inject
    ru.ciss.lms.enrolment.boundary.Enrolments enrolments;

    @Inject
    ru.ciss.lms.attendance.boundary.Attendance attendance;

    private String id;
    private String q;
    /** The search among the people one may enrol, in the address (?who=) like the member search. */
    private String who;
    private String sort;
    private boolean desc;
    private int page;
    private Cohort cohort;
    private long version;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private ru.ciss.lms.course.CohortStatus status;
    private List<ru.ciss.lms.enrolment.boundary.Enrolments.ImportRow> imports;
    private long total;
    private Set<Long> activated = Set.of();
    private Set<Long> atRisk = Set.of();
    private List<CohortViews.MemberRow> members;
    private long traineesWithoutConsent;
    private Set<Long> consented = Set.of();
    /** The people one may enrol, found by {@link #who} (or the first of everyone) and how many there are. */
    private CohortViews.Candidates trainees;
    private CohortViews.Candidates mentors;
    private List<Long> chosenTrainees = new ArrayList<>();
    private List<Long> chosenMentors = new ArrayList<>();
    private LocalDate firstPastDay;
    private String enrolFrom;

    public void load() throws IOException {
        if (cohort != null) {
            return;
        }
        try {
            cohort = cohorts.cohort(Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException | CourseNotFoundException e) {
            NotFound.answer();
            return;
        }
        version = cohort.getVersion();
        name = cohort.getName();
        startsOn = cohort.getStartsOn();
        endsOn = cohort.getEndsOn();
        status = cohort.getStatus();
        refresh();
    }

    /** Name and dates, as the page showed them when opened; someone else's change meanwhile is refused. */
    public String save() {
        try {
            cohorts.edit(cohort.getId(), version, name, startsOn, endsOn);
        } catch (ru.ciss.lms.course.boundary.CohortFormException e) {
            e.problems().forEach((field, key) -> Texts.error("cohort:" + field, key));
            refresh();
            return null;
        } catch (CourseRuleException | jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
            Texts.error(null, "course.cohort.changedMeanwhile");
            refresh();
            return null;
        }
        Texts.info("course.cohort.saved", name.strip());
        return Redirects.samePage();
    }

    /** planned → active → finished → archived (or back, to correct a mistake); the page asks before it is sent. */
    public String changeStatus() {
        try {
            cohorts.changeStatus(cohort.getId(), version, status);
        } catch (CourseRuleException | jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
            Texts.error(null, e instanceof CourseRuleException r && !"course.cohort.changedMeanwhile".equals(r.messageKey())
                    ? r.messageKey() : "course.cohort.changedMeanwhile");
            refresh();
            return null;
        }
        Texts.info("course.cohort.statusChanged", Texts.get("course.cohort.status." + status));
        return Redirects.samePage();
    }

    /** Removes the memberships an import created, or says (at the top of the page) what stands in the way. */
    public String undoImport(long importId) {
        try {
            int removed = enrolments.undo(cohort.getId(), importId);
            Texts.info("enrolment.undo.done", removed);
            return Redirects.samePage();
        } catch (ru.ciss.lms.enrolment.boundary.EnrolmentRefusedException e) {
            Object[] args = e.arguments();
            if (args.length == 2 && args[1] instanceof java.util.Map<?, ?> obstacles) {
                String kinds = obstacles.entrySet().stream().map(o -> Texts.get("enrolment.undo.obstacle." + o.getKey(),
                        o.getValue())).collect(java.util.stream.Collectors.joining(", "));
                Texts.error(null, e.messageKey(), args[0], kinds);
            } else {
                Texts.error(null, e.messageKey());
            }
            refresh();
            return null;
        }
    }

    /** Success: post → redirect → get with ?id= (Redirects.samePage); refused: re-render with the choice kept. */
    public String enrolTrainees() {
        LocalDate from = null;
        if (firstPastDay != null) {
            if (!"START".equals(enrolFrom) && !"TODAY".equals(enrolFrom)) {
                Texts.error("enrol:enrolFrom", "course.cohort.enrolFrom.required");
                return null;
            }
            from = "START".equals(enrolFrom) ? cohort.getStartsOn() : LocalDate.now(SchoolClock.current());
        }
        return enrol(chosenTrainees, Role.TRAINEE, from);
    }

    public String enrolMentors() {
        return enrol(chosenMentors, Role.MENTOR, null);
    }

    private String enrol(List<Long> people, Role role, LocalDate from) {
        try {
            int count = cohorts.enrol(cohort.getId(), people, role, from);
            Texts.info("course.cohort.enrolled", count);
            return Redirects.samePage();
        } catch (CourseRuleException e) {
            Texts.error(null, e.messageKey(), e.arguments());
            refresh();
            return null;
        }
    }

    private void refresh() {
        Cohorts.MemberSort order = sortOrder();
        CohortViews.MemberPage found = cohorts.members(cohort.getId(), q, order, desc, Math.max(0, page) * PAGE_SIZE,
                PAGE_SIZE);
        if (found.rows().isEmpty() && page > 0) { // past the last page (an old link): the first page instead
            page = 0;
            found = cohorts.members(cohort.getId(), q, order, desc, 0, PAGE_SIZE);
        }
        members = found.rows();
        total = found.total();
        activated = found.activated();
        atRisk = atRisk();
        imports = enrolments.imports(cohort.getId());
        List<Long> everyTrainee = cohorts.traineeIds(cohort.getId());
        consented = new HashSet<>(consents.withPersonalDataConsent(everyTrainee));
        consented.addAll(consents.withPersonalDataConsent(members.stream().filter(m -> m.role() != Role.TRAINEE)
                .map(CohortViews.MemberRow::personId).toList()));
        traineesWithoutConsent = everyTrainee.stream().filter(t -> !consented.contains(t)).count();
        trainees = cohorts.candidates(cohort.getId(), Role.TRAINEE, who, Cohorts.CANDIDATES_SHOWN);
        mentors = cohorts.candidates(cohort.getId(), Role.MENTOR, who, Cohorts.CANDIDATES_SHOWN);
        firstPastDay = cohorts.firstPastDay(cohort.getId());
    }

    private Cohorts.MemberSort sortOrder() {
        for (Cohorts.MemberSort s : Cohorts.MemberSort.values()) {
            if (s.name().equalsIgnoreCase(sort)) {
                return s;
            }
        }
        return Cohorts.MemberSort.NAME;
    }

    /** Trainees below the cohort's attendance rule so far, from the register (the attendance feature's rule). */
    private Set<Long> atRisk() {
        try {
            Set<Long> result = new HashSet<>();
            attendance.register(cohort.getId()).rows().stream().filter(r -> r.result().atRisk())
                    .forEach(r -> result.add(r.personId()));
            return result;
        } catch (RuntimeException e) {
            return Set.of(); // no register to read (e.g. no days yet): nobody is flagged
        }
    }

    public boolean activated(CohortViews.MemberRow member) {
        return activated.contains(member.personId());
    }

    public boolean atRisk(CohortViews.MemberRow member) {
        return atRisk.contains(member.personId());
    }

    /** This page's address with another page, order or search; the search is encoded, never pasted raw. */
    public String link(String sortBy, Boolean descending, Integer toPage) {
        StringBuilder url = new StringBuilder("?id=").append(cohort.getId());
        if (q != null && !q.isBlank()) {
            url.append("&q=").append(java.net.URLEncoder.encode(q.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (who != null) { // the search among the people one may enrol stays while the members are ordered or paged
            url.append("&who=").append(java.net.URLEncoder.encode(who, java.nio.charset.StandardCharsets.UTF_8));
        }
        String by = sortBy == null ? sortOrder().name().toLowerCase(java.util.Locale.ROOT) : sortBy;
        boolean down = descending == null ? desc : descending;
        url.append("&sort=").append(by);
        if (down) {
            url.append("&desc=true");
        }
        int to = toPage == null ? 0 : toPage;
        if (to > 0) {
            url.append("&page=").append(to);
        }
        return url.toString();
    }

    /** A header's link: its order ascending, or descending when it is already the ascending one. */
    public String sortLink(String by) {
        boolean current = sortOrder().name().equalsIgnoreCase(by);
        return link(by, current && !desc, 0);
    }

    /** « ↑» or « ↓» after the header the table is ordered by; nothing after the others. */
    public String sortMark(String by) {
        return sortOrder().name().equalsIgnoreCase(by) ? (desc ? " ↓" : " ↑") : "";
    }

    /** A moment as the school's date and time (Omsk). */
    public String when(java.time.Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(at.atZone(SchoolClock.ZONE));
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who == null || who.isBlank() ? null : who.strip().substring(0, Math.min(200, who.strip().length()));
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.length() <= 200 ? q : q.substring(0, 200);
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isDesc() {
        return desc;
    }

    public void setDesc(boolean desc) {
        this.desc = desc;
    }

    public List<ru.ciss.lms.enrolment.boundary.Enrolments.ImportRow> getImports() {
        return imports;
    }

    public ru.ciss.lms.course.CohortStatus[] getStatuses() {
        return ru.ciss.lms.course.CohortStatus.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public ru.ciss.lms.course.CohortStatus getStatus() {
        return status;
    }

    public void setStatus(ru.ciss.lms.course.CohortStatus status) {
        this.status = status;
    }

    /** The first of the cohort's days already past, or null when none is: then nobody is asked. */
    public LocalDate getFirstPastDay() {
        return firstPastDay;
    }

    /** «с начала потока (дни с 01.03.2019 будут ожидаться и войдут в посещаемость)»: the consequence, said. */
    public String getFromStartLabel() {
        return Texts.get("course.cohort.enrolFrom.START", DATE.format(cohort.getStartsOn()), DATE.format(firstPastDay));
    }

    public String getFromTodayLabel() {
        return Texts.get("course.cohort.enrolFrom.TODAY", DATE.format(LocalDate.now(SchoolClock.current())),
                DATE.format(firstPastDay));
    }

    public String getEnrolFrom() {
        return enrolFrom;
    }

    public void setEnrolFrom(String enrolFrom) {
        this.enrolFrom = enrolFrom;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public List<CohortViews.MemberRow> getMembers() {
        return members;
    }

    public boolean consented(CohortViews.MemberRow member) {
        return consented.contains(member.personId());
    }

    /** Of the whole cohort's trainees, whatever page is shown. */
    public long getTraineesWithoutConsent() {
        return traineesWithoutConsent;
    }

    public CohortViews.Candidates getTrainees() {
        return trainees;
    }

    public CohortViews.Candidates getMentors() {
        return mentors;
    }

    public List<Long> getChosenTrainees() {
        return chosenTrainees;
    }

    public void setChosenTrainees(List<Long> chosenTrainees) {
        this.chosenTrainees = chosenTrainees == null ? new ArrayList<>() : chosenTrainees;
    }

    public List<Long> getChosenMentors() {
        return chosenMentors;
    }

    public void setChosenMentors(List<Long> chosenMentors) {
        this.chosenMentors = chosenMentors == null ? new ArrayList<>() : chosenMentors;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
