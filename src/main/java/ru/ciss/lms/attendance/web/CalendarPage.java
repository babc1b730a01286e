package ru.ciss.lms.attendance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.attendance.boundary.CalendarFeeds;
import ru.ciss.lms.attendance.boundary.SessionViews;
import ru.ciss.lms.attendance.boundary.Sessions;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;
import ru.ciss.lms.platform.web.Texts;

/** /attendance/calendar.xhtml: the caller's session days, coming ones first, and their personal calendar feed. */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sessions sessions;

    @Inject
    CalendarFeeds feeds;

    @Inject
    PublicAddress address;

    private List<SessionViews.DayRow> coming;
    private List<SessionViews.DayRow> past;
    private Instant feedSince;
    private String feedUrl;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(SchoolClock.current());
        List<SessionViews.DayRow> all = sessions.myCalendar();
        coming = all.stream().filter(d -> !d.day().isBefore(today)).toList();
        // A copy: reversed() is a view that cannot be serialized, and this bean lives in the replicated session.
        past = List.copyOf(all.stream().filter(d -> d.day().isBefore(today)).toList().reversed());
        feedSince = feeds.activeSince().orElse(null);
    }

    /** A new feed address, shown once (only its hash is kept); any earlier address stops working. */
    public void renewFeed() {
        feedUrl = address.shown("/calendar/" + feeds.renew() + ".ics");
        feedSince = Instant.now(SchoolClock.current());
        Texts.info("calendar.feed.made");
    }

    public void revokeFeed() {
        feeds.revoke();
        feedUrl = null;
        feedSince = null;
        Texts.info("calendar.feed.revoked");
    }

    public boolean isToday(SessionViews.DayRow day) {
        return day.day().equals(LocalDate.now(SchoolClock.current()));
    }

    public List<SessionViews.DayRow> getComing() {
        return coming;
    }

    public List<SessionViews.DayRow> getPast() {
        return past;
    }

    public Instant getFeedSince() {
        return feedSince;
    }

    public String getFeedUrl() {
        return feedUrl;
    }
}
