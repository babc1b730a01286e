package ru.ciss.lms.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

/**
 * The school's time: its zone (LMS_SCHOOL_ZONE, default Asia/Omsk, where the sessions are held and the trainees
 * live) and its clock. "Today", a due date, a session day, the year of a certificate are the school's, never the
 * server's: a server in Moscow or UTC would otherwise start the day three to six hours late.
 *
 * <p>The zone is a constant because entities and static formats need it too; it is read once, from the system
 * property lms.school.zone or the environment variable LMS_SCHOOL_ZONE (the names MicroProfile Config uses), and a
 * wrong value stops the start with its name. Beans inject this class for "now" and "today"; tests replace its clock.
 */
@ApplicationScoped
public class SchoolClock {

    public static final String DEFAULT_ZONE = "Asia/Omsk";

    /** The school's zone. */
    public static final ZoneId ZONE = zoneFrom(System::getProperty, System::getenv);

    private volatile Clock clock = Clock.system(ZONE);

    public ZoneId zone() {
        return ZONE;
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in the school's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** For tests: the school's time as this clock tells it (in the school's zone). */
    public void set(Clock fixed) {
        this.clock = fixed.withZone(ZONE);
    }

    /** The zone named by lms.school.zone or LMS_SCHOOL_ZONE, or Asia/Omsk. */
    static ZoneId zoneFrom(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String name = properties.apply("lms.school.zone");
        if (name == null || name.isBlank()) {
            name = environment.apply("LMS_SCHOOL_ZONE");
        }
        if (name == null || name.isBlank()) {
            return ZoneId.of(DEFAULT_ZONE);
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException("LMS_SCHOOL_ZONE: '" + name + "' is no time zone; write it as "
                    + "Region/City, e.g. Asia/Omsk", e);
        }
    }
}
