package dk.nextwork.hub.application.randomisation;

import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.BigStick;
import dk.nextwork.randomisation.BlockDesign;
import dk.nextwork.randomisation.BlockUrn;
import dk.nextwork.randomisation.Design;
import dk.nextwork.randomisation.MaximalProcedure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The trials as researchers read them: the list, a trial's overview, its allocation log. A trial's design is concealed
 * while it runs once a list is generated, here and nowhere else.
 */
@ApplicationScoped
class TrialOverviews {

    /** The trial's log shown on the overview. */
    private static final int EVENTS_SHOWN = 100;

    @Inject
    TrialLedger ledger;

    /** The trial asked for, or the first; researchers see any. */
    TrialLedger.Trial trial(Long trial) {
        if (trial == null) {
            return ledger.trials().stream()
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("problem.trial.unknown", ""));
        }
        return ledger.trial(trial).orElseThrow(() -> new NotFoundException("problem.trial.unknown", trial));
    }

    /** Every trial, oldest first, each with its sites (read in one query). */
    List<RandomisationViews.TrialSummary> trials() {
        Map<Long, List<TrialLedger.Site>> sites = ledger.sitesByTrial();
        return ledger.trials().stream()
                .map(t -> summary(t, sites.getOrDefault(t.id(), List.of())))
                .toList();
    }

    /** The trial of this id as it stands now. */
    RandomisationViews.TrialSummary summary(long trial) {
        TrialLedger.Trial t = ledger.trial(trial).orElseThrow();
        return summary(t, ledger.sites(t.id()));
    }

    private static RandomisationViews.TrialSummary summary(TrialLedger.Trial t, List<TrialLedger.Site> sites) {
        boolean concealed = t.open() && t.started();
        Design d = t.design();
        return new RandomisationViews.TrialSummary(
                t.id(),
                t.name(),
                t.status().name(),
                t.version(),
                concealed ? null : d.kind().name(),
                concealed ? null : d.parameters(),
                concealed
                        ? null
                        : d instanceof BigStick b
                                ? Integer.valueOf(b.mti())
                                : d instanceof BlockUrn u
                                        ? Integer.valueOf(u.mti())
                                        : d instanceof MaximalProcedure p ? Integer.valueOf(p.mti()) : null,
                concealed || !(d instanceof BlockDesign blocks) ? List.of() : blocks.blockSizes(),
                !concealed && d instanceof MaximalProcedure p ? Integer.valueOf(p.length()) : null,
                t.design().nextwork(),
                t.design().control(),
                t.target(),
                t.categories(),
                t.everyMunicipality(),
                sites.stream().map(TrialLedger.Site::name).toList(),
                t.proposedBy(),
                t.proposedAt(),
                t.confirmedBy(),
                t.confirmedAt(),
                t.closedAt(),
                t.started());
    }

    RandomisationViews.Overview overview(TrialLedger.Trial trial) {
        long id = trial.id();
        List<RandomisationViews.StratumRow> strata = ledger.counts(id).stream()
                .map(c -> new RandomisationViews.StratumRow(
                        c.municipality(),
                        c.municipalityName(),
                        c.category(),
                        c.nextwork(),
                        c.control(),
                        c.inError(),
                        c.nextwork() - c.control(),
                        trial.open() && c.low(),
                        c.batches()))
                .toList();
        int nextwork = strata.stream()
                .mapToInt(RandomisationViews.StratumRow::nextwork)
                .sum();
        int control =
                strata.stream().mapToInt(RandomisationViews.StratumRow::control).sum();
        RandomisationViews.TrialSummary summary = summary(trial, ledger.sites(id));
        return new RandomisationViews.Overview(
                summary,
                trial.version(),
                trial.open(),
                trial.closedAt(),
                trial.design().nextwork(),
                trial.design().control(),
                summary.design() == null || !(trial.design() instanceof BlockDesign blocks)
                        ? List.of()
                        : blocks.blockSizes(),
                trial.target(),
                nextwork + control,
                nextwork,
                control,
                strata.stream().mapToInt(RandomisationViews.StratumRow::inError).sum(),
                strata,
                ledger.months(id).stream()
                        .map(m -> new RandomisationViews.MonthRow(
                                m.month(), m.municipality(), m.municipalityName(), m.nextwork(), m.control()))
                        .toList(),
                ledger.batchRecords(id).stream()
                        .map(b -> new RandomisationViews.Seal(
                                b.municipality(),
                                b.municipalityName(),
                                b.category(),
                                b.batchNumber(),
                                b.digest(),
                                b.generatedAt(),
                                b.reason()))
                        .toList(),
                ledger.events(id, EVENTS_SHOWN));
    }

    /** One page of the trial's allocations, newest first (the page and size checked before). */
    Page<RandomisationViews.Entry> log(long trial, int page, int size) {
        long total = ledger.allocationCount(trial);
        int shown = Page.within(page, size, total);
        return new Page<>(
                ledger.allocations(trial, Page.offset(shown, size), size).stream()
                        .map(TrialOverviews::entry)
                        .toList(),
                shown,
                size,
                total);
    }

    /** Every allocation made in the trial, in the order made. */
    List<RandomisationViews.Entry> export(long trial) {
        return ledger.everyAllocation(trial).stream().map(TrialOverviews::entry).toList();
    }

    static RandomisationViews.Entry entry(TrialLedger.Allocation a) {
        return new RandomisationViews.Entry(
                a.studyId(),
                a.municipality(),
                a.municipalityName(),
                a.kommunekode(),
                a.category(),
                a.arm(),
                a.allocatedAt(),
                a.criteriaVersion(),
                a.error(),
                a.markedAt());
    }
}
