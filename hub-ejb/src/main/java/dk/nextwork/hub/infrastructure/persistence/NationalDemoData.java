package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.application.common.DatabaseStatus;
import dk.nextwork.hub.application.demo.NationalDemoReports;
import dk.nextwork.hub.domain.model.municipality.DanishMunicipalities;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The national demo data for the run command's switch ({@code -Dhub.demo-data=national}) and the load benchmark: all
 * 98 municipalities with their real names and kommunekoder × 40 half-years of approved reports (seed
 * {@code hub.demo-data.seed}, default 2026), loaded after the normal demo data, one municipality per transaction.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NationalDemoData {

    private static final Logger LOG = Logger.getLogger(NationalDemoData.class.getName());

    @Inject
    @ConfigProperty(name = "hub.demo-data", defaultValue = "false")
    String mode;

    @Inject
    DatabaseStatus migration;

    @Inject
    NationalDemoReports reports;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hub.demo-data.seed", defaultValue = "2026")
    long seed;

    @PostConstruct
    void load() {
        if (!"national".equalsIgnoreCase(mode) || !migration.isMigrated()) {
            return;
        }
        Instant began = Instant.now();
        List<String> periods = reports.periods(LocalDate.now(clock));
        int added = 0;
        for (DanishMunicipalities.Entry entry : DanishMunicipalities.all()) {
            added += reports.municipality(entry, periods, seed);
        }
        int total = added;
        LOG.info(() -> "National demo data: " + total + " approved reports added for "
                + DanishMunicipalities.all().size() + " municipalities over " + periods.size() + " half-years in "
                + Duration.between(began, Instant.now()).toSeconds() + " s");
    }
}
