package dk.nextwork.hub.domain.model.onboarding;

import java.util.List;
import java.util.Optional;

/** Where onboardings are kept. */
public interface OnboardingRepository {

    Optional<Onboarding> find(String municipalitySlug);

    /** The onboardings of the municipalities whose status is onboarding, by name. */
    List<Onboarding> ofOnboardingMunicipalities();

    void add(Onboarding onboarding);
}
