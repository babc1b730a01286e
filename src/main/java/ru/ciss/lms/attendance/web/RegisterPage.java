package ru.ciss.lms.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import ru.ciss.lms.attendance.boundary.Attendance;
import ru.ciss.lms.attendance.boundary.AttendanceRefusedException;
import ru.ciss.lms.attendance.boundary.AttendanceViews;
import ru.ciss.lms.platform.web.NotFound;

/** /attendance/register.xhtml?cohort=N: every trainee × every day, with who is at risk of missing the rule. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    Attendance attendance;

    private String cohortId;
    private AttendanceViews.Register register;

    public void load() throws IOException {
        try {
            register = attendance.register(Long.parseLong(cohortId == null ? "" : cohortId));
        } catch (NumberFormatException | AttendanceRefusedException e) {
            NotFound.answer();
        }
    }

    public AttendanceViews.Register getRegister() {
        return register;
    }

    public String getCohort() {
        return cohortId;
    }

    public void setCohort(String cohort) {
        this.cohortId = cohort;
    }
}
