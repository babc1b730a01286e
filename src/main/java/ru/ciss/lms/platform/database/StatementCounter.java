package ru.ciss.lms.platform.database;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread while counting is on, so a test can prove that
 * a page runs a bounded number of them (no N+1). Registered in persistence.xml; costs one thread-local read per
 * statement when off.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    public static void start() {
        COUNT.set(new int[1]);
    }

    /** @return the statements counted since {@link #start()}, and stops counting */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
