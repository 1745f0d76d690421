package dk.nextwork.hub.application.randomisation;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.FreeText;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.CprNumbers;
import dk.nextwork.randomisation.Design;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A researcher's proposal read into the trial the ledger keeps, or every problem in it at its field. */
@ApplicationScoped
class ProposalCheck {

    /** A new trial's lists: generated 60 slots at a time, researchers warned from below 12–24 unused (V12). */
    static final int BATCH_SLOTS = 60;

    static final int LOW_STOCK = 12;

    static final int NAME_LENGTH = 120;

    static final int MAX_TARGET = 100_000;

    @Inject
    MunicipalityRepository municipalities;

    /** @throws InvalidInputException naming every bad field */
    TrialLedger.Proposal proposal(RandomisationViews.NewTrial input) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("name", "problem.trial.name.required"));
        } else if (name.length() > NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "problem.trial.name.long", NAME_LENGTH));
        } else if (CprNumbers.appearIn(name)) {
            problems.add(FieldProblem.of("name", "problem.randomisation.studyId.CPR_SHAPED"));
        } else {
            FreeText.problem("name", name).ifPresent(problems::add);
        }
        Design design = DesignCheck.design(input, problems);
        List<Category> categories = categories(input.categories(), problems);
        List<Long> sites = sites(input.municipalities(), problems);
        if (input.target() == null || input.target() < 1 || input.target() > MAX_TARGET) {
            problems.add(FieldProblem.of("target", "problem.trial.target", MAX_TARGET));
        }
        InvalidInputException.throwIfAny(problems);
        return new TrialLedger.Proposal(
                name, design, BATCH_SLOTS, LOW_STOCK, input.target(), List.copyOf(categories), sites);
    }

    private static List<Category> categories(List<String> codes, List<FieldProblem> problems) {
        List<Category> categories = new ArrayList<>();
        for (String code : codes) {
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
        return categories;
    }

    private List<Long> sites(List<String> slugs, List<FieldProblem> problems) {
        List<Long> sites = new ArrayList<>();
        for (String slug : new LinkedHashSet<>(slugs)) {
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
        return sites;
    }
}
