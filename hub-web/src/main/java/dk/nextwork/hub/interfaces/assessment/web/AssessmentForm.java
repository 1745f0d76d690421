package dk.nextwork.hub.interfaces.assessment.web;

import dk.nextwork.fidelity.FidelityInputException;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.fidelity.instrument.KeyFigureDefinition;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.assessment.AssessmentService;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.assessment.DraftChange;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.DanishNumberConverter;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.LinkedMessage;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import dk.nextwork.hub.interfaces.web.SavedAt;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lead's self-assessment form, in steps: the period's key figures, one step per section (every item with its
 * anchors, a rating 1–5 or "kan ikke vurderes", evidence, and the rating the key figures imply beside it), and a last
 * step that shows the scores and any open warnings before the report is submitted. Every change is saved on the
 * server as it is made, so nothing is lost by leaving the page; a change made elsewhere in the meantime is explained,
 * not overwritten.
 */
@Named("assessmentForm")
@ViewScoped
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    // Not transient: Weld's proxies are serializable, and a page carried on by another node of a cluster needs them.
    @Inject
    AssessmentService assessments;

    // Not serialisable (a plain value the producer makes): looked up again where a page was carried on by another node.
    @Inject
    transient InstrumentCatalog catalog;

    private InstrumentCatalog catalog() {
        if (catalog == null) {
            catalog = CDI.current().select(InstrumentCatalog.class).get();
        }
        return catalog;
    }

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    UnsavedFigures unsaved;

    /** The first step: the period's key figures. */
    public static final String FIGURES_STEP = "noegletal";

    /** The last step: scores and open warnings, then submit. */
    public static final String SUBMIT_STEP = "indsend";

    private Long id;
    private String step;
    private transient AssessmentView view;
    /**
     * The version of the report as this page last read or saved it, kept through serialisation: a page carried on by
     * another node sends it with the next change, so a colleague's save in between is still detected, not overwritten.
     */
    private long version;
    /** Whether a report was loaded (so a page carried on by another node reads it again; not after a 404). */
    private boolean loaded;

    /**
     * The report as last read. Not serialised with the page: where the page is carried on by another node of a cluster
     * (the node that had it stopped), it is read again on first use, while what was typed (the maps below) came along.
     */
    private AssessmentView view() {
        if (view == null && loaded) {
            view = assessments.get(id, user.caller());
        }
        return view;
    }

    private final Map<String, Integer> ratings = new HashMap<>();
    private final Map<String, String> evidence = new HashMap<>();
    private final Map<String, String> justifications = new HashMap<>();
    private final Map<String, BigDecimal> figures = new HashMap<>();
    private final Map<String, String> figureTexts = new HashMap<>();

    /** A key figure as typed, read by the service's own rule: its value, or what is wrong with it. */
    record Reading(BigDecimal value, Message problem) {}

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    /** Loads the draft; 404 if the user may not see it. */
    public void load() throws IOException {
        PageActions.load(id, report -> assessments.get(report, user.caller())).ifPresent(loaded -> {
            show(loaded);
            if (!getSteps().contains(step)) {
                step = FIGURES_STEP;
            }
        });
    }

    private void show(AssessmentView loaded) {
        view = loaded;
        this.loaded = true;
        version = loaded.version();
        ratings.clear();
        evidence.clear();
        justifications.clear();
        for (AssessmentView.Item item : loaded.items()) {
            ratings.put(item.code(), item.selfRating());
            evidence.put(item.code(), item.evidence());
            justifications.put(item.code(), item.justification());
        }
        figures.clear();
        figures.putAll(loaded.keyFigures());
        figureTexts.clear();
        figures.forEach(
                (code, value) -> figureTexts.put(code, DanishNumberConverter.write(value, language.getLocale())));
        // What was typed and refused stays in its field, in place of the stored value, until it is corrected or
        // saved (a text the page's language now reads as a number, "2,5" refused in English and read in Danish, is
        // shown as not saved yet, and Næste trin or leaving the field saves it).
        figureTexts.putAll(unsaved.of(loaded.id()));
    }

    /** Saves one item's rating, evidence and justification as soon as any of them changes. */
    public void autosave(String code) {
        AssessmentView.Item stored = view().item(code).orElse(null);
        if (stored != null
                && Objects.equals(stored.selfRating(), ratings.get(code))
                && Objects.equals(stored.evidence(), blankToNull(evidence.get(code)))
                && Objects.equals(stored.justification(), blankToNull(justifications.get(code)))) {
            return; // a change event after the typing was saved already
        }
        change(new DraftChange(
                version,
                ratings.get(code) == null ? Map.of() : Map.of(code, ratings.get(code)),
                Map.of(code, evidence.get(code) == null ? "" : evidence.get(code)),
                Map.of(code, justifications.get(code) == null ? "" : justifications.get(code)),
                Map.of()));
    }

    /**
     * Saves one key figure as soon as it changes; an emptied field removes it. A figure that cannot be saved ("-3",
     * "abc") is kept as typed, for the session, and shown with what is wrong until it is corrected.
     */
    public void autosaveFigure(String code) {
        String text = figureTexts.get(code);
        Reading reading = read(code, text);
        if (reading.problem() != null) {
            unsaved.keep(id, code, text);
            return;
        }
        unsaved.forget(id, code);
        BigDecimal stored = view().keyFigures().get(code);
        if (reading.value() == null ? stored == null : stored != null && stored.compareTo(reading.value()) == 0) {
            figureTexts.put(code, DanishNumberConverter.write(stored, language.getLocale()));
            return; // "2,50" for a stored 2.5, or a refused figure emptied again: nothing to save
        }
        Map<String, BigDecimal> figure = new HashMap<>();
        figure.put(code, reading.value());
        if (!change(new DraftChange(version, Map.of(), Map.of(), Map.of(), figure))) {
            // Refused with the other figures (a consistency rule) or changed meanwhile: kept as typed, not lost.
            unsaved.keep(id, code, text);
        }
    }

    /** A key figure as typed, read as the user's language writes numbers and checked by the instrument's rule. */
    Reading read(String code, String text) {
        BigDecimal value;
        KeyFigureDefinition figure = instrument().keyFigure(code).orElseThrow();
        try {
            value = DanishNumberConverter.read(text, language.getLocale());
        } catch (NumberFormatException e) {
            String shown = text.strip().length() > 30 ? text.strip().substring(0, 30) + "…" : text.strip();
            return new Reading(
                    null,
                    Message.of(
                            figure.kind() == KeyFigureDefinition.Kind.WHOLE
                                    ? "number.unreadable.whole"
                                    : "number.unreadable",
                            shown));
        }
        if (value != null) {
            try {
                figure.check(value);
            } catch (FidelityInputException e) {
                return new Reading(null, new Message("problem." + e.key(), e.args()));
            }
        }
        return new Reading(value, null);
    }

    /**
     * Before every answer, the page or an autosave's: each refused key figure is named, at its field on the key
     * figures' step (which is marked invalid) and in the error summary on every step, with a link to the field, so the
     * summary always counts them all.
     */
    public void showUnsaved() {
        if (view() == null || !isEditable()) {
            return;
        }
        Map<String, String> refused = unsaved.of(id);
        if (refused.isEmpty()) {
            return;
        }
        List<FieldProblem> here = new ArrayList<>();
        for (String code : getFigureCodes()) {
            String text = refused.get(code);
            if (text == null) {
                continue;
            }
            Message problem = read(code, text).problem();
            if (problem == null) {
                // Refused in the other language, a number in this one: not saved until the lead moves on.
                problem = Message.of("form.figure.notSavedYet");
            }
            if (isFiguresStep()) {
                here.add(new FieldProblem("keyFigures." + code, problem));
            } else {
                FacesContext.getCurrentInstance()
                        .addMessage(
                                null,
                                new LinkedMessage(
                                        stepHref(FIGURES_STEP, "figure-" + code),
                                        stepName(FIGURES_STEP) + " – " + figureLabel(code),
                                        PageMessages.text(problem) + " " + language.text("form.figure.unsaved")));
            }
        }
        if (!here.isEmpty()) {
            PageMessages.problems(here, this::label);
        }
    }

    /** "Trin 1, Nøgletal": a step by its number and name, as the step list shows it. */
    private String stepName(String step) {
        return language.text("form.stepNamed")
                .replace("{0}", String.valueOf(getSteps().indexOf(step) + 1))
                .replace("{1}", stepLabel(step));
    }

    /** The address of a place on a step of this report's form: its field or item. */
    private String stepHref(String step, String fragment) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/selvevaluering.xhtml?id=" + id + "&trin=" + step + "#" + fragment;
    }

    /**
     * Saves everything on the current step (in case a field's own save is still on its way) and goes to another step.
     */
    public String saveAndGo(String target) {
        if (isEditable()) {
            Map<String, Integer> stepRatings = new HashMap<>();
            Map<String, String> stepEvidence = new HashMap<>();
            Map<String, String> stepJustifications = new HashMap<>();
            Map<String, BigDecimal> stepFigures = new HashMap<>();
            if (FIGURES_STEP.equals(step)) {
                for (String code : getFigureCodes()) {
                    String text = figureTexts.get(code);
                    Reading reading = read(code, text == null ? "" : text);
                    if (reading.problem() != null) {
                        unsaved.keep(id, code, text);
                    } else {
                        unsaved.forget(id, code);
                        stepFigures.put(code, reading.value());
                    }
                }
            }
            for (Item item : getStepItems()) {
                if (ratings.get(item.code()) != null) {
                    stepRatings.put(item.code(), ratings.get(item.code()));
                }
                stepEvidence.put(item.code(), orEmpty(evidence.get(item.code())));
                stepJustifications.put(item.code(), orEmpty(justifications.get(item.code())));
            }
            if (!change(new DraftChange(version, stepRatings, stepEvidence, stepJustifications, stepFigures))) {
                // Nothing of the step was saved: the figures it would have changed are kept as typed for the session.
                stepFigures.forEach((code, value) -> {
                    BigDecimal stored = view().keyFigures().get(code);
                    if (value == null ? stored != null : stored == null || stored.compareTo(value) != 0) {
                        unsaved.keep(id, code, orEmpty(figureTexts.get(code)));
                    }
                });
                return null;
            }
            if (FIGURES_STEP.equals(step) && !unsaved.of(id).isEmpty()) {
                // The rest is saved; the refused figures stay on screen with their errors, and the lead is told why
                // the form did not move on.
                PageMessages.warn(language.text("form.figures.notLeft"));
                return null;
            }
        }
        return "/selvevaluering?faces-redirect=true&id=" + id + "&trin=" + target;
    }

    /** Submits the report; the server's reasons are shown if it is not complete yet. */
    public String submit() {
        if (!unsaved.of(id).isEmpty()) {
            PageMessages.warn(language.text("form.notSubmitted.unsaved"));
            return null;
        }
        PageActions.Outcome outcome = PageActions.runWith(
                () -> {
                    assessments.submit(id, version, user.caller());
                    unsaved.forgetAll(id);
                },
                e -> e.problems().forEach(this::linkToItsStep));
        if (outcome.done()) {
            PageMessages.keepForRedirect();
            PageMessages.info(language.text("form.submitted"));
            return "/rapport?faces-redirect=true&id=" + id;
        }
        if (outcome == PageActions.Outcome.REFUSED) {
            show(assessments.get(id, user.caller())); // the report as it stands now, changed elsewhere meanwhile
        }
        return null;
    }

    /** A reason the report cannot be submitted yet, in the summary with its step, linked to its item or field. */
    private void linkToItsStep(FieldProblem problem) {
        String field = problem.field();
        String code = field.substring(field.indexOf('.') + 1);
        String text = PageMessages.text(problem.message());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (field.startsWith("keyFigures.")) {
            faces.addMessage(
                    null,
                    new LinkedMessage(
                            stepHref(FIGURES_STEP, "figure-" + code),
                            stepName(FIGURES_STEP) + " – " + label(field),
                            text));
        } else if (view().item(code).isPresent()) {
            String section = sectionOf(code);
            faces.addMessage(null, new LinkedMessage(stepHref(section, "item-" + code), stepName(section), text));
        } else {
            PageMessages.problems(List.of(problem), this::label);
        }
    }

    private boolean change(DraftChange change) {
        PageActions.Outcome outcome =
                PageActions.run(() -> show(assessments.saveDraft(id, change, user.caller())), this::label);
        if (outcome == PageActions.Outcome.REFUSED) {
            show(assessments.get(id, user.caller())); // the report as it stands now, changed elsewhere meanwhile
        }
        return outcome.done();
    }

    /** The field as the form labels it: "keyFigures.enrolledYouth" → "Indskrevne unge", "ratings.AI1" → "AI1". */
    private String label(String field) {
        if (field.startsWith("keyFigures.")) {
            return figureLabel(field.substring("keyFigures.".length()));
        }
        return field.substring(field.indexOf('.') + 1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The steps in order: key figures, one per section, submit. */
    public List<String> getSteps() {
        List<String> steps = new ArrayList<>();
        steps.add(FIGURES_STEP);
        getSections().forEach(section -> steps.add(section.code()));
        steps.add(SUBMIT_STEP);
        return steps;
    }

    /** A step's name: the section's name from the report's own instrument version. */
    public String stepLabel(String code) {
        if (FIGURES_STEP.equals(code) || SUBMIT_STEP.equals(code)) {
            return language.text("form.step." + code);
        }
        return instrument().section(code).map(s -> language.text(s.name())).orElse(code);
    }

    /** The step before or after the current one, or null at either end. */
    public String neighbour(int offset) {
        List<String> steps = getSteps();
        int at = steps.indexOf(step) + offset;
        return at < 0 || at >= steps.size() ? null : steps.get(at);
    }

    public boolean isFiguresStep() {
        return FIGURES_STEP.equals(step);
    }

    public boolean isSubmitStep() {
        return SUBMIT_STEP.equals(step);
    }

    /** The section shown on this step, if it is a section's step. */
    public Section getStepSection() {
        return getSections().stream()
                .filter(s -> s.code().equals(step))
                .findFirst()
                .orElse(null);
    }

    private List<Item> getStepItems() {
        Section section = getStepSection();
        return section == null ? List.of() : section.items();
    }

    /** Items without a rating yet, for the submit step. */
    public List<String> getUnrated() {
        return view().items().stream()
                .filter(i -> i.selfRating() == null)
                .map(AssessmentView.Item::code)
                .toList();
    }

    /** The items' section codes, so the submit step can link each warning to its step. */
    public String sectionOf(String code) {
        return view().item(code).map(AssessmentView.Item::section).orElse(FIGURES_STEP);
    }

    /** "Gemt kl. 14:32" (or with the date, if not today): when the report was last saved, by anyone. */
    public String getSavedAt() {
        return SavedAt.text(view() == null ? null : view().updatedAt(), language);
    }

    /** A stored rating in words, for a report that can no longer be changed: "4", "Kan ikke vurderes" or "–". */
    public String ratingText(String code) {
        Integer rating = ratings.get(code);
        if (rating == null) {
            return language.text("form.notGiven");
        }
        return rating == 9 ? language.text("report.cannotBeAssessed") : String.valueOf(rating);
    }

    public AssessmentView getView() {
        return view();
    }

    public boolean isReturned() {
        return view() != null && "RETURNED".equals(view().state());
    }

    /** The caller may change and submit it now (as the service says). */
    public boolean isEditable() {
        return view() != null && view().may().edit();
    }

    public Map<String, Integer> getRatings() {
        return ratings;
    }

    public Map<String, String> getEvidence() {
        return evidence;
    }

    public Map<String, String> getJustifications() {
        return justifications;
    }

    public Map<String, BigDecimal> getFigures() {
        return figures;
    }

    /** The key figures as the fields show them: the stored value in the page's language, or what was typed. */
    public Map<String, String> getFigureTexts() {
        return figureTexts;
    }

    /** "numeric" for a whole number, "decimal" for one with decimals: the phone's keyboard for the field. */
    public String inputMode(String code) {
        return instrument()
                .keyFigure(code)
                .map(f -> f.kind() == KeyFigureDefinition.Kind.WHOLE ? "numeric" : "decimal")
                .orElse("decimal");
    }

    /** The key figures a lead reports under the report's instrument, in its order (not those derived from the period). */
    public List<String> getFigureCodes() {
        return instrument().keyFigures().stream()
                .filter(KeyFigureDefinition::isReported)
                .map(KeyFigureDefinition::code)
                .toList();
    }

    /** A key figure's label in the page's language, as the report's instrument words it. */
    public String figureLabel(String code) {
        return instrument().keyFigure(code).map(f -> language.text(f.label())).orElse(code);
    }

    /** A count of young people under the small-number threshold, which a reader outside the municipality sees as "< 5". */
    public boolean suppressed(String code) {
        return view() != null && view().suppressedKeyFigures().contains(code);
    }

    /** The evidence check asks for a justification, or one was written already. */
    public boolean justificationShown(String code) {
        return view().justificationRequired().contains(code) || justifications.get(code) != null;
    }

    private Instrument instrument() {
        return catalog().find(view().instrument(), view().instrumentVersion()).orElseThrow();
    }

    public List<Section> getSections() {
        return instrument().sections();
    }

    /** An item's text in the page's language. */
    public String text(Item item) {
        return item.text().in(language.getLocale());
    }

    /** An item's anchor for a level (1, 3 or 5), in the page's language, or empty. */
    public String anchor(Item item, int level) {
        var anchor = item.anchors().get(level);
        return anchor == null ? "" : anchor.in(language.getLocale());
    }

    /** The rating the key figures imply for an item, or null where there is no data rule or it is not computable. */
    public Integer implied(String code) {
        return view().item(code).map(AssessmentView.Item::impliedRating).orElse(null);
    }
}
