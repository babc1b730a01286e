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
 * header X-SQL-Statements, the number of container transactions they ran in in X-SQL-Transactions, and with the size of the person's session after it, serialized as a cluster would
 * replicate it, in X-Session-Bytes (the tests check that it stays bounded however many pages are opened). The
 * response is buffered so the headers can still be set after the page is rendered.
 * <p>
 * With lms.debug.session-bytes=true (the page benchmark), a request that carries {@code X-Measure-Session: 1} is
 * answered with X-Session-Bytes as the session stood <em>before</em> it, without buffering anything: the benchmark
 * opens fifty pages and then asks, so its load runs (which never send the header) pay nothing for it.
 */
@WebFilter(filterName = "statementCount", urlPatterns = "*.xhtml")
public class StatementCountFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "lms.debug.sql-count", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "lms.debug.session-bytes", defaultValue = "false")
    boolean sessionBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            jakarta.servlet.http.HttpSession session = sessionBytes && "1".equals(request.getHeader("X-Measure-Session"))
                    ? request.getSession(false) : null;
            if (session != null) {
                response.setHeader("X-Session-Bytes", serializedSize(session));
            }
            chain.doFilter(request, response);
            return;
        }
        response.setBufferSize(256 * 1024);
        StatementCounter.start();
        try {
            chain.doFilter(request, response);
        } finally {
            StatementCounter.Counted counted = StatementCounter.stop();
            if (!response.isCommitted()) {
                response.setHeader("X-SQL-Statements", String.valueOf(counted.statements()));
                response.setHeader("X-SQL-Transactions", String.valueOf(counted.transactions()));
                jakarta.servlet.http.HttpSession session = request.getSession(false);
                if (session != null) {
                    response.setHeader("X-Session-Bytes", serializedSize(session));
                }
            }
        }
    }

    /** The bytes of the session's attributes serialized one by one; an attribute that cannot be is named instead. */
    private static String serializedSize(jakarta.servlet.http.HttpSession session) {
        long bytes = 0;
        java.util.List<String> unserializable = new java.util.ArrayList<>();
        for (String name : java.util.Collections.list(session.getAttributeNames())) {
            CountingStream counted = new CountingStream();
            try (java.io.ObjectOutputStream out = new ContainerLikeStream(counted)) {
                out.writeObject(session.getAttribute(name));
                bytes += counted.count;
            } catch (IOException | RuntimeException e) {
                unserializable.add(name + " (" + e + ")");
            }
        }
        return unserializable.isEmpty() ? String.valueOf(bytes) : bytes + "; not serializable: " + unserializable;
    }

    /**
     * Writes an EJB reference as the container's session store does: as a small handle, not the proxy itself (the
     * view-scoped beans hold injected boundaries, whose generated proxies are not Serializable on their own).
     */
    private static final class ContainerLikeStream extends java.io.ObjectOutputStream {

        ContainerLikeStream(java.io.OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            return !(object instanceof java.io.Serializable) && object.getClass().getName().contains("__EJB31_Generated__")
                    ? "ejb:" + object.getClass().getName() : object;
        }
    }

    private static final class CountingStream extends java.io.OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
