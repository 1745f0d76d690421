package dk.nextwork.hub.interfaces.supervision.web;

import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.supervision.SupervisionService;
import dk.nextwork.hub.application.supervision.SupervisionViews;
import dk.nextwork.hub.domain.model.supervision.ActionStatus;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The follow-up of actions: for supervisors and admins, every municipality's open and overdue actions (overdue
 * first); for a municipality's people, their own overdue actions and whether an action plan is required.
 */
@Named("actionsOverview")
@RequestScoped
public class ActionsOverview {

    @Inject
    SupervisionService supervision;

    @Inject
    MunicipalityService municipalities;

    @Inject
    CurrentUser user;

    private List<SupervisionViews.Action> outstanding;
    private SupervisionViews.ActionPlan plan;

    /** Open and overdue actions the user follows up: all municipalities' for network-wide roles, else the own. */
    public List<SupervisionViews.Action> getOutstanding() {
        if (outstanding == null) {
            if (user.may("SEE_ALL_SUPERVISION")) {
                outstanding = supervision.outstanding(user.caller());
            } else if (user.may("SEE_OWN_SUPERVISION")) {
                outstanding = supervision.actions(user.getMunicipality(), user.caller()).stream()
                        .filter(a -> ActionStatus.valueOf(a.status()).isOutstanding())
                        .toList();
            } else {
                outstanding = List.of();
            }
        }
        return outstanding;
    }

    public List<SupervisionViews.Action> getOverdue() {
        return getOutstanding().stream()
                .filter(SupervisionViews.Action::overdue)
                .toList();
    }

    /** The own municipality's action plan status, or null for network-wide roles. */
    public SupervisionViews.ActionPlan getPlan() {
        if (plan == null && user.may("SEE_OWN_SUPERVISION")) {
            plan = supervision.actionPlan(user.getMunicipality(), user.caller());
        }
        return plan;
    }

    /** Municipalities whose log a supervisor can open. */
    public List<MunicipalityView> getMunicipalities() {
        return municipalities.municipalities();
    }
}
