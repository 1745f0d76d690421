package dk.nextwork.hub.application.internal;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.application.RandomisationService;
import dk.nextwork.hub.application.RandomisationViews;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.AllocationList;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.EligibilityCriterion;
import dk.nextwork.randomisation.ErrorReason;
import dk.nextwork.randomisation.Slot;
import dk.nextwork.randomisation.StudyId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The randomisation machine. Every allocation runs under a lock on the trial's row, so allocations are made one after
 * another: a study ID is looked up and a stratum's next slot taken with nobody in between. A stratum's list is
 * generated ahead (the first batch with its first young person) and extended before it can run out.
 */
@Stateless
public class DefaultRandomisationService implements RandomisationService {

    /** The trial's log shown on the overview. */
    private static final int EVENTS_SHOWN = 100;

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @Inject
    Notifications notifications;

    @Inject
    TrialLedger ledger;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    Clock clock;

    @Override
    public RandomisationViews.Form form(Caller caller) {
        if (!Access.allows(caller, Capability.ALLOCATE) && !Access.allows(caller, Capability.OVERSEE_TRIAL)) {
            throw new AccessDeniedException("access.denied." + Capability.ALLOCATE.name());
        }
        return new RandomisationViews.Form(
                EligibilityCriterion.VERSION,
                EligibilityCriterion.all().stream().map(Enum::name).toList(),
                Arrays.stream(Category.values()).map(Category::code).toList(),
                ledger.trial().open());
    }

    @Override
    public void check(RandomisationViews.NewAllocation input, Caller caller) {
        checked(input, caller);
    }

    /** What an allocation is made from once its input is right. */
    private record Checked(
            Municipality municipality, StudyId studyId, Category category, Set<EligibilityCriterion> confirmed) {}

    private Checked checked(RandomisationViews.NewAllocation input, Caller caller) {
        Access.require(caller, Capability.ALLOCATE);
        Municipality municipality = municipalities
                .findBySlug(caller.municipality())
                .orElseThrow(() -> new AccessDeniedException("access.denied." + Capability.ALLOCATE.name()));
        List<FieldProblem> problems = new ArrayList<>();
        StudyId.Reading reading = StudyId.read(input.studyId());
        reading.refusal()
                .ifPresent(r -> problems.add(FieldProblem.of("studyId", "problem.randomisation.studyId." + r.name())));
        reading.id()
                .filter(id -> !id.kommunekode().equals(municipality.kommunekode()))
                .ifPresent(id -> problems.add(FieldProblem.of(
                        "studyId",
                        "problem.randomisation.studyId.municipality",
                        id.kommunekode(),
                        municipality.name())));
        Optional<Category> category = input.category() == null
                ? Optional.empty()
                : Category.byCode(input.category().strip().toLowerCase(Locale.ROOT));
        if (category.isEmpty()) {
            problems.add(FieldProblem.of("category", "problem.randomisation.category"));
        }
        Set<EligibilityCriterion> confirmed = EnumSet.noneOf(EligibilityCriterion.class);
        for (String code : input.criteria()) {
            Optional<EligibilityCriterion> criterion = EligibilityCriterion.byName(code);
            if (criterion.isEmpty()) {
                problems.add(FieldProblem.of("criteria", "problem.randomisation.criteria.unknown", code));
            } else {
                confirmed.add(criterion.get());
            }
        }
        int missing = EligibilityCriterion.all().size() - confirmed.size();
        if (missing > 0 && problems.stream().noneMatch(p -> p.field().equals("criteria"))) {
            problems.add(
                    missing == 1
                            ? FieldProblem.of("criteria", "problem.randomisation.criteria.missing.one")
                            : FieldProblem.of("criteria", "problem.randomisation.criteria.missing", missing));
        }
        InvalidInputException.throwIfAny(problems);
        return new Checked(municipality, reading.id().orElseThrow(), category.get(), confirmed);
    }

