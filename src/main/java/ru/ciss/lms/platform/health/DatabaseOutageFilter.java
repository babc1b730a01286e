package ru.ciss.lms.platform.health;

import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.SystemException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;

/**
 * While the database is unreachable, a page that needed it answers 503 with a short page saying the school's site is
 * temporarily unavailable and to try again in a minute, instead of the general error page: nothing the person did
 * was wrong, and nothing of theirs is lost. The page is a static file read once at start, because rendering a
 * Faces page could itself need the database. The connection pool validates its connections, so when the database
 * is back the next request simply works; no restart is needed.
 */
@WebFilter(filterName = "databaseOutage", urlPatterns = "/*", asyncSupported = true)
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());
    static final String RETRY_AFTER_SECONDS = "30";
    /** The static page, also served as /unavailable.html (where an ajax request is sent). */
    public static final String PAGE_PATH = "/unavailable.html";
    /**
     * The page's own policy: nothing runs, only its inline style block, named by its SHA-256 (a test recomputes it
     * from the page, so an edit of the style cannot silently leave the page unstyled).
     */
    public static final String POLICY = "default-src 'none'; style-src 'sha256-rdHRoaC9viTJ4novWQ9iylbPVNdsWn5XHLsCTh90CZI='; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static volatile byte[] page = "Сайт временно недоступен / temporarily unavailable".getBytes(StandardCharsets.UTF_8);

    @Override
    public void init() throws ServletException {
        try (InputStream in = getServletContext().getResourceAsStream(PAGE_PATH)) {
            if (in != null) {
                page = in.readAllBytes();
            }
        } catch (IOException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isOutage(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "The database is unreachable; " + request.getRequestURI() + " answered 503: " + e);
            answer(response);
        }
    }

    /** The 503 page «временно недоступен»; also for filters that meet the outage before this one does. */
    public static void answer(HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setContentType("text/html;charset=UTF-8");
        byte[] content = page;
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /**
     * MariaDB's own codes for a connection ended by the server going away, whatever SQL state they carry: 1053 "server
     * shutdown in progress", 1927 "connection was killed" (state 70100, what a query running at the moment of a
     * shutdown receives), 2006 "server has gone away" and 2013 "lost connection during query".
     */
    private static final Set<Integer> SERVER_WENT_AWAY = Set.of(1053, 1927, 2006, 2013);

    /**
     * Whether the failure was the database out of reach: a connection refused, closed or timed out anywhere in the
     * causes (SQL state class 08 is "connection exception"), or a connection the stopping server ended. A query that
     * failed on a reachable database is not.
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // ResourceAllocationException: the pool could not hand out a connection, because the database refuses
            // new ones or because every pooled one is held up by a database that stopped answering.
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException || t instanceof ResourceAllocationException) {
                return true;
            }
            // The transaction manager could not roll back on the database (JTS5031; the XA resource's connection
            // closed under it): what a request whose query was running when the server stopped gets from its boundary
            // instead of the query's own failure, which the container drops (DatabaseOutageDrillIT saw 5-7 per drill).
            if (t instanceof SystemException || t instanceof XAException xa && xa.errorCode == XAException.XAER_RMFAIL) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || SERVER_WENT_AWAY.contains(sql.getErrorCode()))) {
                return true;
            }
            if (t instanceof ServletException servlet && servlet.getRootCause() != null && servlet.getRootCause() != t
                    && isOutage(servlet.getRootCause())) {
                return true;
            }
        }
        return false;
    }
}
