package dk.nextwork.hub.application.randomisation;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.EligibilityCriterion;
import dk.nextwork.randomisation.StudyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A caseworker's allocation read and checked before anything is drawn: the trial, the study ID (its shape and that it
 * is the caller's municipality's), the category and every eligibility criterion confirmed.
 */
@ApplicationScoped
class AllocationCheck {

    @Inject
    TrialLedger ledger;

    @Inject
    MunicipalityRepository municipalities;

    /** What an allocation is made from once its input is right. */
    record Checked(
            Municipality municipality,
            TrialLedger.Trial trial,
            StudyId studyId,
            Category category,
            Set<EligibilityCriterion> confirmed) {}

    /**
     * @throws InvalidInputException naming every bad field
     * @throws ConflictException when the caller's municipality takes part in no open trial
     */
    Checked check(RandomisationViews.NewAllocation input, Caller caller) {
        Municipality municipality = municipalities
                .findBySlug(caller.municipality())
                .orElseThrow(() -> new AccessDeniedException("access.denied." + Capability.ALLOCATE.name()));
        List<FieldProblem> problems = new ArrayList<>();
        Optional<TrialLedger.Trial> trial = trial(input, municipality, problems);
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
        Set<EligibilityCriterion> confirmed = confirmed(input.criteria(), problems);
        InvalidInputException.throwIfAny(problems);
        return new Checked(municipality, trial.orElseThrow(), reading.id().orElseThrow(), category.get(), confirmed);
    }

    /** The one open trial the municipality takes part in, or the one chosen among several. */
    private Optional<TrialLedger.Trial> trial(
            RandomisationViews.NewAllocation input, Municipality municipality, List<FieldProblem> problems) {
        List<TrialLedger.Trial> open = ledger.openTrials(municipality.id());
        if (input.trial() != null) {
            Optional<TrialLedger.Trial> chosen =
                    open.stream().filter(t -> t.id() == input.trial()).findFirst();
            if (chosen.isEmpty()) {
                problems.add(FieldProblem.of("trial", "problem.randomisation.trial.unknown", input.trial()));
            }
            return chosen;
        }
        if (open.size() > 1) {
            problems.add(FieldProblem.of("trial", "problem.randomisation.trial.choose"));
            return Optional.empty();
        }
        if (open.isEmpty()) {
            throw new ConflictException("problem.randomisation.closed");
        }
        return Optional.of(open.get(0));
    }

    /** The criteria confirmed; every one of them must be. */
    private static Set<EligibilityCriterion> confirmed(List<String> codes, List<FieldProblem> problems) {
        Set<EligibilityCriterion> confirmed = EnumSet.noneOf(EligibilityCriterion.class);
        for (String code : codes) {
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
        return confirmed;
    }
}
