package ru.ciss.lms.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>The data source's coordinates come from MicroProfile Config ({@code lms.db.*}, or the environment's
 * {@code LMS_DB_*}; see {@link ConfiguredDataSource}), so one WAR serves every environment and no password is
 * inside it. Bean-managed
 * transactions, because Flyway manages its own (with MariaDB's XA data source, which the pool was until issue #25, a
 * container transaction around them failed: trap 6).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/lms",
        className = "ru.ciss.lms.platform.database.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        loginTimeout = 5,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                // Connection.isValid pings the server: a connection that died with the database is found and the
                // whole pool renewed (fail-all-connections). "meta-data" never reached the server, so after an outage
                // the pool kept handing out dead connections until a restart (DatabaseOutageDrillIT found it).
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // At every borrow, though each boundary call borrows (five to ten pings a page, about 3 % of a page's
                // CPU; issue #25). "At most every 5 s" was tried: the outage drill then failed once (error pages), and
                // failed the same way with this setting back, so the setting was not the cause (see isOutage); it was
                // left at every borrow, as the drills have always run it.
                "fish.payara.max-wait-time-in-millis=10000",
                // Every connection has the same user: matching a free one to the caller's credentials only compared
                // connection factories at each borrow (0.7 % of a page's CPU in issue #25's profiles).
                "fish.payara.match-connections=false"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "java:app/jdbc/lms")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + applied + " migrations applied now)");
    }
}
