package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for the run command ({@code hub.demo-data=true}): the current half-year open for reporting and the three
 * before it closed. Idempotent, so it can run at every start. Never anything about individual young people.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DatabaseMigration migration;

    @Inject
    ReportingPeriodRepository periods;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hub.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled || !migration.isMigrated()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int back = 3; back >= 0; back--) {
            ReportingPeriod period = ReportingPeriod.halfYearOf(
                    today.minusMonths(6L * back), back == 0 ? PeriodStatus.OPEN : PeriodStatus.CLOSED);
            if (periods.findByCode(period.code()).isEmpty()) {
                periods.add(period);
                LOG.info(() -> "Demo data: reporting period " + period.code() + " added");
            }
        }
    }
}
