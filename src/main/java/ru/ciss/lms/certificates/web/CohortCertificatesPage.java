package ru.ciss.lms.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.certificates.boundary.CertificateViews;
import ru.ciss.lms.certificates.boundary.Certificates;
import ru.ciss.lms.certificates.control.BulkJobs;
import ru.ciss.lms.certificates.control.Eligibility;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;

/**
 * /certificates/cohort.xhtml?cohort=N: every trainee of a cohort against the certificate rules, with the reason for
 * each rule not met; issuing to one trainee or to all eligible ones (in the background, with progress); the cohort's
 * own rules; the ZIP of all its certificates.
 */
@Named
@ViewScoped
public class CohortCertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    @Inject
    ru.ciss.lms.certificates.control.CertificateSettings settings;

    private String cohort;
    private long cohortId;
    private CertificateViews.CohortCertificates overview;
    /** "" inherit, "true", "false". */
    private String assignmentsRule;
    private Integer minScore;
    private boolean watching;
    /** The cohort's latest bulk issue as last read (load, poll, start): one query per request, not one per EL call. */
    private BulkJobs.Job progress;
    private java.util.List<BulkJobs.Refusal> refusals = java.util.List.of();
    /** The bulk issue's date as typed (yyyy-MM-dd from a date input, or dd.MM.yyyy); empty: today. */
    private String issueDate = java.time.LocalDate.now(SchoolClock.current()).toString();

    public void load() throws IOException {
        try {
            cohortId = Long.parseLong(cohort == null ? "" : cohort);
            reload();
            readProgress();
            watching = progress != null && !progress.finished();
        } catch (RuntimeException e) {
            if (!(e instanceof NumberFormatException) && RuleRefusals.refusal(e, CertificateRefusedException.class) == null) {
                throw e;
            }
            NotFound.answer();
        }
    }

    private void reload() {
        overview = certificates.cohort(cohortId);
        assignmentsRule = overview.assignmentsOverride() == null ? "" : overview.assignmentsOverride().toString();
        minScore = overview.minScoreOverride();
    }

    /** Success: post → redirect → get with ?cohort= (Redirects.samePage); refused: re-render, typing kept. */
    public String saveRules() {
        try {
            certificates.changeRules(cohortId, overview.cohortVersion(),
                    assignmentsRule == null || assignmentsRule.isEmpty() ? null : Boolean.valueOf(assignmentsRule), minScore);
            Texts.info("certificates.rules.saved");
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        reload();
        return null;
    }

    /** The form would print «И. О. Фамилия» where the signatories' names go: said before anyone issues. */
    public boolean isSignaturesUnset() {
        return settings.signaturesUnset();
    }

    public String issue(long personId) {
        try {
            String number = certificates.issueOne(cohortId, personId);
            Texts.info("certificates.issued.one", number);
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
        }
        reload();
        return null;
    }

    /*
     * issueAll() stays on the page without a redirect (issue #18): the progress bar polls this view; the address
     * keeps ?cohort= through o:form includeViewParams, and a reload finds a running issue again (load()).
     */

    public void issueAll() {
        java.time.LocalDate date;
        try {
            date = date(issueDate);
        } catch (java.time.format.DateTimeParseException e) {
            Texts.error("bulk:issue-date", "certificates.refused.dateFormat");
            return;
        }
        int started;
        try {
            started = certificates.startBulk(cohortId, date);
        } catch (RuntimeException e) {
            Throwable refused = RuleRefusals.refusal(e, CertificateRefusedException.class);
            boolean dateField = refused instanceof CertificateRefusedException r
                    && r.messageKey().startsWith("certificates.refused.date");
            RuleRefusals.show(e, dateField ? "bulk:issue-date" : null);
            return;
        }
        readProgress();
        if (started > 0) {
            Texts.info("certificates.bulk.started", started);
            watching = true;
        } else if (progress != null && !progress.finished()) {
            Texts.error(null, "certificates.bulk.running");
            watching = true;
        } else {
            Texts.error(null, "certificates.bulk.nobody");
        }
    }

    /** Called by the poll; the table is reloaded once when the job is done, so the new numbers show. */
    public void poll() {
        readProgress();
        if (watching && (progress == null || progress.finished())) {
            watching = false;
            reload();
        }
    }

    private void readProgress() {
        progress = certificates.progress(cohortId);
        refusals = progress != null && progress.finished() && progress.refused() > 0
                ? certificates.refusals(progress.id()) : java.util.List.of();
    }

    /** When the last issue ended, by the school's clock: «завершена 31.12.2026 23:58». */
    public String getFinishedAt() {
        return progress == null || progress.finishedAt() == null ? "" : Texts.get("certificates.bulk.finishedAt",
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                        .format(progress.finishedAt().atZone(SchoolClock.ZONE)));
    }

    public BulkJobs.Job getProgress() {
        return progress;
    }

    /** The trainees the last issue could not give a certificate to, with the reason, for the page to list. */
    public java.util.List<String> getRefusals() {
        return refusals.stream().map(r -> Texts.get(r.refusalKey(), r.fullName())).toList();
    }

    public String reason(Eligibility.Rule rule) {
        return Texts.get(rule.messageKey(), rule.args().toArray());
    }

    public String getSummary() {
        return Texts.get("certificates.cohort.summary", overview.issuable(), overview.holding(), overview.rows().size());
    }

    /** What a finished job did: how many, from which number to which, and why it stopped early if it did. */
    public String outcome(BulkJobs.Job progress) {
        String done = progress.issued() == 0 ? Texts.get("certificates.bulk.doneNone")
                : Texts.get("certificates.bulk.done", progress.issued(), progress.firstNumber(), progress.lastNumber());
        if (progress.refused() > 0) {
            done += " " + Texts.get("certificates.bulk.refusedSome", progress.refused());
        }
        if (progress.resumed() > 0) {
            done += " " + Texts.get("certificates.bulk.resumed");
        }
        return progress.failureKey() == null ? done
                : done + " " + Texts.get(progress.failureKey(), progress.failureArgs().toArray());
    }

    static java.time.LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        return text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")
                ? java.time.LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT))
                : java.time.LocalDate.parse(text);
    }

    public String getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(String issueDate) {
        this.issueDate = issueDate;
    }

    public String getCohortEnd() {
        return overview == null ? "" : overview.endsOn() == null ? ""
                : overview.endsOn().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    public boolean isWatching() {
        return watching;
    }

    public CertificateViews.CohortCertificates getOverview() {
        return overview;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public String getAssignmentsRule() {
        return assignmentsRule;
    }

    public void setAssignmentsRule(String assignmentsRule) {
        this.assignmentsRule = assignmentsRule;
    }

    public Integer getMinScore() {
        return minScore;
    }

    public void setMinScore(Integer minScore) {
        this.minScore = minScore;
    }
}
