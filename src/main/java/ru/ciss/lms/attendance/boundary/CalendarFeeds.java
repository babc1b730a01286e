package ru.ciss.lms.attendance.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.ciss.lms.attendance.SessionFormat;
import ru.ciss.lms.attendance.control.ICalendar;
import ru.ciss.lms.attendance.entity.CalendarFeed;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Personal iCalendar feeds. A person makes a secret address once and pastes it into their phone's calendar; a new
 * address or "revoke" makes the old one answer 404, e.g. after a phone is lost.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
public class CalendarFeeds {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonNames people;

    @Inject
    Caller caller;

    @Inject
    CalendarDays calendarDays;

    /** A new secret for the caller's feed; any earlier one stops working. */
    @RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
    public String renew() {
        long me = caller.id();
        revokeAll(me);
        SecretTokens.Issued secret = SecretTokens.issue(24);
        em.persist(new CalendarFeed(me, secret));
        return secret.secret();
    }

    @RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
    public void revoke() {
        revokeAll(caller.id());
    }

    /** When the caller's current feed was made, if they have one. */
    @RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
    public Optional<Instant> activeSince() {
        return active(caller.id()).stream().map(CalendarFeed::getCreatedAt).findFirst();
    }

    /** The feed behind a secret address, for calendar apps that cannot sign in; empty when unknown or revoked. */
    @PermitAll
    public Optional<String> ics(String secret, String baseUrl) {
        return SecretTokens.find(em, CalendarFeed.class, secret).filter(CalendarFeed::isActive)
                .map(feed -> ICalendar.feed("Школа лидеров ресурсных центров", events(feed.getPersonId(), baseUrl),
                        Instant.now(SchoolClock.current())));
    }

    private List<ICalendar.Event> events(long personId, String baseUrl) {
        boolean administrator = people.hasRole(personId, Role.ADMINISTRATOR);
        return calendarDays.seenBy(personId, administrator).stream().map(d -> new ICalendar.Event(
                "session-day-" + d.dayId() + "@lms.ciss-omsk", d.start(), d.end(),
                (d.cancelled() ? "Отменено: " : "") + d.sessionTitle() + " — " + d.cohortName(),
                d.format() == SessionFormat.ONLINE ? d.link() : d.place(),
                d.cancelled() ? "Отменено: " + d.cancelReason() : d.agenda(),
                baseUrl == null ? d.link() : baseUrl + "/attendance/calendar.xhtml", null, d.cancelled())).toList();
    }

    private List<CalendarFeed> active(long personId) {
        return em.createQuery("SELECT f FROM CalendarFeed f WHERE f.personId = :me AND f.revokedAt IS NULL",
                CalendarFeed.class).setParameter("me", personId).getResultList();
    }

    private void revokeAll(long personId) {
        active(personId).forEach(CalendarFeed::revoke);
    }
}
