package dk.nextwork.hub.application.randomisation;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Link;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Notifications;
import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.AllocationList;
import dk.nextwork.randomisation.BigStick;
import dk.nextwork.randomisation.BlockDesign;
import dk.nextwork.randomisation.BlockUrn;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.CprNumbers;
import dk.nextwork.randomisation.Design;
import dk.nextwork.randomisation.EligibilityCriterion;
import dk.nextwork.randomisation.ErrorReason;
import dk.nextwork.randomisation.MaximalProcedure;
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
 * The randomisation machine. Every allocation runs under a lock on its trial's row, so a trial's allocations are made
 * one after another: a study ID is looked up and a stratum's next slot taken with nobody in between. A stratum's list is
 * generated ahead (the first batch with its first young person) and extended before it can run out. Trials are set up
 * by one researcher and opened by a second; several may run side by side.
 */
@Stateless
public class DefaultRandomisationService implements RandomisationService {

    /** The trial's log shown on the overview. */
    private static final int EVENTS_SHOWN = 100;

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A new trial's lists: generated 60 slots at a time, researchers warned from below 12–24 unused (V12). */
    private static final int BATCH_SLOTS = 60;

    private static final int LOW_STOCK = 12;

    private static final int NAME_LENGTH = 120;

    private static final int MAX_TARGET = 100_000;

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
        List<TrialLedger.Trial> open = caller.municipality() == null
                ? ledger.trials().stream().filter(TrialLedger.Trial::open).toList()
                : municipalities
                        .findBySlug(caller.municipality())
                        .map(m -> ledger.openTrials(m.id()))
                        .orElse(List.of());
        return new RandomisationViews.Form(
                EligibilityCriterion.VERSION,
                EligibilityCriterion.all().stream().map(Enum::name).toList(),
                Arrays.stream(Category.values()).map(Category::code).toList(),
                !open.isEmpty(),
                open.stream()
                        .map(t -> new RandomisationViews.TrialChoice(
                                t.id(),
                                t.name(),
                                t.categories().stream().map(Category::code).toList()))
                        .toList());
    }

    @Override
    public void check(RandomisationViews.NewAllocation input, Caller caller) {
        checked(input, caller);
    }

    /** What an allocation is made from once its input is right. */
    private record Checked(
            Municipality municipality,
            TrialLedger.Trial trial,
            StudyId studyId,
            Category category,
            Set<EligibilityCriterion> confirmed) {}

    private Checked checked(RandomisationViews.NewAllocation input, Caller caller) {
        Access.require(caller, Capability.ALLOCATE);
        Municipality municipality = municipalities
                .findBySlug(caller.municipality())
                .orElseThrow(() -> new AccessDeniedException("access.denied." + Capability.ALLOCATE.name()));
        List<FieldProblem> problems = new ArrayList<>();
        // The trial: the one open trial the municipality takes part in, or the one chosen among several.
        List<TrialLedger.Trial> open = ledger.openTrials(municipality.id());
        Optional<TrialLedger.Trial> trial;
        if (input.trial() != null) {
            trial = open.stream().filter(t -> t.id() == input.trial()).findFirst();
            if (trial.isEmpty()) {
                problems.add(FieldProblem.of("trial", "problem.randomisation.trial.unknown", input.trial()));
            }
        } else if (open.size() > 1) {
            trial = Optional.empty();
            problems.add(FieldProblem.of("trial", "problem.randomisation.trial.choose"));
        } else if (open.isEmpty()) {
            throw new ConflictException("problem.randomisation.closed");
        } else {
            trial = Optional.of(open.get(0));
        }
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
        } else if (trial.isPresent() && !trial.get().categories().contains(category.get())) {
            problems.add(FieldProblem.of(
                    "category",
                    "problem.randomisation.category.notInTrial",
                    trial.get().name()));
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
        return new Checked(municipality, trial.orElseThrow(), reading.id().orElseThrow(), category.get(), confirmed);
    }

    @Override
    public RandomisationViews.Result allocate(RandomisationViews.NewAllocation input, Caller caller) {
        Checked checked = checked(input, caller);
        Municipality municipality = checked.municipality();
        Set<EligibilityCriterion> confirmed = checked.confirmed();
        Category category = checked.category();
        TrialLedger.Trial trial = ledger.lockTrial(checked.trial().id()).orElseThrow();
        if (!trial.open()) {
            throw new ConflictException("problem.randomisation.closed");
        }
        long trialId = trial.id();
        String studyId = checked.studyId().toString();
        Instant now = Instant.now(clock);
        Optional<TrialLedger.Allocation> earlier = ledger.allocation(trialId, studyId);
        if (earlier.isPresent()) {
            TrialLedger.Allocation a = earlier.get();
            ledger.log(
                    trialId,
                    now,
                    caller.username(),
                    "REPEATED",
                    studyId,
                    ledger.stratum(trialId, municipality.slug(), a.category())
                            .map(TrialLedger.Stratum::id)
                            .orElse(null));
            return new RandomisationViews.Result(
                    trialId, trial.name(), a.studyId(), a.category(), a.arm(), a.allocatedAt(), true);
        }
        TrialLedger.Stratum stratum = ledger.stratum(trialId, municipality.id(), category);
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
        ledger.log(trialId, now, caller.username(), "ALLOCATED", studyId, stratum.id());
        if (stratum.generated() - slot.sequence() == ledger.warnBelow(stratum.id()) - 1) {
            ledger.log(trialId, now, "hub", "LOW_STOCK", null, stratum.id());
            notifications.record(
                    NotificationKind.ALLOCATION_LIST_LOW,
                    municipality.slug(),
                    Link.trial(trialId),
                    stratum.id() + ":" + stratum.generated(),
                    municipality.name(),
                    category.name());
        }
        return new RandomisationViews.Result(trialId, trial.name(), studyId, category, slot.arm(), now, false);
    }

    /**
     * A new batch at the end of the stratum's list, drawn by the trial's design from where the list stands and sealed
     * to the batch before, with its own concealed low-stock threshold (from {@code lowStock} to twice that), so the
     * moment the warning comes does not tell where the list ends.
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
                ledger.listState(stratum.id()),
                ledger.lastDigest(stratum.id()),
                AllocationList.label(kommunekode, stratum.category(), ledger.batches(stratum.id()) + 1));
        int warnBelow = trial.lowStock() + RANDOM.nextInt(trial.lowStock() + 1);
        String by = "EXTENDED".equals(reason) ? caller.username() : "hub";
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
        Map<Long, List<TrialLedger.Site>> sites = ledger.sitesByTrial();
        return ledger.trials().stream()
                .map(t -> summary(t, sites.getOrDefault(t.id(), List.of())))
                .toList();
    }

    @Override
    public RandomisationViews.TrialSummary propose(RandomisationViews.NewTrial input, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        List<FieldProblem> problems = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("name", "problem.trial.name.required"));
        } else if (name.length() > NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "problem.trial.name.long", NAME_LENGTH));
        } else if (CprNumbers.appearIn(name)) {
            problems.add(FieldProblem.of("name", "problem.randomisation.studyId.CPR_SHAPED"));
        } else {
            dk.nextwork.hub.application.FreeText.problem("name", name).ifPresent(problems::add);
        }
        Design design = design(input, problems);
        List<Category> categories = new ArrayList<>();
        for (String code : input.categories()) {
            Optional<Category> category = code == null
                    ? Optional.empty()
                    : Category.byCode(code.strip().toLowerCase(Locale.ROOT));
            if (category.isEmpty()) {
                problems.add(FieldProblem.of("categories", "problem.trial.categories.unknown", String.valueOf(code)));
            } else if (!categories.contains(category.get())) {
                categories.add(category.get());
            }
        }
        if (categories.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("categories"))) {
            problems.add(FieldProblem.of("categories", "problem.trial.categories.required"));
        }
        List<Long> sites = new ArrayList<>();
        for (String slug : new LinkedHashSet<>(input.municipalities())) {
            Optional<Municipality> municipality =
                    slug == null ? Optional.empty() : municipalities.findBySlug(slug.strip());
            if (municipality.isEmpty()) {
                problems.add(FieldProblem.of(
                        "municipalities", "problem.trial.municipalities.unknown", String.valueOf(slug)));
            } else {
                sites.add(municipality.get().id());
            }
        }
        if (sites.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("municipalities"))) {
            problems.add(FieldProblem.of("municipalities", "problem.trial.municipalities.required"));
        }
        if (input.target() == null || input.target() < 1 || input.target() > MAX_TARGET) {
            problems.add(FieldProblem.of("target", "problem.trial.target", MAX_TARGET));
        }
        InvalidInputException.throwIfAny(problems);
        Instant now = Instant.now(clock);
        long id = ledger.propose(
                new TrialLedger.Proposal(
                        name, design, BATCH_SLOTS, LOW_STOCK, input.target(), List.copyOf(categories), sites),
                now,
                caller.username());
        ledger.log(id, now, caller.username(), "PROPOSED", null, null);
        return summary(ledger.trial(id).orElseThrow());
    }

    /** The design a proposal names, or its problems at their fields. */
    private static Design design(RandomisationViews.NewTrial input, List<FieldProblem> problems) {
        Optional<Design.Kind> kind = Arrays.stream(Design.Kind.values())
                .filter(k ->
                        input.design() != null && k.name().equals(input.design().strip()))
                .findFirst();
        if (kind.isEmpty()) {
            problems.add(FieldProblem.of("design", "problem.trial.design"));
            return null;
        }
        int[] ratio = ratio(input.ratio());
        if (ratio == null) {
            problems.add(FieldProblem.of("ratio", "problem.trial.ratio"));
            return null;
        }
        boolean oneToOne = ratio[0] == 1 && ratio[1] == 1;
        int before = problems.size();
        if ((kind.get() == Design.Kind.BIG_STICK || kind.get() == Design.Kind.MAXIMAL_PROCEDURE) && !oneToOne) {
            problems.add(FieldProblem.of("ratio", "problem.trial.ratio.oneToOne"));
        }
        if (kind.get() != Design.Kind.PERMUTED_BLOCKS && (input.mti() == null || input.mti() < 1 || input.mti() > 10)) {
            problems.add(FieldProblem.of("mti", "problem.trial.mti"));
        }
        if (kind.get() == Design.Kind.PERMUTED_BLOCKS
                && (input.blockSizes().isEmpty()
                        || input.blockSizes().stream()
                                .anyMatch(size ->
                                        size == null || size < 2 || size > 20 || size % (ratio[0] + ratio[1]) != 0))) {
            problems.add(FieldProblem.of("blockSizes", "problem.trial.blockSizes", ratio[0] + ratio[1]));
        }
        if (kind.get() == Design.Kind.MAXIMAL_PROCEDURE
                && (input.sequenceLength() == null
                        || input.sequenceLength() < 2
                        || input.sequenceLength() > 200
                        || input.sequenceLength() % 2 != 0)) {
            problems.add(FieldProblem.of("sequenceLength", "problem.trial.sequenceLength"));
        }
        if (problems.size() > before) {
            return null;
        }
        return switch (kind.get()) {
            case PERMUTED_BLOCKS ->
                new BlockDesign(
                        ratio[0],
                        ratio[1],
                        input.blockSizes().stream().distinct().sorted().toList());
            case BIG_STICK -> new BigStick(input.mti());
            case BLOCK_URN -> new BlockUrn(ratio[0], ratio[1], input.mti());
            case MAXIMAL_PROCEDURE -> new MaximalProcedure(input.mti(), input.sequenceLength());
        };
    }

    /** {@code 1:1}, {@code 2:1}: each part 1 to 5, in lowest terms ({@code 2:2} is 1:1); or null. */
    private static int[] ratio(String text) {
        if (text == null || !text.strip().matches("[1-5]\\s*:\\s*[1-5]")) {
            return null;
        }
        String[] parts = text.strip().split("\\s*:\\s*");
        int nextwork = Integer.parseInt(parts[0]);
        int control = Integer.parseInt(parts[1]);
        int common = java.math.BigInteger.valueOf(nextwork)
                .gcd(java.math.BigInteger.valueOf(control))
                .intValue();
        return new int[] {nextwork / common, control / common};
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
        return summary(ledger.trial(trial).orElseThrow());
    }

    @Override
    public RandomisationViews.TrialSummary withdraw(long trial, long expectedVersion, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        proposal(trial, expectedVersion);
        Instant now = Instant.now(clock);
        ledger.withdraw(trial, now, caller.username());
        ledger.log(trial, now, caller.username(), "WITHDRAWN", null, null);
        return summary(ledger.trial(trial).orElseThrow());
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

    /** A trial as researchers see it: its design concealed while it runs once a list is generated. */
    private RandomisationViews.TrialSummary summary(TrialLedger.Trial t) {
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

    /** The trial asked for, or the first; researchers see any. */
    private TrialLedger.Trial trial(Long trial) {
        if (trial == null) {
            return ledger.trials().stream()
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("problem.trial.unknown", ""));
        }
        return ledger.trial(trial).orElseThrow(() -> new NotFoundException("problem.trial.unknown", trial));
    }

    @Override
    public RandomisationViews.Overview overview(Long trialId, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        TrialLedger.Trial trial = trial(trialId);
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
        RandomisationViews.TrialSummary summary = summary(trial);
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
                ledger.events(id, EVENTS_SHOWN).stream()
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
    public Page<RandomisationViews.Entry> log(Long trialId, int page, int size, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        Page.require(page, size);
        long id = trial(trialId).id();
        long total = ledger.allocationCount(id);
        int shown = Page.within(page, size, total);
        return new Page<>(
                ledger.allocations(id, Page.offset(shown, size), size).stream()
                        .map(DefaultRandomisationService::entry)
                        .toList(),
                shown,
                size,
                total);
    }

    @Override
    public List<RandomisationViews.Entry> export(Long trialId, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        return ledger.everyAllocation(trial(trialId).id()).stream()
                .map(DefaultRandomisationService::entry)
                .toList();
    }

    @Override
    public RandomisationViews.Entry markError(Long trialId, String studyId, String reason, Caller caller) {
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
        long trial = trial(trialId).id();
        ledger.lockTrial(trial);
        TrialLedger.Allocation allocation =
                ledger.allocation(trial, id).orElseThrow(() -> new NotFoundException("problem.randomisation.unknown"));
        if (allocation.error() != null) {
            throw new ConflictException("problem.randomisation.markedAlready", allocation.studyId());
        }
        Instant now = Instant.now(clock);
        ledger.markError(allocation.id(), why.get(), now, caller.username());
        ledger.log(
                trial,
                now,
                caller.username(),
                "MARKED_IN_ERROR",
                allocation.studyId(),
                ledger.stratum(trial, allocation.municipality(), allocation.category())
                        .map(TrialLedger.Stratum::id)
                        .orElse(null));
        return entry(ledger.allocation(trial, id).orElseThrow());
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
        TrialLedger.Trial trial = ledger.lockTrial(trial(trialId).id()).orElseThrow();
        if (!trial.open()) {
            throw new ConflictException("problem.trial.notOpen");
        }
        TrialLedger.Stratum stratum = ledger.stratum(trial.id(), municipality, stratumCategory)
                .orElseThrow(() -> new NotFoundException("problem.randomisation.stratum"));
        String kommunekode = municipalities
                .findBySlug(municipality)
                .orElseThrow(() -> new NotFoundException("problem.randomisation.stratum"))
                .kommunekode();
        generate(stratum, kommunekode, trial, "EXTENDED", Instant.now(clock), caller);
        return overview(trial.id(), caller);
    }

    @Override
    public RandomisationViews.Overview close(Long trialId, long expectedVersion, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        TrialLedger.Trial trial = ledger.lockTrial(trial(trialId).id()).orElseThrow();
        if (!trial.open()) {
            throw new ConflictException("problem.trial.notOpen");
        }
        if (trial.version() != expectedVersion) {
            throw new ConflictException("problem.randomisation.stale");
        }
        Instant now = Instant.now(clock);
        ledger.close(trial.id(), now, caller.username());
        ledger.log(trial.id(), now, caller.username(), "CLOSED", null, null);
        return overview(trial.id(), caller);
    }

    @Override
    public RandomisationViews.FullList fullList(Long trialId, Caller caller) {
        Access.require(caller, Capability.OVERSEE_TRIAL);
        TrialLedger.Trial trial = trial(trialId);
        if (trial.status() != TrialLedger.Status.CLOSED) {
            throw new ConflictException("problem.randomisation.listConcealed");
        }
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
        ledger.log(trial.id(), Instant.now(clock), caller.username(), "FULL_LIST_READ", null, null);
        return new RandomisationViews.FullList(
                trial.id(),
                trial.design().kind().name(),
                trial.design().parameters(),
                trial.design() instanceof BlockDesign blocks ? blocks.blockSizes() : List.of(),
                !matches.contains(false),
                batches);
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
