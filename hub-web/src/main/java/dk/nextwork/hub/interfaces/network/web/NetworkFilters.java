package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.network.NetworkQuery;
import dk.nextwork.hub.application.network.NetworkService;
import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.LinkedMessage;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Netværket's filters, a plain GET form so every view is a link: the request's parameters bound, the picture asked
 * for with them, and what is wrong with one shown at its field while the page keeps its lists and charts.
 */
@RequestScoped
public class NetworkFilters {

    /** The filter form's inputs by the service's field names, so an error links to its field. */
    private static final Map<String, String> INPUTS =
            Map.of("from", "fra", "to", "til", "principle", "princip", "municipality", "kommune");

    @Inject
    NetworkService network;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private List<String> status = new ArrayList<>();
    private String from;
    private String to;
    private String municipality;
    private String sort;
    private String principle;
    private final Map<String, String> errors = new HashMap<>();
    private Boolean everyone;

    /**
     * The picture with the filters; a filter that cannot be used is reported at its field and the picture shown
     * without it. Null when there is none to show.
     */
    public NetworkView picture() throws IOException {
        String[] statuses = external().getRequestParameterValuesMap().get("status");
        if (statuses != null) {
            setStatus(List.of(statuses));
        }
        try {
            return network.picture(
                    user.caller(), new NetworkQuery(Set.copyOf(status), from, to, municipality, principle));
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                String text = PageMessages.text(problem.message());
                errors.put(problem.field(), text);
                String input = INPUTS.get(problem.field());
                String label = language.text("network.filter." + problem.field());
                FacesContext.getCurrentInstance()
                        .addMessage(
                                null,
                                input == null
                                        ? new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + text, null)
                                        : new LinkedMessage("#" + input, label, text));
            }
            // The picture without the filter to correct, so the page keeps its lists and charts meanwhile.
            try {
                return network.picture(
                        user.caller(),
                        new NetworkQuery(
                                errors.containsKey("status") ? Set.of() : Set.copyOf(status),
                                errors.containsKey("from") ? null : from,
                                errors.containsKey("to") ? null : to,
                                errors.containsKey("municipality") ? null : municipality,
                                errors.containsKey("principle") ? null : principle));
            } catch (InvalidInputException again) {
                return null;
            }
        } catch (NotFoundException e) {
            PageMessages.notFound();
            return null;
        }
    }

    /** Whether a filter could not be used (its error is shown at its field). */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** What is wrong with a filter ("from", "to"), to show at its field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** Whether the user sees every municipality by name, as the network picture decides it. */
    public boolean everyone() {
        if (everyone == null) {
            everyone = Access.allows(user.caller(), Capability.SEE_EVERY_MUNICIPALITY);
        }
        return everyone;
    }

    /**
     * Whether the trends show a municipality's scores beside the median (always the own for municipal staff; the
     * chosen one for the others). Read from the request, for the page's structure is built before the picture is
     * loaded.
     */
    public boolean trendWithOwn() {
        String chosen = external().getRequestParameterMap().get("kommune");
        return !everyone() || (chosen != null && !chosen.isBlank());
    }

    /** The address of a table's export ("csv", "xlsx") with the page's filters. */
    public String export(String kind, String table) {
        ExternalContext external = external();
        String query = ((HttpServletRequest) external.getRequest()).getQueryString();
        return external.getRequestContextPath() + "/netvaerk." + kind + "?tabel=" + table
                + (query == null || query.isBlank() ? "" : "&" + query);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public List<String> getStatus() {
        return status;
    }

    public void setStatus(List<String> status) {
        this.status = status == null ? new ArrayList<>() : new ArrayList<>(status);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPrinciple() {
        return principle;
    }

    public void setPrinciple(String principle) {
        this.principle = principle;
    }
}
