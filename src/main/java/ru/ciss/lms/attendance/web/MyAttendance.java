package ru.ciss.lms.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.attendance.boundary.Attendance;
import ru.ciss.lms.attendance.boundary.AttendanceViews;

/** /attendance/my.xhtml: the trainee's own attendance in each cohort, and whether it meets the cohort's rule. */
@Named
@RequestScoped
public class MyAttendance {

    @Inject
    Attendance attendance;

    private List<AttendanceViews.Record> records;

    public List<AttendanceViews.Record> getRecords() {
        if (records == null) {
            records = attendance.mine();
        }
        return records;
    }
}
