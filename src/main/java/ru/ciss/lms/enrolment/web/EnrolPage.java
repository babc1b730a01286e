package ru.ciss.lms.enrolment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.course.boundary.CourseFacts.CohortRef;
import ru.ciss.lms.enrolment.boundary.EnrolmentRefusedException;
import ru.ciss.lms.enrolment.boundary.Enrolments;
import ru.ciss.lms.enrolment.control.Corrections;
import ru.ciss.lms.enrolment.control.LinkMailing;
import ru.ciss.lms.enrolment.control.LinkSheet;
import ru.ciss.lms.enrolment.control.RejectedRows;
import ru.ciss.lms.enrolment.control.RosterRow;
import ru.ciss.lms.enrolment.control.Suggestion;
import ru.ciss.lms.files.FileNames;
import ru.ciss.lms.files.web.Downloads;
import ru.ciss.lms.people.web.ActivationPage;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.PublicAddress;
import ru.ciss.lms.platform.web.Texts;

/**
 * /course/enrol.xhtml?cohort=N: upload a CSV list, see every problem before anything is saved, then enrol the whole
 * file at once. The file's bytes stay on the server in the view, so "enrol" commits exactly what was previewed.
 * No post-redirect-get here (issue #18): the preview and the one-time activation links of the result live only in
 * this view and would be lost by a redirect; the forms are {@code o:form includeViewParams}, so the address keeps
 * {@code ?cohort=} and a reload or bookmark opens this cohort's enrolment page again.
 */
