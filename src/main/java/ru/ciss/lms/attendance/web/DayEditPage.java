package ru.ciss.lms.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.ciss.lms.attendance.boundary.AttendanceRefusedException;
import ru.ciss.lms.attendance.boundary.ScheduleCorrections;
import ru.ciss.lms.attendance.boundary.SessionViews;
import ru.ciss.lms.platform.web.AcrossRedirect;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.RuleRefusals;
import ru.ciss.lms.platform.web.Texts;

/**
 * /attendance/day.xhtml?day=N: an administrator moves a session day or changes its times and agenda, cancels it with
 * a reason (and undoes that), or deletes it while nothing is recorded for it.
 */
@Named
@ViewScoped
public class DayEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScheduleCorrections corrections;

    private String dayId;
    private SessionViews.DayRow day;
    private boolean recorded;
    private LocalDate date;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String agenda;
    private String reason;

    public void load() throws IOException {
        try {
            day = corrections.day(Long.parseLong(dayId == null ? "" : dayId));
        } catch (NumberFormatException | AttendanceRefusedException e) {
            NotFound.answer();
            return;
        }
        recorded = corrections.recorded(day.dayId());
        date = day.day();
        startsAt = day.startsAt();
        endsAt = day.endsAt();
        agenda = day.agenda();
    }

    public String save() {
        try {
            corrections.updateDay(day.dayId(), day.version(), date, startsAt, endsAt, agenda);
            Texts.info("attendance.day.saved");
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.showOnFields(e, "edit");
            return null;
        }
    }

    public String cancel() {
        try {
            corrections.cancelDay(day.dayId(), day.version(), reason);
            Texts.info("attendance.day.cancelled");
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.showOnFields(e, "cancel");
            return null;
        }
    }

    public String restore() {
        try {
            corrections.restoreDay(day.dayId(), day.version());
            Texts.info("attendance.day.restored");
            return Redirects.samePage();
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
            return null;
        }
    }

    public String remove() {
        try {
            corrections.removeDay(day.dayId(), day.version());
            Texts.info("attendance.day.removed");
            AcrossRedirect.keepMessages();
            return "/attendance/session.xhtml?faces-redirect=true&session=" + day.sessionId();
        } catch (RuntimeException e) {
            RuleRefusals.show(e, null);
            return null;
        }
    }

    public SessionViews.DayRow getDay() {
        return day;
    }

    /** Whether the day is still to come (today included): only then do people hear of its cancellation. */
    public boolean isComing() {
        return day != null && ru.ciss.lms.attendance.control.ScheduleNotices.coming(day.day());
    }

    public boolean isRecorded() {
        return recorded;
    }

    public String getDayId() {
        return dayId;
    }

    public void setDayId(String dayId) {
        this.dayId = dayId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
