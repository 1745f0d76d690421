package dk.nextwork.hub.application.randomisation;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Link;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Notifications;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.EligibilityCriterion;
import dk.nextwork.randomisation.ErrorReason;
import dk.nextwork.randomisation.Slot;
import dk.nextwork.randomisation.StudyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Allocations made and undone: the caseworker's form and draw (a study ID looked up and its stratum's next slot taken
 * under the trial's lock, the list extended when it ran out, the researchers warned when it runs low), and an
 * allocation marked randomised in error.
 */
@ApplicationScoped
class Allocations {

    @Inject
    TrialLedger ledger;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AllocationLists lists;

    @Inject
    TrialOverviews overviews;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** The form for the caller's municipality's open trials, or every open trial for a researcher. */
    RandomisationViews.Form form(Caller caller) {
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

    /** Draws the young person's arm, or returns the allocation the study ID has (logged as a repeated entry). */
    RandomisationViews.Result allocate(AllocationCheck.Checked checked, Caller caller) {
        Municipality municipality = checked.municipality();
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
                    stratumId(trialId, municipality.slug(), a.category()));
            return new RandomisationViews.Result(
                    trialId, trial.name(), a.studyId(), a.category(), a.arm(), a.allocatedAt(), true);
        }
        TrialLedger.Stratum stratum = ledger.stratum(trialId, municipality.id(), category);
        if (stratum.used() == stratum.generated()) {
            String reason = stratum.generated() == 0 ? "FIRST" : "RAN_OUT";
            stratum = lists.generate(stratum, municipality.kommunekode(), trial, reason, now, caller.username());
        }
        Slot slot = ledger.slot(stratum.id(), stratum.used() + 1).orElseThrow();
        ledger.allocate(
                stratum,
                studyId,
                slot,
                now,
                caller.username(),
                EligibilityCriterion.VERSION,
                checked.confirmed().stream().map(Enum::name).toList());
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
     * Marks an allocation randomised in error, for a reason from the fixed list; the allocation and its slot stay.
     *
     * @param trialId the trial, or null for the first
     * @throws InvalidInputException naming {@code reason} or {@code studyId}
     * @throws NotFoundException for an unknown trial, or a study ID not allocated in it
     * @throws ConflictException when it is marked already
     */
    RandomisationViews.Entry markError(Long trialId, String studyId, String reason, Caller caller) {
        ErrorReason why = errorReason(reason);
        String id = read(studyId);
        long trial = overviews.trial(trialId).id();
        ledger.lockTrial(trial);
        TrialLedger.Allocation allocation =
                ledger.allocation(trial, id).orElseThrow(() -> new NotFoundException("problem.randomisation.unknown"));
        if (allocation.error() != null) {
            throw new ConflictException("problem.randomisation.markedAlready", allocation.studyId());
        }
        Instant now = Instant.now(clock);
        ledger.markError(allocation.id(), why, now, caller.username());
        ledger.log(
                trial,
                now,
                caller.username(),
                "MARKED_IN_ERROR",
                allocation.studyId(),
                stratumId(trial, allocation.municipality(), allocation.category()));
        return TrialOverviews.entry(ledger.allocation(trial, id).orElseThrow());
    }

    private static ErrorReason errorReason(String reason) {
        Optional<ErrorReason> why = reason == null
                ? Optional.empty()
                : Arrays.stream(ErrorReason.values())
                        .filter(r -> r.name().equals(reason.strip()))
                        .findFirst();
        return why.orElseThrow(() -> new InvalidInputException("reason", "problem.randomisation.reason"));
    }

    private static String read(String studyId) {
        StudyId.Reading reading = StudyId.read(studyId);
        if (reading.refusal().isPresent()) {
            throw new InvalidInputException(
                    "studyId",
                    "problem.randomisation.studyId." + reading.refusal().get().name());
        }
        return reading.id().orElseThrow().toString();
    }

    private Long stratumId(long trial, String municipality, Category category) {
        return ledger.stratum(trial, municipality, category)
                .map(TrialLedger.Stratum::id)
                .orElse(null);
    }
}
