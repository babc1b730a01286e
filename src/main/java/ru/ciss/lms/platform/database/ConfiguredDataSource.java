package ru.ciss.lms.platform.database;

import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source, configured from MicroProfile Config when the server creates the pool.
 *
 * <p>Why not {@code ${MPCONFIG=...}} placeholders in {@code @DataSourceDefinition}: an empty password (MariaDB's
 * root on a developer's machine) counts as "no value" in MicroProfile Config, and the placeholder text itself was
 * then sent as the password. Reading the values here lets an empty password stay empty.
 */
public class ConfiguredDataSource extends MariaDbDataSource {

    static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/lms";

    public ConfiguredDataSource() throws SQLException {
        super(inUtc(setting("lms.db.url", DEFAULT_URL)));
        setUser(setting("lms.db.user", "lms"));
        setPassword(setting("lms.db.password", ""));
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
}
