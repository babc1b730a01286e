package ru.ciss.lms.platform.health;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@code GET /health/ready}: 200 when the database answers within two seconds, 503 otherwise, so a load balancer
 * stops sending people to a server that cannot serve them.
 */
@WebServlet(urlPatterns = "/health/ready")
public class ReadinessServlet extends HttpServlet {

    @Resource(lookup = "java:app/jdbc/lms")
    DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = databaseAnswers();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(up ? "{\"status\":\"UP\",\"database\":\"UP\"}"
                : "{\"status\":\"DOWN\",\"database\":\"DOWN\"}");
    }

    boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
