package ru.ciss.lms.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ru.ciss.lms.attendance.SessionFormat;
import ru.ciss.lms.attendance.boundary.AttendanceRefusedException;
import ru.ciss.lms.attendance.boundary.ScheduleCorrections;
import ru.ciss.lms.attendance.boundary.SessionViews;
import ru.ciss.lms.platform.web.AcrossRedirect;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;

/**
 * /attendance/session.xhtml?session=N: an administrator corrects a session (its name, format, place and link),
 * cancels its days still to come with a reason, or deletes it while nothing is recorded for it.
 */
@Named
@ViewScoped
public class SessionEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScheduleCorrections corrections;

    private String sessionId;
    private SessionViews.SessionRow session;
    private long cohortId;
    private String title;
    private SessionFormat format;
    private String place;
    private String link;
    private String reason;

    public void load() throws IOException {
        try {
            session = corrections.session(Long.parseLong(sessionId == null ? "" : sessionId));
        } catch (NumberFormatException | AttendanceRefusedException e) {
            NotFound.answer();
            return;
        }
        cohortId = corrections.cohortOf(session.id());
        title = session.title();
        format = session.format();
        place = session.place();
        link = session.link();
    }

    public String save() {
        try {
            corrections.updateSession(session.id(), session.version(), title, format, place, link);
            Texts.info("attendance.session.saved");
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.showOnFields(e, "details");
            return null;
        }
    }

    public String cancel() {
        try {
            int days = corrections.cancelSession(session.id(), session.version(), reason);
            Texts.info("attendance.session.cancelled", days);
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.showOnFields(e, "cancel");
            return null;
        }
    }

    public String remove() {
        try {
            corrections.removeSession(session.id(), session.version());
            Texts.info("attendance.session.removed", session.title());
            AcrossRedirect.keepMessages();
            return "/attendance/sessions.xhtml?faces-redirect=true&cohort=" + cohortId;
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
            return null;
        }
    }

    public SessionFormat[] getFormats() {
        return SessionFormat.values();
    }

    public SessionViews.SessionRow getSession() {
        return session;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public void setFormat(SessionFormat format) {
        this.format = format;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
