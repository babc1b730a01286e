package ru.ciss.lms.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.course.boundary.Cohorts;
import ru.ciss.lms.course.boundary.CourseNotFoundException;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.enrolment.boundary.EnrolmentRefusedException;
import ru.ciss.lms.enrolment.boundary.Enrolments;
import ru.ciss.lms.enrolment.control.RosterRow;
import ru.ciss.lms.files.control.FileNames;
import ru.ciss.lms.people.web.ActivationPage;
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
    Cohorts cohorts;

    @Inject
    PublicAddress address;

    private String cohortId;
    private Cohort cohort;
    private transient Part upload;
    private byte[] file;
    private String fileName;
    private PreviewView preview;
    private Enrolments.Result result;
    private String enrolFrom;

    public void load() throws IOException {
        if (cohort != null) {
            return;
        }
        try {
            cohort = cohorts.cohort(Long.parseLong(cohortId == null ? "" : cohortId));
        } catch (NumberFormatException | CourseNotFoundException e) {
            NotFound.answer();
        }
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
        try {
            preview = new PreviewView(enrolments.preview(cohort.getId(), bytes), SHOWN_PROBLEMS);
        } catch (EnrolmentRefusedException e) {
            Texts.error(null, e.messageKey());
            return;
        }
        if (preview.acceptable()) {
            file = bytes; // only a clean file can be committed
        }
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
            from = "START".equals(enrolFrom) ? cohort.getStartsOn()
                    : java.time.LocalDate.now(ru.ciss.lms.course.entity.CohortMember.ZONE);
        }
        byte[] toEnrol = file;
        file = null;
        try {
            result = enrolments.enrol(cohort.getId(), toEnrol, from, fileName);
            preview = null;
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

    /** «с начала потока, 04.03.2019 (дни с 11.03.2019 будут ожидаться…)»: each choice says what it does. */
    public String getFromStartLabel() {
        return Texts.get("course.cohort.enrolFrom.START", DATE.format(cohort.getStartsOn()),
                DATE.format(preview.getFirstPastDay()));
    }

    public String getFromTodayLabel() {
        return Texts.get("course.cohort.enrolFrom.TODAY",
                DATE.format(java.time.LocalDate.now(ru.ciss.lms.course.entity.CohortMember.ZONE)),
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

    public Cohort getCohort() {
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
}
