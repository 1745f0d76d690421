package dk.nextwork.hub.interfaces.municipality.web;

import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.onboarding.OnboardingService;
import dk.nextwork.hub.application.onboarding.OnboardingView;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** All municipalities of the network with their status and, where accepted, their co-ownership commitment. */
@Named("municipalityOverview")
@RequestScoped
public class MunicipalityOverview {

    @Inject
    MunicipalityService municipalities;

    @Inject
    OnboardingService onboarding;

    @Inject
    CurrentUser user;

    private List<MunicipalityView> rows;
    private Map<String, OnboardingView.NetworkCommitment> commitments;

    public List<MunicipalityView> getRows() {
        if (rows == null) {
            rows = municipalities.municipalities();
        }
        return rows;
    }

    /** A municipality's accepted co-ownership commitment, or null. */
    public OnboardingView.NetworkCommitment commitment(String slug) {
        if (commitments == null) {
            commitments = onboarding.commitments(user.caller()).stream()
                    .collect(Collectors.toMap(OnboardingView.NetworkCommitment::municipality, c -> c));
        }
        return commitments.get(slug);
    }
}
