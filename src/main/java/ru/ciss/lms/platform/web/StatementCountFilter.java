package ru.ciss.lms.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.platform.database.StatementCounter;

/**
 * With lms.debug.sql-count=true (tests only), every page answers with the number of SQL statements it ran in the
 * header X-SQL-Statements. The response is buffered so the header can still be set after the page is rendered.
 */
@WebFilter(filterName = "statementCount", urlPatterns = "*.xhtml")
public class StatementCountFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "lms.debug.sql-count", defaultValue = "false")
    boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        response.setBufferSize(256 * 1024);
        StatementCounter.start();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = StatementCounter.stop();
            if (!response.isCommitted()) {
                response.setHeader("X-SQL-Statements", String.valueOf(statements));
            }
        }
    }
}
