package ru.ciss.lms.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.ciss.lms.attendance.boundary.AttendanceRefusedException;
import ru.ciss.lms.attendance.boundary.CheckIns;
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

    private String token;
    private String code;
    private CheckIns.Result result;

    public void confirmScanned() {
        attempt(() -> result = checkIns.scanned(token));
    }

    public void submitTyped() {
        attempt(() -> result = checkIns.typed(code));
    }

    private void attempt(Runnable checkIn) {
        try {
            checkIn.run();
            Texts.info(result.status() == ru.ciss.lms.attendance.entity.AttendanceStatus.LATE
                    ? "attendance.checkin.doneLate" : "attendance.checkin.done");
        } catch (AttendanceRefusedException e) {
            Texts.error(null, e.messageKey(), e.args());
        } catch (jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
            Texts.error(null, "attendance.checkin.already"); // the same check-in sent twice at once
        }
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

    public CheckIns.Result getResult() {
        return result;
    }
}