@Named
@ViewScoped
public class EnrolPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A list of people is a few hundred kilobytes; anything far larger is not one. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Problem rows shown on the page; a file with more still lists its total. */
    static final int SHOWN_PROBLEMS = 500;

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Enrolments enrolments;


    @Inject
    PublicAddress address;

    private String cohortId;
    private CohortRef cohort;
    private transient Part upload;
    private byte[] file;
    private String fileName;
    private PreviewView preview;
    private Enrolments.Result result;
    private String enrolFrom;
    /** The uploaded file, kept for corrections and the rejected rows; {@code file} is what may be committed. */
    private byte[] uploaded;
    private Corrections corrections = Corrections.NONE;
    /** «Выдать новые ссылки и тем, у кого есть действующая»: unticked by default. */
    private boolean reissue;
    private byte[] rejectedCsv;
    /**
     * The secrets of links made from this page (by its import or its «send to all»), by person. Only hashes are
     * stored, so this view is the one place a link can be read again: its downloads hold them until it is gone.
     */
    private final Map<Long, String> knownLinks = new HashMap<>();
    private String mailingJob;
    private boolean watching;
    private List<Enrolments.CohortLink> cohortLinks;

    public void load() throws IOException {
        if (cohort != null) {
            return;
        }
        try {
            // Through the enrolment boundary, whose role check covers the cohort's name too.
            cohort = enrolments.cohort(Long.parseLong(cohortId == null ? "" : cohortId));
        } catch (NumberFormatException | EnrolmentRefusedException e) {
            NotFound.answer();
            return;
        }
        LinkMailing.Progress progress = enrolments.mailingProgress(cohort.id());
        watching = progress != null && !progress.finished();
    }

    /** Reads the uploaded file and shows what enrolling it would do; saves nothing. */
    public void check() throws IOException {
        result = null;
        preview = null;
        file = null;
        if (upload == null) {
            Texts.error("upload:file", "enrolment.file.none");
            return;
        }
        if (upload.getSize() == 0) {
            Texts.error("upload:file", "files.refused.EMPTY", FileNames.sanitise(upload.getSubmittedFileName()));
            return;
        }
        if (upload.getSize() > MAX_BYTES) {
            Texts.error("upload:file", "enrolment.file.tooLarge", MAX_BYTES / 1024 / 1024);
            return;
        }
        byte[] bytes;
        try (InputStream in = upload.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            Texts.error("upload:file", "files.refused.UNREADABLE", FileNames.sanitise(upload.getSubmittedFileName()));
            return;
        }
        fileName = upload.getSubmittedFileName();
        uploaded = bytes;
        corrections = Corrections.NONE;
        reissue = false;
        showPreview();
    }

    /** Reads the uploaded file again with the corrections accepted so far. */
    private void showPreview() {
        rejectedCsv = null;
        Enrolments.Preview read;
        try {
            read = enrolments.preview(cohort.id(), uploaded, corrections);
        } catch (EnrolmentRefusedException e) {
            Texts.error(null, e.messageKey());
            return;
        }
        preview = new PreviewView(read, SHOWN_PROBLEMS);
        if (preview.acceptable() || preview.partlyAcceptable()) {
            file = uploaded; // a clean file, or its clean rows, can be committed
        }
        if (read.roster().encoding() != null && preview.getProblemRowCount() > 0) {
            rejectedCsv = RejectedRows.csv(read.roster(), Texts.get("enrolment.rejected.column"),
                    row -> PreviewView.describeInRejectedRows(row.problems()));
        }
    }

    /** Accepts a suggested correction («Черлакскийй → Черлакский») for every cell written that way, and reads again. */
    public void accept(Suggestion suggestion) {
        if (uploaded == null || result != null || preview == null || !preview.getSuggestions().contains(suggestion)) {
            Texts.error(null, "enrolment.nothingToEnrol");
            return;
        }
        corrections = corrections.with(suggestion);
        file = null;
        showPreview();
        Texts.info("enrolment.suggestion.accepted", suggestion.written(), suggestion.suggested());
    }

    /** All the suggestions at once. */
    public void acceptAll() {
        if (uploaded == null || result != null || preview == null || preview.getSuggestions().isEmpty()) {
            Texts.error(null, "enrolment.nothingToEnrol");
            return;
        }
        for (Suggestion suggestion : preview.getSuggestions()) {
            corrections = corrections.with(suggestion);
        }
        file = null;
        showPreview();
    }

    /** The rejected rows as the file had them, with the «Проблемы» column, in its encoding and delimiter. */
    public void downloadRejected() throws IOException {
        if (rejectedCsv == null) {
            Texts.error(null, "enrolment.nothingToEnrol");
            return;
        }
        String base = fileName == null ? "spisok" : FileNames.sanitise(fileName).replaceAll("(?i)\\.(csv|txt)$", "");
        send(base + "-oshibki.csv", "text/csv; charset=" + preview.getCharset(), rejectedCsv);
    }

    /** Enrols the previewed file; a second click finds nothing left to enrol instead of enrolling twice. */
    public synchronized void enrol() { // one enrolment at a time per page, whatever the clicks
        if (file == null) {
            Texts.error(null, "enrolment.nothingToEnrol");
            return;
        }
        java.time.LocalDate from = null;
        if (preview != null && preview.getFirstPastDay() != null) {
            if (!"START".equals(enrolFrom) && !"TODAY".equals(enrolFrom)) {
                Texts.error("commit:enrolFrom", "course.cohort.enrolFrom.required");
                return;
            }
            from = "START".equals(enrolFrom) ? cohort.startsOn()
                    : java.time.LocalDate.now(SchoolClock.current());
        }
        byte[] toEnrol = file;
        file = null;
        try {
            result = enrolments.enrol(cohort.id(), toEnrol, from,
                    new Enrolments.Options(corrections, !preview.acceptable(), reissue), fileName);
            result.newAccounts().forEach(a -> knownLinks.put(a.personId(), a.secret()));
            preview = null;
            cohortLinks = null;
            Texts.info("enrolment.done", result.enrolled(), result.created(), result.updated());
        } catch (EnrolmentRefusedException e) {
            file = toEnrol;
            Texts.error(null, e.messageKey());
        } catch (jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
            // Someone changed the same people at this moment (a unique e-mail, a version): nothing was saved.
            file = toEnrol;
            Texts.error(null, "enrolment.conflict");
        }
    }

    /** The links this import made, as XLSX or CSV ({@code format}), with who has activated by now. */
    public void downloadImportLinks(String format) throws IOException {
        if (result == null) {
            Texts.error(null, "enrolment.nothingToEnrol");
            return;
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        result.newAccounts().forEach(a -> ids.add(a.personId()));
        sendLinks(format, "ssylki-importa", getCohortLinks().stream().filter(l -> ids.contains(l.personId())).toList());
    }

    /** All the cohort's trainees: the links known to this page, and for the others their state. */
    public void downloadCohortLinks(String format) throws IOException {
        poll(); // a mailing that finished since the last poll brings its links first
        sendLinks(format, "ssylki-potoka", getCohortLinks());
    }

    private void sendLinks(String format, String name, List<Enrolments.CohortLink> people) throws IOException {
        List<LinkSheet.Row> rows = people.stream().map(l -> new LinkSheet.Row(l.fullName(), l.email(), l.district(),
                linkState(l), knownLinks.containsKey(l.personId()) && !l.activated()
                        ? address.of(ActivationPage.PATH + knownLinks.get(l.personId())) : "")).toList();
        List<String> headers = List.of(Texts.get("people.fullName"), Texts.get("people.email"),
                Texts.get("people.district"), Texts.get("enrolment.links.state"), Texts.get("activation.admin.title"));
        if ("csv".equals(format)) {
            send(name + ".csv", "text/csv; charset=UTF-8", LinkSheet.csv(headers, rows));
        } else {
            send(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    LinkSheet.xlsx(Texts.get("enrolment.links.sheet"), headers, rows));
        }
    }

    /** «активирована», «ссылка действует до 18.12.2026», «нет действующей ссылки». */
    public String linkState(Enrolments.CohortLink link) {
        if (link.activated()) {
            return Texts.get("enrolment.links.activated");
        }
        if (link.linkValidUntil() != null) {
            return Texts.get("enrolment.links.validUntil", DATE.withZone(SchoolClock.ZONE)
                    .format(link.linkValidUntil()));
        }
        return Texts.get("enrolment.links.none");
    }

    private void send(String name, String type, byte[] content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        response.reset();
        Downloads.attachment(response, name, type, content.length);
        response.getOutputStream().write(content);
        faces.responseComplete();
    }

    /** Fresh links by e-mail to every trainee who has not activated, in the background; a second start is refused. */
    public synchronized void mailAll() {
        if (mailingJob != null) {
            // This page already started one: a double click (or a repost) must not mail everyone again.
            Texts.error(null, "enrolment.mailing.already");
            return;
        }
        LinkMailing.Progress running = enrolments.mailingProgress(cohort.id());
        if (running != null && !running.finished()) {
            Texts.error(null, "enrolment.mailing.running");
            watching = true;
            return;
        }
        String job = enrolments.startMailing(cohort.id());
        if (job == null) {
            LinkMailing.Progress now = enrolments.mailingProgress(cohort.id());
            Texts.error(null, now != null && !now.finished() ? "enrolment.mailing.running" : "enrolment.mailing.nobody");
            watching = now != null && !now.finished();
            return;
        }
        mailingJob = job;
        watching = true;
        Texts.info("enrolment.mailing.started");
    }

    /** Called by the poll; when the job is done its links come into this view and the counts are read again. */
    public void poll() {
        LinkMailing.Progress progress = enrolments.mailingProgress(cohort.id());
        if (watching && (progress == null || progress.finished())) {
            watching = false;
            if (mailingJob != null && progress != null && mailingJob.equals(progress.jobId())) {
                knownLinks.putAll(enrolments.collectMailed(mailingJob));
            }
            cohortLinks = null;
        }
    }

    public LinkMailing.Progress getMailing() {
        return enrolments.mailingProgress(cohort.id());
    }

    public boolean isWatching() {
        return watching;
    }

    public List<Enrolments.CohortLink> getCohortLinks() {
        if (cohortLinks == null) {
            cohortLinks = enrolments.cohortLinks(cohort.id());
        }
        return cohortLinks;
    }

    public long getActivatedCount() {
        return getCohortLinks().stream().filter(Enrolments.CohortLink::activated).count();
    }

    public long getNotActivatedCount() {
        return getCohortLinks().size() - getActivatedCount();
    }

    /** Whether the person has activated by now (the result's «активирован» column). */
    public String activated(Enrolments.NewAccount account) {
        return getCohortLinks().stream().filter(l -> l.personId() == account.personId()).findFirst()
                .map(this::linkState).orElse("");
    }

    /** The first 50 links on the page; a long list is for the download, not for copying box by box. */
    public List<Enrolments.NewAccount> getShownAccounts() {
        List<Enrolments.NewAccount> all = result == null ? List.of() : result.newAccounts();
        return all.subList(0, Math.min(50, all.size()));
    }

    public boolean isReissue() {
        return reissue;
    }

    public void setReissue(boolean reissue) {
        this.reissue = reissue;
    }

    public boolean isRejectedReady() {
        return rejectedCsv != null;
    }

    /** «с начала потока, 04.03.2019 (дни с 11.03.2019 будут ожидаться…)»: each choice says what it does. */
    public String getFromStartLabel() {
        return Texts.get("course.cohort.enrolFrom.START", DATE.format(cohort.startsOn()),
                DATE.format(preview.getFirstPastDay()));
    }

    public String getFromTodayLabel() {
        return Texts.get("course.cohort.enrolFrom.TODAY",
                DATE.format(java.time.LocalDate.now(SchoolClock.current())),
                DATE.format(preview.getFirstPastDay()));
    }

    public String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String getEnrolFrom() {
        return enrolFrom;
    }

    public void setEnrolFrom(String enrolFrom) {
        this.enrolFrom = enrolFrom;
    }

    public String activationLink(Enrolments.NewAccount account) {
        return address.shown(ActivationPage.PATH + account.secret());
    }

    public String problems(RosterRow row) {
        return PreviewView.describe(row.problems());
    }

    public List<String> getFileProblems() {
        return preview == null ? List.of() : preview.fileProblems();
    }

    public CohortRef getCohort() {
        return cohort;
    }

    public String getCohortId() {
        return cohortId;
    }

    public void setCohortId(String cohortId) {
        this.cohortId = cohortId;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getFileName() {
        return fileName;
    }

    public PreviewView getPreview() {
        return preview;
    }

    public Enrolments.Result getResult() {
        return result;
    }

    public boolean isReadyToEnrol() {
        return file != null;
    }

    /** Some rows are good, some not: the good ones can go in, the others come back as a file. */
    public boolean isPartly() {
        return file != null && preview != null && !preview.acceptable();
    }
}
