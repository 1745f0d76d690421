package dk.nextwork.hub.interfaces.randomisation.web;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.application.randomisation.RandomisationService;
import dk.nextwork.hub.application.randomisation.RandomisationViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Formats;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import dk.nextwork.randomisation.ErrorReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Forsøget, the researchers' page: the trials (one proposes a trial, a second confirms it), and a trial's course per
 * municipality, stratum and month, balance, low lists, the allocation log, the batches' seals, the trial's log,
 * exports; marking an allocation randomised in error, extending a stratum's list and closing the trial. The trial is
 * the view parameter {@code forsoeg} (the first trial when left out).
 */
@Named("trialPage")
@ViewScoped
public class TrialPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Allocations shown on the page; the export holds them all. */
    static final int LOG_SHOWN = 50;

    @Inject
    RandomisationService randomisation;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    Formats fmt;

    private String trialParameter;
    private Long trialId;
    private String markStudyId;
    private String markReason;
    private boolean closeConfirmed;
    private final TrialSetup setup = new TrialSetup();
    private transient RandomisationViews.Overview overview;
    private transient Page<RandomisationViews.Entry> log;
    private transient List<RandomisationViews.TrialSummary> trials;
    private transient List<RandomisationViews.Site> sites;

    /** Reads the view parameter {@code forsoeg}; a trial that does not exist (or a parameter that is no id) is 404. */
    public void load() throws IOException {
        try {
            trialId = trialParameter == null || trialParameter.isBlank() ? null : Long.valueOf(trialParameter.strip());
        } catch (NumberFormatException e) {
            PageMessages.notFound();
            return;
        }
        PageActions.load(this::getOverview);
    }

    public String getTrialParameter() {
        return trialParameter;
    }

    public void setTrialParameter(String trialParameter) {
        this.trialParameter = trialParameter;
    }

    public RandomisationViews.Overview getOverview() {
        if (overview == null) {
            overview = randomisation.overview(trialId, user.caller());
        }
        return overview;
    }

    public Page<RandomisationViews.Entry> getLog() {
        if (log == null) {
            log = randomisation.log(getOverview().trial().id(), 1, LOG_SHOWN, user.caller());
        }
        return log;
    }

    public List<RandomisationViews.TrialSummary> getTrials() {
        if (trials == null) {
            trials = randomisation.trials(user.caller());
        }
        return trials;
    }

    /**
     * A trial's design in words in the page's language ("Blokurne, 1:1, største ubalance 3"), or that it is concealed.
     */
    public String designText(RandomisationViews.TrialSummary trial) {
        if (trial.design() == null) {
            return language.text("trial.design.concealed");
        }
        StringBuilder text = new StringBuilder(language.text("trial.design." + trial.design()))
                .append(", ")
                .append(trial.ratioNextwork())
                .append(':')
                .append(trial.ratioControl());
        if (trial.mti() != null) {
            text.append(", ").append(words("trial.parameters.mti", trial.mti()));
        }
        if (!trial.blockSizes().isEmpty()) {
            text.append(", ").append(words("trial.parameters.blocks", fmt.list(trial.blockSizes())));
        }
        if (trial.sequenceLength() != null) {
            text.append(", ").append(words("trial.parameters.length", trial.sequenceLength()));
        }
        return text.toString();
    }

    private static String words(String key, Object argument) {
        return PageMessages.text(Message.of(key, argument));
    }

    /** The proposals the signed-in researcher may confirm: those another researcher made. */
    public boolean mayConfirm(RandomisationViews.TrialSummary trial) {
        return "PROPOSED".equals(trial.status()) && !user.caller().username().equals(trial.proposedBy());
    }

    public List<RandomisationViews.Site> getSites() {
        if (sites == null) {
            sites = randomisation.sites(user.caller());
        }
        return sites;
    }

    public TrialSetup getSetup() {
        return setup;
    }

    /** Proposes the trial set up in the form; it opens when a second researcher confirms it. */
    public void propose() {
        TrialSetup.Reading reading = setup.read();
        PageActions.runWith(
                () -> {
                    RandomisationViews.TrialSummary proposed = randomisation.propose(reading.input(), user.caller());
                    PageMessages.info(PageMessages.text(Message.of("trial.proposed", proposed.name())));
                    setup.clear();
                    refresh();
                },
                e -> {
                    // A number that could not be read is named as such; the service's other problems beside it.
                    List<FieldProblem> problems = new ArrayList<>(reading.unreadable());
                    e.problems().stream()
                            .filter(p -> reading.unreadable().stream()
                                    .noneMatch(u -> u.field().equals(p.field())))
                            .forEach(problems::add);
                    PageMessages.problems(problems, field -> language.text("trial.setup." + field));
                });
    }

    public void confirm(long trial, long version) {
        decide(() -> randomisation.confirm(trial, version, user.caller()), "trial.confirmed");
    }

    public void withdraw(long trial, long version) {
        decide(() -> randomisation.withdraw(trial, version, user.caller()), "trial.withdrawn");
    }

    /** A proposal confirmed or withdrawn, and said so; a stale or settled one explained. */
    private void decide(Supplier<RandomisationViews.TrialSummary> decision, String said) {
        PageActions.run(() -> {
            RandomisationViews.TrialSummary trial = decision.get();
            PageMessages.info(PageMessages.text(Message.of(said, trial.name())));
            refresh();
        });
    }

    public List<String> getReasons() {
        return Arrays.stream(ErrorReason.values()).map(Enum::name).toList();
    }

    public List<RandomisationViews.StratumRow> getLowStrata() {
        return getOverview().strata().stream()
                .filter(RandomisationViews.StratumRow::lowStock)
                .toList();
    }

    public void mark() {
        PageActions.runWith(
                () -> {
                    RandomisationViews.Entry entry;
                    try {
                        entry = randomisation.markError(
                                getOverview().trial().id(), markStudyId, markReason, user.caller());
                    } catch (NotFoundException e) {
                        // No allocation has this study ID: told at the field, not as a refusal of the page.
                        throw new InvalidInputException(List.of(new FieldProblem("studyId", e.message())));
                    }
                    PageMessages.info(PageMessages.text(Message.of("trial.marked", entry.studyId())));
                    markStudyId = null;
                    markReason = null;
                    refresh();
                },
                e -> {
                    // The service names the study ID "studyId"; on this page it is the mark's field. A CPR-shaped
                    // number is not kept in the page's state.
                    if (e.problems().stream().anyMatch(p -> p.message().key().endsWith(".CPR_SHAPED"))) {
                        markStudyId = null;
                    }
                    PageMessages.problems(
                            e.problems().stream()
                                    .map(p -> p.field().equals("studyId")
                                            ? new FieldProblem("markStudyId", p.message())
                                            : p)
                                    .toList(),
                            field -> language.text(
                                    field.equals("markStudyId") ? "trial.mark.studyId" : "trial.mark." + field));
                });
    }

    public void extend(String municipality, String category) {
        PageActions.run(() -> {
            randomisation.extend(getOverview().trial().id(), municipality, category, user.caller());
            PageMessages.info(language.text("trial.extended"));
            refresh();
        });
    }

    public void close() {
        if (!closeConfirmed) {
            PageMessages.problems(
                    List.of(FieldProblem.of("closeConfirmed", "problem.randomisation.closeConfirmed")),
                    field -> language.text("trial.close.confirm"));
            return;
        }
        PageActions.run(() -> {
            randomisation.close(getOverview().trial().id(), getOverview().version(), user.caller());
            PageMessages.info(language.text("trial.closed"));
            refresh();
        });
    }

    private void refresh() {
        if (overview != null) {
            trialId = overview.trial().id();
        }
        overview = null;
        log = null;
        trials = null;
    }

    public String getMarkStudyId() {
        return markStudyId;
    }

    public void setMarkStudyId(String markStudyId) {
        this.markStudyId = markStudyId;
    }

    public String getMarkReason() {
        return markReason;
    }

    public void setMarkReason(String markReason) {
        this.markReason = markReason;
    }

    public boolean isCloseConfirmed() {
        return closeConfirmed;
    }

    public void setCloseConfirmed(boolean closeConfirmed) {
        this.closeConfirmed = closeConfirmed;
    }
}
