package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.security.HubRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The navigation: only what the signed-in user's role may use. */
@Named("navigation")
@RequestScoped
public class Navigation {

    /** One entry: the page's outcome and the message key of its label. */
    public record Entry(String outcome, String labelKey) {}

    @Inject
    CurrentUser user;

    public List<Entry> getEntries() {
        List<Entry> entries = new ArrayList<>();
        if (!user.isAuthenticated()) {
            return entries;
        }
        entries.add(new Entry("/index", "nav.start"));
        boolean networkWide = user.hasRole(HubRole.NETWORK_ADMIN_NAME) || user.hasRole(HubRole.SUPERVISOR_NAME);
        entries.add(new Entry("/selvevalueringer", "nav.assessments"));
        if (networkWide) {
            entries.add(new Entry("/gennemgang", "nav.review"));
        }
        if (networkWide) {
            entries.add(new Entry("/handlinger", "nav.actions"));
        } else if (user.getMunicipality() != null) {
            entries.add(new Entry("/supervision", "nav.supervision"));
        }
        entries.add(new Entry("/praksis", "nav.practice"));
        entries.add(new Entry("/kommuner", "nav.municipalities"));
        if (user.hasRole(HubRole.NETWORK_ADMIN_NAME)) {
            entries.add(new Entry("/perioder", "nav.periods"));
        }
        if (networkWide) {
            entries.add(new Entry("/haendelser", "nav.audit"));
        }
        return entries;
    }
}
