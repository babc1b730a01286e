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
 * wrong value stops the start with its name.
 *
 * <p>There is one clock for the whole application. Pages and beans inject this class and ask {@link #now()} and
 * {@link #today()}; entities and static helpers, which cannot be injected into, pass {@link #current()} to
 * java.time ({@code Instant.now(SchoolClock.current())}). Both read the same clock, so a test that fixes it with
 * {@link #set(Clock)} fixes every "now" at once; {@code ArchitectureTest} refuses any other {@code now()} in the code.
 */
@ApplicationScoped
public class SchoolClock {

    public static final String DEFAULT_ZONE = "Asia/Omsk";

    /** The school's zone. */
    public static final ZoneId ZONE = zoneFrom(System::getProperty, System::getenv);

    private static final Clock SYSTEM = Clock.system(ZONE);
    private static volatile Clock clock = SYSTEM;

    /** The school's clock, in the school's zone: for {@code Instant.now(..)}, {@code LocalDate.now(..)} and the like. */
    public static Clock current() {
        return clock;
    }

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

    /** For tests: the school's time as this clock tells it (in the school's zone), everywhere in the application. */
    public static void set(Clock fixed) {
        clock = fixed.withZone(ZONE);
    }

    /** For tests: the real time again. */
    public static void reset() {
        clock = SYSTEM;
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
