package dk.nextwork.hub.interfaces.onboarding.web;

import dk.nextwork.hub.application.UnavailableException;
import dk.nextwork.hub.application.municipality.AddedMunicipality;
import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.municipality.NewMunicipality;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The network admin adds one of Denmark's municipalities with its contact lead: the Hub creates the municipality, its
 * group in Keycloak and the lead's account, then shows the lead's one-time password once on the new onboarding page.
 */
@Named("newMunicipalityForm")
@ViewScoped
public class NewMunicipalityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalityService municipalities;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private String kommunekode;
    private String leadName;
    private String leadEmail;
    private transient List<MunicipalityView.Joinable> joinable;

    public String add() {
        Optional<AddedMunicipality> added;
        try {
            added = PageActions.get(
                    () -> municipalities.add(new NewMunicipality(kommunekode, leadName, leadEmail), user.caller()),
                    field -> language.text("newMunicipality." + field));
        } catch (UnavailableException e) {
            // A system the change needs (Keycloak, the mail) does not answer and nothing was created: an error that
            // leads the summary, not a notice.
            PageMessages.error(PageMessages.text(e.message()));
            return null;
        }
        if (added.isEmpty()) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(OnboardingPage.ADDED, added.get());
        return "/opstart?faces-redirect=true&kommune="
                + added.get().municipality().slug();
    }

    /** Denmark's municipalities not yet in the network, in Danish alphabetical order. */
    public List<MunicipalityView.Joinable> getJoinable() {
        if (joinable == null) {
            joinable = municipalities.joinable();
        }
        return joinable;
    }

    public String getKommunekode() {
        return kommunekode;
    }

    public void setKommunekode(String kommunekode) {
        this.kommunekode = kommunekode;
    }

    public String getLeadName() {
        return leadName;
    }

    public void setLeadName(String leadName) {
        this.leadName = leadName;
    }

    public String getLeadEmail() {
        return leadEmail;
    }

    public void setLeadEmail(String leadEmail) {
        this.leadEmail = leadEmail;
    }
}
