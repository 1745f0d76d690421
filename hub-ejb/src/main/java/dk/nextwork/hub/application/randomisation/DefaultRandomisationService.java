package dk.nextwork.hub.application.randomisation;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.Category;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The randomisation machine. Every allocation runs under a lock on its trial's row, so a trial's allocations are made
 * one after another: a study ID is looked up and a stratum's next slot taken with nobody in between. A stratum's list is
 * generated ahead (the first batch with its first young person) and extended before it can run out. Trials are set up
 * by one researcher and opened by a second; several may run side by side. Each method checks who may call it and
 * starts the transaction; {@link Allocations} draws, {@link AllocationLists} generates and verifies the sealed lists,
 * {@link TrialOverviews} shows the trials.
 */
@Stateless
public class DefaultRandomisationService implements RandomisationService {

    @Inject
    TrialLedger ledger;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AllocationCheck allocationCheck;

    @Inject
    Allocations allocations;

    @Inject
    AllocationLists lists;

    @Inject
    ProposalCheck proposalCheck;

    @Inject
    TrialOverviews overviews;

    @Inject
    Clock clock;

    @Override
    public RandomisationViews.Form form(Caller caller) {
        if (!Access.allows(caller, Capability.ALLOCATE) && !Access.allows(caller, Capability.OVERSEE_TRIAL)) {
            throw new AccessDeniedException("access.denied." + Capability.ALLOCATE.name());
        }
        return allocations.form(caller);
    }

    @Override
    public void check(RandomisationViews.NewAllocation input, Caller caller) {
        Access.require(caller, Capability.ALLOCATE);
        allocationCheck.check(input, caller);
    }

    @Override
    public RandomisationViews.Result allocate(RandomisationViews.NewAllocation input, Caller caller) {
        Access.require(caller, Capability.ALLOCATE);
        return allocations.allocate(allocationCheck.check(input, caller), caller);
    }

    @Override
    public List<RandomisationViews.Site> sites(Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        return municipalities.activeFirst().stream()
                .map(m -> new RandomisationViews.Site(m.slug(), m.name()))
                .toList();
    }

    @Override
    public int lowLists(Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        return ledger.lowLists();
    }

    @Override
    public List<RandomisationViews.TrialSummary> trials(Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        return overviews.trials();
    }

    @Override
    public RandomisationViews.TrialSummary propose(RandomisationViews.NewTrial input, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        TrialLedger.Proposal proposal = proposalCheck.proposal(input);
        Instant now = Instant.now(clock);
        long id = ledger.propose(proposal, now, caller.username());
        ledger.log(id, now, caller.username(), "PROPOSED", null, null);
        return overviews.summary(id);
    }

    @Override
    public RandomisationViews.TrialSummary confirm(long trial, long expectedVersion, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        TrialLedger.Trial proposed = proposal(trial, expectedVersion);
        if (caller.username().equals(proposed.proposedBy())) {
            throw new ConflictException("problem.trial.secondResearcher");
        }
        Instant now = Instant.now(clock);
        ledger.confirm(trial, now, caller.username());
        ledger.log(trial, now, caller.username(), "CONFIRMED", null, null);
        return overviews.summary(trial);
    }

    @Override
    public RandomisationViews.TrialSummary withdraw(long trial, long expectedVersion, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        proposal(trial, expectedVersion);
        Instant now = Instant.now(clock);
        ledger.withdraw(trial, now, caller.username());
        ledger.log(trial, now, caller.username(), "WITHDRAWN", null, null);
        return overviews.summary(trial);
    }

    /** A trial still proposed, locked, as the researcher saw it. */
    private TrialLedger.Trial proposal(long trial, long expectedVersion) {
        TrialLedger.Trial proposed =
                ledger.lockTrial(trial).orElseThrow(() -> new NotFoundException("problem.trial.unknown", trial));
        if (proposed.status() != TrialLedger.Status.PROPOSED) {
            throw new ConflictException("problem.trial.notProposed");
        }
        if (proposed.version() != expectedVersion) {
            throw new ConflictException("problem.trial.stale");
        }
        return proposed;
    }

    @Override
    public RandomisationViews.Overview overview(Long trialId, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        return overviews.overview(overviews.trial(trialId));
    }

    @Override
    public Page<RandomisationViews.Entry> log(Long trialId, int page, int size, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        Page.require(page, size);
        return overviews.log(overviews.trial(trialId).id(), page, size);
    }

    @Override
    public List<RandomisationViews.Entry> export(Long trialId, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        return overviews.export(overviews.trial(trialId).id());
    }

    @Override
    public RandomisationViews.Entry markError(Long trialId, String studyId, String reason, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        return allocations.markError(trialId, studyId, reason, caller);
    }

    @Override
    public RandomisationViews.Overview extend(Long trialId, String municipality, String category, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        Category stratumCategory = category == null
                ? null
                : Category.byCode(category.strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (stratumCategory == null) {
            throw new InvalidInputException("category", "problem.randomisation.category");
        }
        TrialLedger.Trial trial = openTrial(trialId);
        TrialLedger.Stratum stratum = ledger.stratum(trial.id(), municipality, stratumCategory)
                .orElseThrow(() -> new NotFoundException("problem.randomisation.stratum"));
        String kommunekode = municipalities
                .findBySlug(municipality)
                .orElseThrow(() -> new NotFoundException("problem.randomisation.stratum"))
                .kommunekode();
        lists.generate(stratum, kommunekode, trial, "EXTENDED", Instant.now(clock), caller.username());
        return overviews.overview(overviews.trial(trial.id()));
    }

    @Override
    public RandomisationViews.Overview close(Long trialId, long expectedVersion, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        TrialLedger.Trial trial = openTrial(trialId);
        if (trial.version() != expectedVersion) {
            throw new ConflictException("problem.randomisation.stale");
        }
        Instant now = Instant.now(clock);
        ledger.close(trial.id(), now, caller.username());
        ledger.log(trial.id(), now, caller.username(), "CLOSED", null, null);
        return overviews.overview(overviews.trial(trial.id()));
    }

    /** The trial asked for (or the first), locked, while it takes allocations. */
    private TrialLedger.Trial openTrial(Long trialId) {
        TrialLedger.Trial trial =
                ledger.lockTrial(overviews.trial(trialId).id()).orElseThrow();
        if (!trial.open()) {
            throw new ConflictException("problem.trial.notOpen");
        }
        return trial;
    }

    @Override
    public RandomisationViews.FullList fullList(Long trialId, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        TrialLedger.Trial trial = overviews.trial(trialId);
        if (trial.status() != TrialLedger.Status.CLOSED) {
            throw new ConflictException("problem.randomisation.listConcealed");
        }
        RandomisationViews.FullList list = lists.fullList(trial);
        ledger.log(trial.id(), Instant.now(clock), caller.username(), "FULL_LIST_READ", null, null);
        return list;
    }
}
