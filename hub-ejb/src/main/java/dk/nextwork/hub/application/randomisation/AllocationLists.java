package dk.nextwork.hub.application.randomisation;

import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.AllocationList;
import dk.nextwork.randomisation.BlockDesign;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strata's sealed allocation lists: a batch generated at a list's end (sealed to the batch before), and after
 * closure the whole list with every batch's digest recomputed.
 */
@ApplicationScoped
class AllocationLists {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TrialLedger ledger;

    /**
     * A new batch at the end of the stratum's list, drawn by the trial's design from where the list stands and sealed
     * to the batch before, with its own concealed low-stock threshold (from {@code lowStock} to twice that), so the
     * moment the warning comes does not tell where the list ends.
     *
     * @param reason {@code FIRST}, {@code RAN_OUT} (both by the Hub) or {@code EXTENDED} (by the {@code researcher})
     * @return the stratum with its new length
     */
    TrialLedger.Stratum generate(
            TrialLedger.Stratum stratum,
            String kommunekode,
            TrialLedger.Trial trial,
            String reason,
            Instant now,
            String researcher) {
        AllocationList.Batch batch = AllocationList.generate(
                trial.design(),
                trial.batchSlots(),
                ledger.listState(stratum.id()),
                ledger.lastDigest(stratum.id()),
                AllocationList.label(kommunekode, stratum.category(), ledger.batches(stratum.id()) + 1));
        int warnBelow = trial.lowStock() + RANDOM.nextInt(trial.lowStock() + 1);
        String by = "EXTENDED".equals(reason) ? researcher : "hub";
        ledger.addBatch(stratum, batch, reason, warnBelow, now, by);
        ledger.log(trial.id(), now, by, "LIST_" + reason, null, stratum.id());
        return new TrialLedger.Stratum(
                stratum.id(),
                stratum.trialId(),
                stratum.municipalityId(),
                stratum.category(),
                stratum.used(),
                batch.lastSequence());
    }

    /** A closed trial's whole list, each batch's digest recomputed from the one before, its salt and its slots. */
    RandomisationViews.FullList fullList(TrialLedger.Trial trial) {
        Map<String, TrialLedger.Allocation> usedBy = new HashMap<>();
        for (TrialLedger.Allocation a : ledger.everyAllocation(trial.id())) {
            usedBy.put(a.municipality() + "/" + a.category() + "/" + a.sequence(), a);
        }
        Map<String, String> previous = new HashMap<>();
        List<RandomisationViews.ListBatch> batches = new ArrayList<>();
        Set<Boolean> matches = new LinkedHashSet<>();
        for (TrialLedger.SealedBatch sealed : ledger.fullList(trial.id())) {
            TrialLedger.BatchRecord b = sealed.batch();
            String stratum = b.municipality() + "/" + b.category();
            String before = previous.getOrDefault(stratum, AllocationList.GENESIS);
            String label = AllocationList.label(b.kommunekode(), b.category(), b.batchNumber());
            boolean match = AllocationList.digest(before, label, sealed.salt(), sealed.slots())
                    .equals(b.digest());
            matches.add(match);
            previous.put(stratum, b.digest());
            batches.add(new RandomisationViews.ListBatch(
                    b.municipality(),
                    b.kommunekode(),
                    b.category(),
                    b.batchNumber(),
                    before,
                    label,
                    sealed.salt(),
                    b.digest(),
                    match,
                    sealed.slots().stream()
                            .map(s -> {
                                TrialLedger.Allocation a = usedBy.get(stratum + "/" + s.sequence());
                                return new RandomisationViews.ListSlot(
                                        s.sequence(),
                                        s.arm(),
                                        s.block(),
                                        s.blockSize(),
                                        a == null ? null : a.studyId(),
                                        a == null ? null : a.arm(),
                                        a == null ? null : a.error());
                            })
                            .toList()));
        }
        return new RandomisationViews.FullList(
                trial.id(),
                trial.design().kind().name(),
                trial.design().parameters(),
                trial.design() instanceof BlockDesign blocks ? blocks.blockSizes() : List.of(),
                !matches.contains(false),
                batches);
    }
}
