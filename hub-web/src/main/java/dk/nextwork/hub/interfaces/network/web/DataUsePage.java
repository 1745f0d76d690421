package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.hub.application.network.AnalysisExtracts;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Dataforbrug (network admin): every download of the analysis extract, who and when, newest first. */
@Named("dataUsePage")
@RequestScoped
public class DataUsePage {

    @Inject
    AnalysisExtracts extracts;

    @Inject
    CurrentUser user;

    private List<AnalysisExtracts.DataUse> uses;

    public List<AnalysisExtracts.DataUse> getUses() {
        if (uses == null) {
            uses = extracts.dataUse(user.caller());
        }
        return uses;
    }
}
