package dk.nextwork.hub.interfaces.instrument.web;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.InstrumentChanges;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.instrument.InstrumentService;
import dk.nextwork.hub.application.instrument.InstrumentView;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The network admin's page of instrument versions: each version's sections and items, which one new reports are filed
 * under, and a button to file them under another from now on. The switch is for the whole network, so the page first
 * asks, at the button, saying in words what changes for new reports, for drafts and in the items. Existing reports
 * keep their version.
 */
@Named("instrumentsPage")
@ViewScoped
public class InstrumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstrumentService instruments;

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

    private transient List<InstrumentView> versions;
    private transient InstrumentView.Choice choice;
    private long choiceVersion;

    /** The key of the version the admin is asked to confirm switching to, or null. */
    private String confirming;

    /** The key of the version whose switch the admin just cancelled: its button gets the focus back. */
    private String cancelled;

    public List<InstrumentView> getVersions() {
        if (versions == null) {
            versions = instruments.versions();
        }
        return versions;
    }

    public InstrumentView.Choice getChoice() {
        if (choice == null) {
            choice = instruments.choice();
        }
        return choice;
    }

    /** The choice's version the page was shown with (a hidden field), so a choice made meanwhile is noticed. */
    public long getChoiceVersion() {
        return getChoice().version();
    }

    public void setChoiceVersion(long choiceVersion) {
        this.choiceVersion = choiceVersion;
    }

    /** "Valgt af admin 23-11-2026 kl. 14:32." */
    public String getChosenBy() {
        return language.text(Message.of(
                "instruments.chosenBy", getChoice().changedBy(), getChoice().changedAt()));
    }

    public String name(InstrumentView v) {
        return language.isDanish() ? v.name() : v.nameEn();
    }

    public String sectionName(InstrumentView.Section s) {
        return language.isDanish() ? s.name() : s.nameEn();
    }

    /** A version's heading: "Version 1.1: NExTWORK fidelitetsinstrument". */
    public String heading(InstrumentView v) {
        return language.text(Message.of("instruments.heading", v.version(), name(v)));
    }

    /** Switching changes the whole network's new reports: the page says what changes and asks again first. */
    public void askToChoose(String key) {
        confirming = key;
        cancelled = null;
    }

    public String getConfirming() {
        return confirming;
    }

    public String getCancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = confirming;
        confirming = null;
        active().ifPresent(a -> PageMessages.info(language.text(Message.of("instruments.unchanged", named(a)))));
    }

    /** "Skift til version 1.1 for hele netværket?" */
    public String getConfirmHeading() {
        return target().map(t -> language.text(Message.of("instruments.confirm.heading", t.version())))
                .orElse("");
    }

    /** What happens to reports started from now on. */
    public String getConfirmNewReports() {
        return target().map(t -> language.text(Message.of("instruments.confirm.newReports", named(t))))
                .orElse("");
    }

    /**
     * What happens to reports already begun: a report keeps the version its draft was started under for good (the
     * assessment service files a draft under the active version once, at its start), so drafts, returned, submitted
     * and approved reports do not switch.
     */
    public String getConfirmExistingReports() {
        return language.text("instruments.confirm.existingReports");
    }

    /** "Ja, skift til version 1.1" */
    public String getConfirmYes() {
        return target().map(t -> language.text(Message.of("instruments.confirm.yes", t.version())))
                .orElse("");
    }

    /** "Nej, behold version 1.0" */
    public String getConfirmNo() {
        return active().map(a -> language.text(Message.of("instruments.confirm.no", a.version())))
                .orElse("");
    }

    /** "Version 1.1 har 17 items; version 1.0 har 16." */
    public String getConfirmItemCount() {
        Optional<Instrument> from = active();
        Optional<Instrument> to = target();
        if (from.isEmpty() || to.isEmpty()) {
            return "";
        }
        return language.text(Message.of(
                "instruments.confirm.itemCount",
                to.get().version(),
                to.get().items().size(),
                from.get().version(),
                from.get().items().size()));
    }

    /** Item by item, what the version to switch to adds, drops and words differently from the one in use. */
    public List<String> getConfirmChanges() {
        Optional<Instrument> from = active();
        Optional<Instrument> to = target();
        if (from.isEmpty() || to.isEmpty()) {
            return List.of();
        }
        Instrument old = from.get();
        Instrument next = to.get();
        InstrumentChanges changes = InstrumentChanges.between(old, next);
        List<String> lines = new ArrayList<>();
        for (Item item : changes.added()) {
            lines.add(language.text(Message.of(
                    "instruments.confirm.added", next.version(), item.code(), item.text(), sectionOf(next, item))));
        }
        for (Item item : changes.removed()) {
            lines.add(language.text(Message.of(
                    "instruments.confirm.removed", next.version(), item.code(), item.text(), sectionOf(old, item))));
        }
        for (Item item : changes.reworded()) {
            lines.add(language.text(Message.of(
                    "instruments.confirm.reworded",
                    next.version(),
                    item.code(),
                    item.text(),
                    old.item(item.code()).orElseThrow().text())));
        }
        for (Item item : changes.otherwiseChanged()) {
            lines.add(language.text(
                    Message.of("instruments.confirm.otherwise", next.version(), item.code(), item.text())));
        }
        if (lines.isEmpty()) {
            lines.add(language.text(Message.of("instruments.confirm.same", next.version(), old.version())));
        }
        return lines;
    }

    /** Files new reports under this version from now on. */
    public String choose(String key) {
        confirming = null;
        PageActions.Outcome outcome = PageActions.runWith(
                () -> {
                    InstrumentView.Choice chosen = instruments.choose(key, choiceVersion, user.caller());
                    PageMessages.keepForRedirect();
                    PageMessages.info(language.text(Message.of(
                            "instruments.chosen",
                            named(find(chosen.instrument()).orElseThrow()))));
                },
                // Only a forged post names a version the Hub does not ship; the page offers shipped ones alone.
                e -> PageMessages.warn(language.text("instruments.unknown")));
        if (outcome.done()) {
            return "/instrumenter?faces-redirect=true";
        }
        versions = null;
        choice = null;
        return null;
    }

    /** "version 1.1 af NExTWORK fidelitetsinstrument": a version as people read it, never its key. */
    private Message named(Instrument i) {
        return Message.of("instrument.named", i.version(), i.name());
    }

    private Optional<Instrument> target() {
        return confirming == null ? Optional.empty() : find(confirming);
    }

    /** The version new reports are filed under now. */
    private Optional<Instrument> active() {
        return find(getChoice().instrument());
    }

    private Optional<Instrument> find(String key) {
        return catalog().all().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    private String sectionOf(Instrument instrument, Item item) {
        return instrument
                .section(item.sectionCode())
                .map(s -> language.text(s.name()))
                .orElse(item.sectionCode());
    }
}
