package dk.nextwork.hub.interfaces.supervision.web;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.supervision.SupervisionService;
import dk.nextwork.hub.application.supervision.SupervisionViews;
import dk.nextwork.hub.domain.model.supervision.ActionStatus;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A municipality's supervision log and actions: whether an action plan is required, the actions with their status
 * (the lead and supervisors move them on), and the sessions. Another municipality's page does not exist (404).
 */
@Named("supervisionPage")
@ViewScoped
public class SupervisionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionService supervision;

    @Inject
    MunicipalityService municipalities;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private String municipality;
    private transient MunicipalityView shown;
    private transient List<SupervisionViews.Session> sessions;
    private transient List<SupervisionViews.Action> actions;
    private transient SupervisionViews.ActionPlan plan;
    private transient SupervisionViews.Permissions may;
    private final Map<Long, String> statuses = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();
    /** The actions' ids in the order the page shows them: the rows a postback's fields belong to. */
    private final List<Long> rows = new ArrayList<>();
    /**
     * Whether the log was read: a page carried on by another node (the views above are not replicated) reads it again
     * there, keeping what was chosen in the rows.
     */
    private boolean loaded;

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    /** Loads the municipality's log (the user's own if none is named); 404 if the user may not see it. */
    public void load() throws IOException {
        municipality = PageActions.municipalityOrOverview(municipality, user.getMunicipality(), "/handlinger.xhtml");
        if (municipality == null) {
            return;
        }
        PageActions.load(this::refresh);
    }

    private void refresh() {
        read();
        statuses.clear();
        reasons.clear();
        versions.clear();
        rows.clear();
        for (SupervisionViews.Action a : actions) {
            rows.add(a.id());
            statuses.put(a.id(), a.status());
            reasons.put(a.id(), a.droppedReason());
            versions.put(a.id(), a.version());
        }
    }

    private void read() {
        sessions = supervision.sessions(municipality, user.caller());
        SupervisionViews.ActionsWithPlan both = supervision.actionsWithPlan(municipality, user.caller());
        actions = both.actions();
        plan = both.plan();
        may = supervision.permissions(municipality, user.caller());
        shown = municipalities.bySlug(municipality).orElseThrow();
        loaded = true;
    }

    /**
     * The log again on a node that carried this page on after the node that read it died, its actions in the rows the
     * page showed (a postback's fields are matched to rows by position; an action added meanwhile waits for the next
     * refresh).
     */
    private void readIfCarriedOn() {
        if (loaded && actions == null) {
            read();
            Map<Long, SupervisionViews.Action> byId = new HashMap<>();
            actions.forEach(a -> byId.put(a.id(), a));
            actions = rows.stream().map(byId::get).filter(Objects::nonNull).toList();
        }
    }

    /** Saves one action's new status (and the reason, when dropped). */
    public void changeStatus(long id) {
        if (!versions.containsKey(id)) {
            // Not a row this page showed: nothing to change from; the log as it stands now.
            refresh();
            return;
        }
        PageActions.Outcome outcome = PageActions.runWith(
                () -> {
                    SupervisionViews.Action changed = supervision.changeStatus(
                            id, versions.get(id), statuses.get(id), reasons.get(id), user.caller());
                    PageMessages.info(language.text("supervision.statusSaved") + ": " + changed.title() + " – "
                            + language.text("actionStatus." + changed.status()));
                },
                // At the row's own fields: "reason" is this action's reason, not the first row's.
                e -> PageMessages.problems(
                        e.problems().stream()
                                .map(p -> new FieldProblem(p.field() + "." + id, p.message()))
                                .toList(),
                        field -> language.text(
                                field.startsWith("reason.")
                                        ? "action.droppedReason"
                                        : "action." + field.substring(0, field.indexOf('.')))));
        if (outcome != PageActions.Outcome.INVALID) {
            // The log as it stands now; a row refused at its fields keeps what was chosen, to be corrected.
            refresh();
        }
    }

    /** The lead of this municipality and supervisors move actions on (as the service says). */
    public boolean isMayChangeActions() {
        readIfCarriedOn();
        return may != null && may.changeActions();
    }

    public boolean isMayLogSessions() {
        readIfCarriedOn();
        return may != null && may.logSessions();
    }

    public MunicipalityView getShown() {
        readIfCarriedOn();
        return shown;
    }

    public List<SupervisionViews.Session> getSessions() {
        readIfCarriedOn();
        return sessions;
    }

    public List<SupervisionViews.Action> getActions() {
        readIfCarriedOn();
        return actions;
    }

    public SupervisionViews.ActionPlan getPlan() {
        readIfCarriedOn();
        return plan;
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public List<String> getStatusCodes() {
        return Arrays.stream(ActionStatus.values()).map(Enum::name).toList();
    }
}
