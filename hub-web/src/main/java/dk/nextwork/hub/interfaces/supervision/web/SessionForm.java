package dk.nextwork.hub.interfaces.supervision.web;

import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.hub.application.instrument.InstrumentService;
import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.supervision.NewAction;
import dk.nextwork.hub.application.supervision.NewSession;
import dk.nextwork.hub.application.supervision.SupervisionService;
import dk.nextwork.hub.application.supervision.SupervisionViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The supervisor's form for logging a session with a municipality and the actions agreed in it. It reminds the writer
 * that nothing about an individual young person belongs in it. Blank action rows are left out.
 */
@Named("sessionForm")
@ViewScoped
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many actions the form offers at once; more can be added in the next session or on the actions list. */
    static final int ACTION_ROWS = 3;

    /** One action row. */
    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String owner;
        private LocalDate dueOn;
        private List<String> items = new ArrayList<>();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }

        public List<String> getItems() {
            return items;
        }

        public void setItems(List<String> items) {
            this.items = items;
        }

        boolean isBlank() {
            return (title == null || title.isBlank())
                    && (owner == null || owner.isBlank())
                    && dueOn == null
                    && (items == null || items.isEmpty());
        }
    }

    @Inject
    SupervisionService supervision;

    @Inject
    MunicipalityService municipalities;

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
    InstrumentService instruments;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private String municipality;
    private LocalDate heldOn;
    private String format = "ON_SITE";
    private int leads;
    private int consultants;
    private int psychologists;
    private int companyReps;
    private int youngPeople;
    private List<String> principles = new ArrayList<>();
    private List<String> items = new ArrayList<>();
    private String notes;
    private String agreements;
    private final List<ActionRow> actions = new ArrayList<>();

    public SessionForm() {
        for (int i = 0; i < ACTION_ROWS; i++) {
            actions.add(new ActionRow());
        }
    }

    /** Logs the session; on bad input every field at fault is named and nothing is saved. */
    public String save() {
        List<NewAction> agreed = new ArrayList<>();
        for (ActionRow row : actions) {
            if (!row.isBlank()) {
                agreed.add(new NewAction(
                        row.title, row.owner, row.dueOn == null ? null : row.dueOn.toString(), row.items, null));
            }
        }
        PageActions.Outcome outcome = PageActions.run(
                () -> supervision.logSession(
                        new NewSession(
                                municipality,
                                heldOn == null ? null : heldOn.toString(),
                                format,
                                new SupervisionViews.Participants(
                                        leads, consultants, psychologists, companyReps, youngPeople),
                                principles,
                                items,
                                notes,
                                agreements,
                                agreed),
                        user.caller()),
                this::label);
        if (!outcome.done()) {
            return null;
        }
        PageMessages.keepForRedirect();
        PageMessages.info(language.text("session.saved"));
        return "/supervision?faces-redirect=true&kommune=" + municipality;
    }

    public List<MunicipalityView> getMunicipalities() {
        return municipalities.municipalities();
    }

    /** The field as the form labels it: "heldOn" → "Dato for supervisionen", "actions[1].title" → "Handling 2: Handling". */
    private String label(String field) {
        Matcher action = Pattern.compile("actions\\[(\\d+)]\\.?(\\w*).*").matcher(field);
        if (action.matches()) {
            String part = action.group(2).isEmpty() ? "" : ": " + language.text("action." + action.group(2));
            return language.text("session.action") + " " + (Integer.parseInt(action.group(1)) + 1) + part;
        }
        String key = "session." + field.replaceAll("\\[.*", "").replace("participants.", "");
        return language.text(key);
    }

    /** Every item of the version new reports are filed under, for the "discussed" and "linked" choices. */
    public List<Item> getAllItems() {
        String active = instruments.choice().instrument();
        return catalog().all().stream()
                .filter(i -> i.key().equals(active))
                .findFirst()
                .orElseThrow()
                .items();
    }

    public String itemLabel(Item item) {
        return item.code() + " " + item.text().in(language.getLocale());
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public int getLeads() {
        return leads;
    }

    public void setLeads(int leads) {
        this.leads = leads;
    }

    public int getConsultants() {
        return consultants;
    }

    public void setConsultants(int consultants) {
        this.consultants = consultants;
    }

    public int getPsychologists() {
        return psychologists;
    }

    public void setPsychologists(int psychologists) {
        this.psychologists = psychologists;
    }

    public int getCompanyReps() {
        return companyReps;
    }

    public void setCompanyReps(int companyReps) {
        this.companyReps = companyReps;
    }

    public int getYoungPeople() {
        return youngPeople;
    }

    public void setYoungPeople(int youngPeople) {
        this.youngPeople = youngPeople;
    }

    public List<String> getPrinciples() {
        return principles;
    }

    public void setPrinciples(List<String> principles) {
        this.principles = principles;
    }

    public List<String> getItems() {
        return items;
    }

    public void setItems(List<String> items) {
        this.items = items;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getAgreements() {
        return agreements;
    }

    public void setAgreements(String agreements) {
        this.agreements = agreements;
    }
}
