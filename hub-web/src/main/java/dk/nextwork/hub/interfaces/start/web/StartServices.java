package dk.nextwork.hub.interfaces.start.web;

import dk.nextwork.hub.application.assessment.AssessmentService;
import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.network.NetworkService;
import dk.nextwork.hub.application.onboarding.OnboardingService;
import dk.nextwork.hub.application.period.PeriodService;
import dk.nextwork.hub.application.randomisation.RandomisationService;
import dk.nextwork.hub.application.supervision.SupervisionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The seven services the start page asks, each one reference for the whole application. Injected into the
 * request-scoped page itself, every one was a new reference for every request, made by the container with its own
 * lookups (JFR on a lead's start page: creating the request's beans was 12 % of the page, these references the most of
 * it). A stateless service's reference may be shared by any number of requests at once.
 */
@ApplicationScoped
public class StartServices {

    @Inject
    MunicipalityService municipalities;

    @Inject
    PeriodService periods;

    @Inject
    AssessmentService assessments;

    @Inject
    SupervisionService supervision;

    @Inject
    NetworkService network;

    @Inject
    OnboardingService onboarding;

    @Inject
    RandomisationService randomisation;

    // Through public methods: the page holds this bean's client proxy, which passes on calls, not fields.
    public MunicipalityService municipalities() {
        return municipalities;
    }

    public PeriodService periods() {
        return periods;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    public SupervisionService supervision() {
        return supervision;
    }

    public NetworkService network() {
        return network;
    }

    public OnboardingService onboarding() {
        return onboarding;
    }

    public RandomisationService randomisation() {
        return randomisation;
    }
}
