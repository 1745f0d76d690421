package dk.nextwork.hub.application.personaldata;

import dk.nextwork.hub.application.common.DatabaseStatus;
import dk.nextwork.hub.domain.model.personaldata.StoredTexts;
import dk.nextwork.randomisation.CprNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Searches every stored free text for CPR numbers: once per version of the rule, just after the first start with it
 * (text stored before the Hub refused them at the edge), and whenever the network admin asks. One search at a time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PersonalDataSearch {

    private static final Logger LOG = Logger.getLogger(PersonalDataSearch.class.getName());

    /** The rule's version: the search is repeated at start-up when the rule for recognising a CPR number changes. */
    static final int RULE_VERSION = 1;

    /** Who a search at start-up is recorded as. */
    static final String HUB = "hub";

    @Inject
    DatabaseStatus migration;

    @Inject
    StoredTexts texts;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    /** Schedules the search once the Hub has started: a long search never holds up the deployment. */
    @PostConstruct
    void scheduleOnce() {
        if (migration.isMigrated()) {
            timers.createSingleActionTimer(Duration.ofSeconds(5).toMillis(), new TimerConfig(null, false));
        }
    }

    @Timeout
    void searchOnce() {
        try {
            if (texts.latest(RULE_VERSION).isEmpty()) {
                run(HUB);
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            // Never take the Hub down: the admin can start the search from the page.
            LOG.log(Level.WARNING, "The search of stored texts for CPR numbers failed; run it from the page", e);
        }
    }

    /** Searches now and records it as the latest search, by this user (or {@link #HUB}). */
    @Lock(LockType.WRITE)
    public void run(String by) {
        StoredTexts.Search search = texts.search(CprNumbers::appearIn);
        texts.record(RULE_VERSION, Instant.now(clock), by, search);
        LOG.info(() -> "Searched " + search.texts() + " stored texts for CPR numbers: "
                + search.findings().size() + " found (listed for the network admin on the personal data page)");
    }
}