    @Override
    public RandomisationViews.Result allocate(RandomisationViews.NewAllocation input, Caller caller) {
        Checked checked = checked(input, caller);
        Municipality municipality = checked.municipality();
        Set<EligibilityCriterion> confirmed = checked.confirmed();
        Optional<Category> category = Optional.of(checked.category());
        TrialLedger.Trial trial = ledger.lockTrial();
        if (!trial.open()) {
            throw new ConflictException("problem.randomisation.closed");
        }
        String studyId = checked.studyId().toString();
        Instant now = Instant.now(clock);
        Optional<TrialLedger.Allocation> earlier = ledger.allocation(studyId);
        if (earlier.isPresent()) {
            TrialLedger.Allocation a = earlier.get();
            ledger.log(
                    now,
                    caller.username(),
                    "REPEATED",
                    studyId,
                    ledger.stratum(municipality.slug(), a.category())
                            .map(TrialLedger.Stratum::id)
                            .orElse(null));
            return new RandomisationViews.Result(a.studyId(), a.category(), a.arm(), a.allocatedAt(), true);
        }
        TrialLedger.Stratum stratum = ledger.stratum(municipality.id(), category.get());
        if (stratum.used() == stratum.generated()) {
            stratum = generate(
                    stratum,
                    municipality.kommunekode(),
                    trial,
                    stratum.generated() == 0 ? "FIRST" : "RAN_OUT",
                    now,
                    caller);
        }
        Slot slot = ledger.slot(stratum.id(), stratum.used() + 1).orElseThrow();
        ledger.allocate(
                stratum,
                studyId,
                slot,
                now,
                caller.username(),
                EligibilityCriterion.VERSION,
                confirmed.stream().map(Enum::name).toList());
        ledger.log(now, caller.username(), "ALLOCATED", studyId, stratum.id());
        if (stratum.generated() - slot.sequence() == ledger.warnBelow(stratum.id()) - 1) {
            ledger.log(now, "hub", "LOW_STOCK", null, stratum.id());
            notifications.record(
                    dk.nextwork.hub.application.NotificationKind.ALLOCATION_LIST_LOW,
                    municipality.slug(),
                    "/forsoeg.xhtml",
                    stratum.id() + ":" + stratum.generated(),
                    municipality.name(),
                    category.get().name());
        }
        return new RandomisationViews.Result(studyId, category.get(), slot.arm(), now, false);
    }

    /**
     * A new batch at the end of the stratum's list, sealed to the one before, with its own concealed low-stock
     * threshold (from {@code lowStock} to twice that), so the moment the warning comes does not tell where the list
     * ends.
     */
    private TrialLedger.Stratum generate(
            TrialLedger.Stratum stratum,
            String kommunekode,
            TrialLedger.Trial trial,
            String reason,
            Instant now,
            Caller caller) {
        AllocationList.Batch batch = AllocationList.generate(
                trial.design(),
                trial.batchSlots(),
                ledger.lastSlot(stratum.id()).orElse(null),
                ledger.lastDigest(stratum.id()),
                AllocationList.label(kommunekode, stratum.category(), ledger.batches(stratum.id()) + 1));
        int warnBelow = trial.lowStock() + RANDOM.nextInt(trial.lowStock() + 1);
        ledger.addBatch(stratum, batch, reason, warnBelow, now, "EXTENDED".equals(reason) ? caller.username() : "hub");
        ledger.log(now, "EXTENDED".equals(reason) ? caller.username() : "hub", "LIST_" + reason, null, stratum.id());
        return new TrialLedger.Stratum(
                stratum.id(), stratum.municipalityId(), stratum.category(), stratum.used(), batch.lastSequence());
    }

    @Override
    public RandomisationViews.Overview overview(Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        TrialLedger.Trial trial = ledger.trial();
        List<RandomisationViews.StratumRow> strata = ledger.counts().stream()
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
        return new RandomisationViews.Overview(
                trial.version(),
                trial.open(),
                trial.closedAt(),
                trial.design().nextwork(),
                trial.design().control(),
                trial.open() ? List.of() : trial.design().blockSizes(),
                trial.target(),
                nextwork + control,
                nextwork,
                control,
                strata.stream().mapToInt(RandomisationViews.StratumRow::inError).sum(),
                strata,
                ledger.months().stream()
                        .map(m -> new RandomisationViews.MonthRow(
                                m.month(), m.municipality(), m.municipalityName(), m.nextwork(), m.control()))
                        .toList(),
                ledger.batchRecords().stream()
                        .map(b -> new RandomisationViews.Seal(
                                b.municipality(),
                                b.municipalityName(),
                                b.category(),
                                b.batchNumber(),
                                b.digest(),
                                b.generatedAt(),
                                b.reason()))
                        .toList(),
                ledger.events(EVENTS_SHOWN).stream()
                        .map(e -> new RandomisationViews.Event(
                                e.at(),
                                e.actor(),
                                e.action(),
                                e.studyId(),
                                e.municipality(),
                                e.municipalityName(),
                                e.category()))
                        .toList());
    }

    @Override
    public Page<RandomisationViews.Entry> log(int page, int size, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        Page.require(page, size);
        long total = ledger.allocationCount();
        int shown = Page.within(page, size, total);
        return new Page<>(
                ledger.allocations(Page.offset(shown, size), size).stream()
                        .map(DefaultRandomisationService::entry)
                        .toList(),
                shown,
                size,
                total);
    }

