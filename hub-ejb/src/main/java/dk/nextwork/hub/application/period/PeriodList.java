package dk.nextwork.hub.application.period;

import dk.nextwork.hub.application.common.KeptUnderVersion;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The reporting periods, newest first, as every page and the API list them: read once per version of the read model,
 * which the database raises on any change of a period (V21) — opened, closed, or removed. The version is read before
 * the list, so a list is never kept under a version newer than itself. Whether a period is current is worked out from
 * the day at each use ({@link PeriodView#isCurrentOn}), never kept.
 */
@ApplicationScoped
class PeriodList {

    @Inject
    ReportingPeriodRepository periods;

    @Inject
    NetworkScores scores;

    private final KeptUnderVersion<List<PeriodView>> kept = new KeptUnderVersion<>();

    List<PeriodView> newestFirst() {
        return kept.get(
                scores.version(),
                () -> periods.newestFirst().stream().map(PeriodView::of).toList());
    }
}
