package ru.ciss.lms.platform.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
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
    void aFailedQueryOnAReachableDatabaseIsNot() {
        assertFalse(DatabaseOutageFilter.isOutage(new PersistenceException(new SQLSyntaxErrorException("bad SQL",
                "42000"))));
        assertFalse(DatabaseOutageFilter.isOutage(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutageFilter.isOutage(new ServletException("no cause")));
    }
}
