package dk.nextwork.hub.interfaces.health;

import dk.nextwork.hub.application.common.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and its schema was brought up to date. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

    @Inject
    DatabaseStatus database;

    @Override
    public HealthCheckResponse call() {
        // Up or down and whether the schema is current: no address, user or driver message for anyone to read (the
        // log names the problem).
        String problem = database.problem();
        if (problem != null) {
            LOG.warning(() -> "Health check: the database does not answer: " + problem);
        }
        return HealthCheckResponse.named("database")
                .status(problem == null && database.isMigrated())
                .withData("schema", database.isMigrated() ? "migrated" : "not migrated")
                .build();
    }
}
