package ru.ciss.lms.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.attendance.boundary.Attendance;
import ru.ciss.lms.attendance.boundary.AttendanceViews;

/**
 * /attendance/my.xhtml: the trainee's own attendance in each cohort, and whether it meets the cohort's rule.
 * With ?cohort=C (the home page's and the e-mails' links, issue #19) only that cohort, which must be the trainee's:
 * any other id answers «Страница не найдена».
 */
@Named
@RequestScoped
public class MyAttendance {

    @Inject
    Attendance attendance;

    private List<AttendanceViews.Record> records;
    private String cohort;

    /** Keeps only the cohort the address names; a cohort that is not the trainee's is "not found". */
    public void load() throws java.io.IOException {
        if (cohort == null || cohort.isBlank()) {
            return;
        }
        List<AttendanceViews.Record> one = cohort.strip().matches("[0-9]{1,18}") ? getRecords().stream()
                .filter(r -> r.cohortId() == Long.parseLong(cohort.strip())).toList() : List.of();
        if (one.isEmpty()) {
            ru.ciss.lms.platform.web.NotFound.answer();
        }
        records = one;
    }

    public List<AttendanceViews.Record> getRecords() {
        if (records == null) {
            records = attendance.mine();
        }
        return records;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }
}
