package ru.ciss.lms.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.attendance.boundary.SessionViews;
import ru.ciss.lms.attendance.boundary.Sessions;

/** The trainee's home: today's session days of their cohorts (Omsk time), each with the way to check in. */
@Named
@RequestScoped
public class TodaySessions {

    @Inject
    Sessions sessions;

    private List<SessionViews.DayRow> days;

    public List<SessionViews.DayRow> getDays() {
        if (days == null) {
            days = sessions.myDaysToday();
        }
        return days;
    }
}
