package ru.ciss.lms.platform.health;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

class ReadinessServletTest {

    @Test
    void notReadyWhileTheDatabaseIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // free now, so nothing listens there
        }
        ReadinessServlet servlet = new ReadinessServlet();
        servlet.dataSource = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + closedPort + "/lms?connectTimeout=2000");
        assertFalse(servlet.databaseAnswers());
    }
}
