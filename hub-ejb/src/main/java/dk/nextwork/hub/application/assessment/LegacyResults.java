package dk.nextwork.hub.application.assessment;

import dk.nextwork.hub.application.common.DatabaseStatus;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reports submitted before results were frozen whole stored only what the page showed; at start-up each gets its
 * whole result stored once (its ratings and key figures cannot change any more), so from then on every submitted and
 * approved report is shown from storage and no later change to the rules can change it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class LegacyResults {

    private static final Logger LOG = Logger.getLogger(LegacyResults.class.getName());

    @Inject
    DatabaseStatus migration;

    @Inject
    AssessmentRepository assessments;

    @Inject
    Instruments instruments;

    @Inject
    Clock clock;

    @PostConstruct
    void freeze() {
        if (!migration.isMigrated()) {
            return;
        }
        List<Assessment> legacy = assessments.submittedWithResultOtherThan("\"format\":" + FrozenResult.FORMAT);
        for (Assessment a : legacy) {
            Instant scoredAt = a.submittedAt().orElse(Instant.now(clock));
            a.completeFrozenResult(FrozenResult.of(AssessmentScoring.score(instruments.of(a), a), scoredAt)
                    .json());
        }
        if (!legacy.isEmpty()) {
            LOG.info(() -> "Stored the whole result of " + legacy.size() + " report(s) submitted before results were"
                    + " frozen whole");
        }
    }
}