    @Override
    public List<RandomisationViews.Entry> export(Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        return ledger.everyAllocation().stream()
                .map(DefaultRandomisationService::entry)
                .toList();
    }

    @Override
    public RandomisationViews.Entry markError(String studyId, String reason, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        Optional<ErrorReason> why = reason == null
                ? Optional.empty()
                : Arrays.stream(ErrorReason.values())
                        .filter(r -> r.name().equals(reason.strip()))
                        .findFirst();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "problem.randomisation.reason");
        }
        StudyId.Reading reading = StudyId.read(studyId);
        if (reading.refusal().isPresent()) {
            throw new InvalidInputException(
                    "studyId",
                    "problem.randomisation.studyId." + reading.refusal().get().name());
        }
        String id = reading.id().orElseThrow().toString();
        ledger.lockTrial();
        TrialLedger.Allocation allocation =
                ledger.allocation(id).orElseThrow(() -> new NotFoundException("problem.randomisation.unknown"));
        if (allocation.error() != null) {
            throw new ConflictException("problem.randomisation.markedAlready", allocation.studyId());
        }
        Instant now = Instant.now(clock);
        ledger.markError(allocation.id(), why.get(), now, caller.username());
        ledger.log(
                now,
                caller.username(),
                "MARKED_IN_ERROR",
                allocation.studyId(),
                ledger.stratum(allocation.municipality(), allocation.category())
                        .map(TrialLedger.Stratum::id)
                        .orElse(null));
        return entry(ledger.allocation(id).orElseThrow());
    }

    @Override
    public RandomisationViews.Overview extend(String municipality, String category, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        Category stratumCategory = category == null
                ? null
                : Category.byCode(category.strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (stratumCategory == null) {
            throw new InvalidInputException("category", "problem.randomisation.category");
        }
        TrialLedger.Trial trial = ledger.lockTrial();
        if (!trial.open()) {
            throw new ConflictException("problem.randomisation.closed");
        }
        TrialLedger.Stratum stratum = ledger.stratum(municipality, stratumCategory)
                .orElseThrow(() -> new NotFoundException("problem.randomisation.stratum"));
        String kommunekode = municipalities
                .findBySlug(municipality)
                .orElseThrow(() -> new NotFoundException("problem.randomisation.stratum"))
                .kommunekode();
        generate(stratum, kommunekode, trial, "EXTENDED", Instant.now(clock), caller);
        return overview(caller);
    }

    @Override
    public RandomisationViews.Overview close(long expectedVersion, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        TrialLedger.Trial trial = ledger.lockTrial();
        if (!trial.open()) {
            throw new ConflictException("problem.randomisation.closed");
        }
        if (trial.version() != expectedVersion) {
            throw new ConflictException("problem.randomisation.stale");
        }
        Instant now = Instant.now(clock);
        ledger.close(now, caller.username());
        ledger.log(now, caller.username(), "CLOSED", null, null);
        return overview(caller);
    }

    @Override
    public RandomisationViews.FullList fullList(Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        TrialLedger.Trial trial = ledger.trial();
        if (trial.open()) {
            throw new ConflictException("problem.randomisation.listConcealed");
        }
        Map<String, String> usedBy = new HashMap<>();
        for (TrialLedger.Allocation a : ledger.everyAllocation()) {
            usedBy.put(a.municipality() + "/" + a.category() + "/" + a.sequence(), a.studyId());
        }
        Map<String, String> previous = new HashMap<>();
        List<RandomisationViews.ListBatch> batches = new ArrayList<>();
        Set<Boolean> matches = new LinkedHashSet<>();
        for (TrialLedger.SealedBatch sealed : ledger.fullList()) {
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
                    b.category(),
                    b.batchNumber(),
                    before,
                    label,
                    sealed.salt(),
                    b.digest(),
                    match,
                    sealed.slots().stream()
                            .map(s -> new RandomisationViews.ListSlot(
                                    s.sequence(),
                                    s.arm(),
                                    s.block(),
                                    s.blockSize(),
                                    usedBy.get(stratum + "/" + s.sequence())))
                            .toList()));
        }
        ledger.log(Instant.now(clock), caller.username(), "FULL_LIST_READ", null, null);
        return new RandomisationViews.FullList(trial.design().blockSizes(), !matches.contains(false), batches);
    }

    private static RandomisationViews.Entry entry(TrialLedger.Allocation a) {
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
