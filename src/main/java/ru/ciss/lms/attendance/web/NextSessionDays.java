package ru.ciss.lms.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.attendance.boundary.SessionViews;
import ru.ciss.lms.attendance.boundary.Sessions;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * The mentor's home: the next session days of their cohorts (today's first, a cancelled one marked so), with the
 * links to mark them and to put the check-in code on the screen. Without it a mentor found the marking only through
 * the schedule in the menu.
 */
@Named
@RequestScoped
public class NextSessionDays {

    /** Enough to see the next session coming; the whole schedule is one link away. */
    static final int SHOWN = 3;

    @Inject
    Sessions sessions;

    private List<SessionViews.DayRow> days;

    public List<SessionViews.DayRow> getDays() {
        if (days == null) {
            LocalDate today = LocalDate.now(SchoolClock.current());
            days = sessions.myCalendar().stream().filter(d -> !d.day().isBefore(today))
                    .limit(SHOWN).toList();
        }
        return days;
    }
}
