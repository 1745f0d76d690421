package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.application.common.DatabaseStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date with Flyway when the Hub starts. The data source reads its URL, user and password from
 * MicroProfile Config ({@code hub.db.url}, {@code hub.db.user}, {@code hub.db.password}), so any PostgreSQL works. If
 * the database cannot be reached, this says so in one log line and the health check reports it; the Hub still starts,
 * so its pages can explain the problem instead of a deployment failure with pages of stack traces.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/hub",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=hub.db.url}",
        user = "${MPCONFIG=hub.db.user}",
        password = "${MPCONFIG=hub.db.password}",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 20,
        // A statement run a fifth time on a connection becomes a server-side prepared statement (pgjdbc's default
        // prepareThreshold), so PostgreSQL no longer parses it anew; plan_cache_mode=force_custom_plan keeps every
        // execution planned for its own parameters, as before (prepareThreshold=0 planned and parsed every time): the
        // lists' "all or own or one municipality" conditions and the library search need the plan that fits the values
        // (a generic plan made the supervisor's report list ten times slower, 25 ms instead of 2.4 ms). In short A/B
        // runs of the load benchmark's routes: notifications, actions and search 20-40 % more requests/s, pages
        // 10-30 %. Behind PgBouncer: see HUB_DB_URL in the README.
        // The pool checks a connection before handing it out and, when one has gone (a database restart, a dropped
        // connection), throws away all of them, so the next request gets a fresh connection instead of an error. It
        // checks each connection at most once in 5 s: a check is a round trip to the database and loads the
        // validation class under the application class loader's lock, which under load held every request up (the
        // profile of the load benchmark); a connection lost in between fails its request (503) and is replaced.
        properties = {
            "connectTimeout=5",
            "loginTimeout=5",
            "ApplicationName=" + DatabaseMigration.APPLICATION_NAME,
            "prepareThreshold=5",
            "options=-c plan_cache_mode=force_custom_plan",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@Local(DatabaseStatus.class)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration implements DatabaseStatus {

    /** The name the Hub's connections give the database; V26 tells the Hub's own writes by it. */
    static final String APPLICATION_NAME = "nextwork-hub";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/hub")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "hub.db.url")
    String url;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        if (!reachable()) {
            return;
        }
        try {
            var result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            migrated = true;
            LOG.log(
                    Level.INFO,
                    "Database schema at {0} is at version {1} ({2} migration(s) applied now)",
                    new Object[] {
                        url,
                        result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion,
                        result.migrationsExecuted
                    });
        } catch (FlywayException e) {
            LOG.log(Level.SEVERE, "Database migration failed at {0}: {1}", new Object[] {url, rootMessage(e)});
        }
        checkApplicationName();
    }

    /**
     * V26 tells the Hub's own writes from anyone else's by the connection's application name: under another name (set
     * in HUB_DB_URL, or changed by a connection pooler) every save of a report would raise its version twice, and the
     * next save from the same form would be refused as stale. Said at start, in one log line.
     */
    private void checkApplicationName() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_setting('application_name')")) {
            String name = r.next() ? r.getString(1) : null;
            if (!APPLICATION_NAME.equals(name)) {
                LOG.log(
                        Level.SEVERE,
                        "The database sees the Hub''s connections as \"{0}\", not \"{1}\": it would take the Hub''s"
                                + " own changes to reports for changes made outside it, and refuse saves as stale."
                                + " Leave ApplicationName out of HUB_DB_URL, and let a pooler pass the name on as it is.",
                        new Object[] {name, APPLICATION_NAME});
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The Hub's application name could not be checked: {0}", rootMessage(e));
        }
    }

    private boolean reachable() {
        String problem = problem();
        if (problem != null) {
            LOG.log(Level.SEVERE, "Database at {0} cannot be reached: {1}", new Object[] {url, problem});
        }
        return problem == null;
    }

    @Override
    public String problem() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(5) ? null : "connection is not valid";
        } catch (SQLException | RuntimeException e) {
            return rootMessage(e);
        }
    }

    /** The configured database URL (never the password). */
    public String url() {
        return url;
    }

    @Override
    public boolean isMigrated() {
        return migrated;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
