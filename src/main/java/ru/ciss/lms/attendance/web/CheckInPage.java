package ru.ciss.lms.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.ciss.lms.attendance.boundary.AttendanceRefusedException;
import ru.ciss.lms.attendance.boundary.CheckIns;
import ru.ciss.lms.platform.web.AcrossRedirect;
import ru.ciss.lms.platform.web.Redirects;
import ru.ciss.lms.platform.web.Texts;

/**
 * /attendance/checkin.xhtml: a trainee types the code from the screen, or arrives here from the QR code with the
 * scanned code in the address (?t=...). Marking happens only on the button (a POST), never on merely opening the
 * address, so a page reloaded from a phone's history later in the day still asks before it marks.
 */
@Named
@ViewScoped
public class CheckInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CheckIns checkIns;

    private static final String RESULT = "checkInResult";

    private String token;
    private String code;
    private CheckIns.Result result;
    private transient CheckIns.Today today;

    public String confirmScanned() {
        return attempt(() -> result = checkIns.scanned(token));
    }

    public String submitTyped() {
        return attempt(() -> result = checkIns.typed(code));
    }

    /**
     * Post-redirect-get after a check-in: the result travels in the flash to the same address, so a reload shows the
     * page again instead of sending the check-in a second time.
     */
    private String attempt(Runnable checkIn) {
        try {
            checkIn.run();
            Texts.info(result.status() == ru.ciss.lms.attendance.AttendanceStatus.LATE
                    ? "attendance.checkin.doneLate" : "attendance.checkin.done");
            AcrossRedirect.put(RESULT, result);
            return Redirects.samePage();
        } catch (AttendanceRefusedException e) {
            Texts.error(null, e.messageKey(), e.args());
        } catch (jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
            Texts.error(null, "attendance.checkin.already"); // the same check-in sent twice at once
        }
        return null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Today's check-ins already made, read once per request: shown instead of the form when nothing else waits. */
    public CheckIns.Today getToday() {
        if (today == null) {
            today = checkIns.today();
        }
        return today;
    }

    /** The code forms are offered while a day of today waits for a check-in, or when none is marked yet. */
    public boolean isOffered() {
        return getResult() == null && (getToday().marked().isEmpty() || getToday().waiting());
    }

    public CheckIns.Result getResult() {
        if (result == null) {
            result = (CheckIns.Result) AcrossRedirect.take(RESULT);
        }
        return result;
    }
}
