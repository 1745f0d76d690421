package dk.nextwork.hub.interfaces.onboarding.web;

import dk.nextwork.hub.application.onboarding.OnboardingService;
import dk.nextwork.hub.application.onboarding.OnboardingView;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Every municipality onboarding now, side by side as the research compares them: the current stage, the days in it, the
 * proportion of the plan done and the stages past their expected time (supervisors and the network admin).
 */
@Named("onboardingCohort")
@RequestScoped
public class OnboardingCohort {

    @Inject
    OnboardingService onboarding;

    @Inject
    CurrentUser user;

    private List<OnboardingView> rows;

    public List<OnboardingView> getRows() {
        if (rows == null) {
            rows = onboarding.cohort(user.caller());
        }
        return rows;
    }
}
