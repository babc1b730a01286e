package ru.ciss.lms.platform.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source, configured from MicroProfile Config when the server creates the pool.
 *
 * <p>Why not {@code ${MPCONFIG=...}} placeholders in {@code @DataSourceDefinition}: an empty password (MariaDB's
 * root on a developer's machine) counts as "no value" in MicroProfile Config, and the placeholder text itself was
 * then sent as the password. Reading the values here lets an empty password stay empty.
 *
 * <p>Why a plain {@link DataSource} around MariaDB's, not MariaDB's class itself: the server picks the pool's kind by
 * the interfaces of this class, and MariaDB's is also an {@code XADataSource}. An XA pool ran every container
 * transaction as a distributed one — {@code XA START}, {@code XA END}, {@code XA COMMIT ... ONE PHASE} and the
 * transaction service's two-phase machinery around one database — which was several per cent of every page's CPU
 * (issue #25). The application has one database and no other transactional resource, so local transactions are
 * the same guarantee.
 */
public class ConfiguredDataSource implements DataSource {

    static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/lms";

    private final MariaDbDataSource mariaDb;

    public ConfiguredDataSource() throws SQLException {
        mariaDb = new MariaDbDataSource(inUtc(setting("lms.db.url", DEFAULT_URL)));
        mariaDb.setUser(setting("lms.db.user", "lms"));
        mariaDb.setPassword(setting("lms.db.password", ""));
    }

    /**
     * The URL with the connection's zone pinned to UTC (unless the URL names one): instants are stored in DATETIME
     * columns as UTC whatever the zone of the JVM or of the server they are read on, so a time written by one
     * instance means the same on another. The JVM itself is started with -Duser.timezone=UTC for the same reason;
     * the school's own zone is {@link ru.ciss.lms.platform.time.SchoolClock}.
     */
    static String inUtc(String url) {
        if (url.contains("connectionTimeZone=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "connectionTimeZone=UTC";
    }

    private static String setting(String key, String fallback) {
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        return config.getOptionalValue(key, String.class).orElse(fallback);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return mariaDb.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return mariaDb.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return mariaDb.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        mariaDb.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        mariaDb.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return mariaDb.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return mariaDb.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : mariaDb.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || mariaDb.isWrapperFor(type);
    }
}
