package ru.ciss.lms.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ru.ciss.lms.attendance.boundary.AttendanceRefusedException;
import ru.ciss.lms.attendance.boundary.CheckIns;
import ru.ciss.lms.attendance.control.QrSvg;
import ru.ciss.lms.platform.web.NotFound;
import ru.ciss.lms.platform.web.PublicAddress;
import ru.ciss.lms.platform.web.Texts;

/**
 * /attendance/screen.xhtml?day=N: what the room's projector shows during a session day: the code and its QR code,
 * refreshed by a poll every few seconds so the screen follows each 30-second change.
 */
@Named
@ViewScoped
public class CheckInScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CheckIns checkIns;

    @Inject
    PublicAddress address;

    private String dayId;
    private CheckIns.Screen screen;
    private String problem;
    private String qr;

    public void load() throws IOException {
        if (screen != null || problem != null) {
            return;
        }
        try {
            refresh();
        } catch (NumberFormatException e) {
            problem = "attendance.notFound";
        }
        if ("attendance.notFound".equals(problem)) {
            NotFound.answer();
        }
    }

    /** Called by the poll: a new code (and QR) only when the 30-second slot changed. */
    public void refresh() {
        try {
            CheckIns.Screen next = checkIns.screen(Long.parseLong(dayId == null ? "" : dayId));
            if (screen == null || !screen.scanToken().equals(next.scanToken())) {
                qr = QrSvg.svg(address.shown("/attendance/checkin.xhtml?t=" + next.scanToken()),
                        Texts.get("attendance.screen.qrTitle"));
            }
            screen = next;
            problem = null;
        } catch (AttendanceRefusedException e) {
            problem = e.messageKey();
        }
    }

    public String getFormattedCode() {
        String code = screen.typedCode();
        return code.substring(0, 3) + " " + code.substring(3);
    }

    public CheckIns.Screen getScreen() {
        return screen;
    }

    public String getProblem() {
        return problem;
    }

    /** Safe to output unescaped: QrSvg writes only its own elements and escapes the title. */
    public String getQr() {
        return qr;
    }

    public String getDay() {
        return dayId;
    }

    public void setDay(String day) {
        this.dayId = day;
    }
}
