package dk.nextwork.hub.interfaces.onboarding.web;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.municipality.AddedMunicipality;
import dk.nextwork.hub.application.onboarding.OnboardingService;
import dk.nextwork.hub.application.onboarding.OnboardingView;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Formats;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A municipality's onboarding: where it stands in the plan (the current stage, the days in it, the proportion done,
 * stages past their expected time), the co-ownership commitment its lead accepts, every activity with the date it
 * happened (the lead and supervisors mark them), and for the network admin the move to active. The own municipality's
 * by default; another municipality's does not exist for its staff (404).
 */
@Named("onboardingPage")
@ViewScoped
public class OnboardingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The flash key under which the new-municipality form hands over what it created, to be shown once here. */
    static final String ADDED = "hub.onboarding.added";

    @Inject
    OnboardingService onboarding;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    Formats fmt;

    private String municipality;
    private transient OnboardingView progress;

    /** The onboarding as last read; read again where the page was carried on by another node of a cluster. */
    private OnboardingView progress() {
        if (progress == null && municipality != null) {
            progress = onboarding.progress(municipality, user.caller());
        }
        return progress;
    }

    private transient OnboardingView.CommitmentText commitment;
    private transient AddedMunicipality added;
    private final Map<String, String> dates = new HashMap<>();
    private boolean accepting;
    private boolean activating;

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    /** Loads the municipality's onboarding (the user's own if none is named); 404 if the user may not see it. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        municipality = PageActions.municipalityOrOverview(municipality, user.getMunicipality(), "/opstarter.xhtml");
        if (municipality == null) {
            return;
        }
        if (faces.getExternalContext().getFlash().get(ADDED) instanceof AddedMunicipality justAdded
                && justAdded.municipality().slug().equals(municipality)) {
            added = justAdded;
        }
        PageActions.load(this::refresh);
    }

    private void refresh() {
        progress = onboarding.progress(municipality, user.caller());
        commitment = onboarding.commitment();
        dates.clear();
        for (OnboardingView.Stage stage : progress().stages()) {
            for (OnboardingView.Activity a : stage.activities()) {
                dates.put(a.code(), a.doneOn() == null ? "" : fmt.date(a.doneOn()));
            }
        }
    }

    /** Marks an activity done on the date written beside it; a refused date is named at its field. */
    public void markDone(String activity) {
        PageActions.Outcome outcome = PageActions.runWith(
                () -> {
                    OnboardingView.Activity marked = activity(
                            onboarding.markDone(municipality, activity, dates.get(activity), user.caller()), activity);
                    PageMessages.info(
                            fmt.message("onboarding.marked", language.text(marked.name()), fmt.date(marked.doneOn())));
                    Map<String, String> typed = new HashMap<>(dates);
                    refresh();
                    // Dates typed beside other activities, not yet marked, stay where they were typed.
                    typed.forEach((code, text) -> {
                        if (!code.equals(activity) && text != null && !text.isBlank()) {
                            dates.put(code, text);
                        }
                    });
                },
                // One date field per activity: the problem belongs to this row's.
                e -> PageMessages.problems(
                        e.problems().stream()
                                .map(p -> new FieldProblem(dateField(activity), p.message()))
                                .toList(),
                        field -> language.text("onboarding.doneOn")));
        if (outcome == PageActions.Outcome.REFUSED) {
            refresh(); // the plan as it stands now
        }
    }

    /** The field name a row's date input is marked with, so a refusal is shown at that input. */
    public String dateField(String activity) {
        return "doneOn." + activity;
    }

    private static OnboardingView.Activity activity(OnboardingView view, String code) {
        return view.stages().stream()
                .flatMap(s -> s.activities().stream())
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** The lead accepts the co-ownership commitment, having ticked that they read it and accept it. */
    public void acceptCommitment() {
        if (!accepting) {
            PageMessages.problems(
                    List.of(FieldProblem.of("accepting", "onboarding.commitment.tick")),
                    field -> language.text("onboarding.commitment.accept"));
            return;
        }
        PageActions.run(
                () -> {
                    onboarding.acceptCommitment(municipality, getCommitment().version(), user.caller());
                    PageMessages.info(language.text("onboarding.commitment.accepted"));
                },
                field -> language.text("onboarding.commitment.accept"));
        accepting = false;
        refresh();
    }

    /** The move to active cannot be undone here: the page says what it means and asks again first. */
    public void askToActivate() {
        activating = true;
    }

    public void cancelActivate() {
        activating = false;
    }

    public void activate() {
        activating = false;
        PageActions.run(() -> {
            OnboardingView active = onboarding.activate(municipality, user.caller());
            PageMessages.info(fmt.message("onboarding.activated", active.name()));
        });
        refresh();
    }

    public OnboardingView getProgress() {
        return progress();
    }

    public OnboardingView.CommitmentText getCommitment() {
        if (commitment == null) {
            commitment = onboarding.commitment();
        }
        return commitment;
    }

    /** What the admin just created, shown once (the temporary password is kept nowhere else). */
    public AddedMunicipality getAdded() {
        return added;
    }

    public Map<String, String> getDates() {
        return dates;
    }

    public boolean isAccepting() {
        return accepting;
    }

    public void setAccepting(boolean accepting) {
        this.accepting = accepting;
    }

    public boolean isActivating() {
        return activating;
    }

    /** A stage's state in words: done in N days, under way for N days, or not begun; against its expected days. */
    public String stageState(OnboardingView.Stage stage) {
        if (stage.isComplete()) {
            return fmt.message("onboarding.stage.done", stage.durationDays(), stage.expectedDays());
        }
        if (stage.code().equals(progress().currentStage())) {
            return fmt.message("onboarding.stage.current", progress().daysInCurrentStage(), stage.expectedDays());
        }
        // A later stage may begin before the current one is complete: it has run since its first activity.
        return stage.done() > 0
                ? fmt.message("onboarding.stage.current", stage.durationDays(), stage.expectedDays())
                : fmt.message("onboarding.stage.later", stage.expectedDays());
    }
}
