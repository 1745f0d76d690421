package dk.nextwork.hub.interfaces.health;

import dk.nextwork.hub.infrastructure.persistence.DatabaseMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and its schema was brought up to date. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Inject
    DatabaseMigration database;

    @Override
    public HealthCheckResponse call() {
        String problem = database.problem();
        return HealthCheckResponse.named("database")
                .status(problem == null && database.isMigrated())
                .withData("url", database.url())
                .withData("schema", database.isMigrated() ? "migrated" : "not migrated")
                .withData("problem", problem == null ? "none" : problem)
                .build();
    }
}
