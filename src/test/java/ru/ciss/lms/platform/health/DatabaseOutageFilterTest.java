package ru.ciss.lms.platform.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

class DatabaseOutageFilterTest {

    @Test
    void aRefusedConnectionDeepInTheCausesIsAnOutage() {
        var refused = new SQLNonTransientConnectionException("Socket fail to connect to host:address=(host=127.0.0.1)");
        assertTrue(DatabaseOutageFilter.isOutage(new ServletException(new EJBException(
                new PersistenceException("Exception [EclipseLink-4002]", refused)))));
        assertTrue(DatabaseOutageFilter.isOutage(new RuntimeException(new SQLException("Communications link failure",
                "08S01"))));
        assertTrue(DatabaseOutageFilter.isOutage(new RuntimeException(new ConnectException("Connection refused"))));
    }

    @Test
    void aQueryEndedByTheStoppingServerIsAnOutage() {
        // What a query running when MariaDB shuts down receives: not state class 08, but the server's own codes.
        assertTrue(DatabaseOutageFilter.isOutage(new PersistenceException(new SQLException(
                "(conn=12) Connection was killed", "70100", 1927))));
        assertTrue(DatabaseOutageFilter.isOutage(new PersistenceException(new SQLException(
                "Server shutdown in progress", "HY000", 1053))));
        // The pool's own refusal: every connection is held up by a database that stopped answering.
        assertTrue(DatabaseOutageFilter.isOutage(new PersistenceException(new SQLException(
                "Error in allocating a connection", new ResourceAllocationException(
                        "In-use connections equal max-pool-size and expired max-wait-time")))));
        assertFalse(DatabaseOutageFilter.isOutage(new PersistenceException(new SQLException(
                "Query execution was interrupted", "70100", 1317))), "a query cancelled on a running server is not");
    }

    @Test
    void aRollbackTheDatabaseCouldNotTakeIsAnOutage() {
        // What a boundary throws when its query ran as the server stopped: the rollback fails, and that failure
        // replaces the query's (seen in DatabaseOutageDrillIT: 5-7 answers of a drill were the error page).
        assertTrue(DatabaseOutageFilter.isOutage(new ServletException(new EJBException(new jakarta.transaction.SystemException(
                "org.omg.CORBA.INTERNAL: JTS5031: Exception [org.omg.CORBA.INTERNAL] on Resource [rollback] operation.")))));
        assertTrue(DatabaseOutageFilter.isOutage(new EJBException(new javax.transaction.xa.XAException(
                javax.transaction.xa.XAException.XAER_RMFAIL))));
        assertFalse(DatabaseOutageFilter.isOutage(new EJBException(new javax.transaction.xa.XAException(
                javax.transaction.xa.XAException.XA_RBDEADLOCK))), "a deadlock on a running server is not");
    }

    @Test
    void aFailedQueryOnAReachableDatabaseIsNot() {
        assertFalse(DatabaseOutageFilter.isOutage(new PersistenceException(new SQLSyntaxErrorException("bad SQL",
                "42000"))));
        assertFalse(DatabaseOutageFilter.isOutage(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutageFilter.isOutage(new ServletException("no cause")));
    }
}
