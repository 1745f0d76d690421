package dk.nextwork.hub.interfaces.instrument.web;

import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InstrumentService;
import dk.nextwork.hub.application.InstrumentView;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The network admin's page of instrument versions: each version's sections and items, which one new reports are filed
 * under, and a button to file them under another from now on. Existing reports keep their version.
 */
@Named("instrumentsPage")
@RequestScoped
public class InstrumentsPage {

    @Inject
    InstrumentService instruments;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private List<InstrumentView> versions;
    private InstrumentView.Choice choice;
    private long choiceVersion;

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

    /** Files new reports under this version from now on. */
    public String choose(String key) {
        try {
            InstrumentView.Choice chosen = instruments.choose(key, choiceVersion, user.caller());
            PageMessages.keepForRedirect();
            PageMessages.info(language.text("instruments.chosen") + " " + chosen.instrument());
            return "/instrumenter?faces-redirect=true";
        } catch (InvalidInputException e) {
            PageMessages.problems(e.problems(), field -> language.text("instruments.version"));
        } catch (ConflictException e) {
            PageMessages.warn(e);
        }
        versions = null;
        choice = null;
        return null;
    }
}
