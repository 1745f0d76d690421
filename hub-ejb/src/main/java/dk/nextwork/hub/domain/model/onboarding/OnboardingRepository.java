package dk.nextwork.hub.domain.model.onboarding;

import java.util.List;
import java.util.Optional;

/** Where onboardings are kept. */
public interface OnboardingRepository {

    Optional<Onboarding> find(String municipalitySlug);

    /** The onboardings of the municipalities whose status is onboarding, by name. */
    List<Onboarding> ofOnboardingMunicipalities();

    /** The onboardings whose co-ownership commitment a lead has accepted, by municipality name. */
    List<Onboarding> withAcceptedCommitment();

    void add(Onboarding onboarding);
}
