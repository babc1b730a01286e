package ru.ciss.lms.platform.database;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread while counting is on, so a test can prove that
 * a page runs a bounded number of them (no N+1), and the container transactions they ran in (each one takes a pooled
 * connection and checks it: a page that reads in one call should read in one). Registered in persistence.xml; costs
 * one thread-local read per statement when off.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<Counts> COUNT = new ThreadLocal<>();

    private static final class Counts {
        int statements;
        final Set<Object> transactions = Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** What was counted: statements, and the distinct transactions they ran in (a statement outside one adds none). */
    public record Counted(int statements, int transactions) {
    }

    public static void start() {
        COUNT.set(new Counts());
    }

    /** @return what was counted since {@link #start()}, and stops counting */
    public static Counted stop() {
        Counts counts = COUNT.get();
        COUNT.remove();
        return counts == null ? new Counted(0, 0) : new Counted(counts.statements, counts.transactions.size());
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        Counts counts = COUNT.get();
        if (counts != null) {
            counts.statements++;
            Object transaction = currentTransaction();
            if (transaction != null) {
                counts.transactions.add(transaction);
            }
        }
    }

    /** The container's key of the thread's transaction, or null outside one; looked up only while counting. */
    private static Object currentTransaction() {
        try {
            return ((TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry")).getTransactionKey();
        } catch (NamingException e) {
            return null;
        }
    }
}
