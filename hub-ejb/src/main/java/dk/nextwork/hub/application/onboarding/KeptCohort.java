package dk.nextwork.hub.application.onboarding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import dk.nextwork.hub.domain.model.onboarding.OnboardingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The onboarding cohort as its viewers see it (the supervisors' start page and Opstart, the API's list), worked out
 * once and kept under what it depends on: the read model's version, which the database raises on any change of an
 * onboarding, of its activities or of a municipality's status, name or slug; today's date, from which a stage's days
 * and its being overdue are counted; and the viewer's roles and municipality, from which what they may do is worked
 * out. The version is read before the cohort, so a cohort is never kept under a version newer than itself.
 */
@ApplicationScoped
class KeptCohort {

    private record Key(long version, LocalDate today, Set<Role> roles, String municipality) {}

    @Inject
    OnboardingRepository onboardings;

    @Inject
    OnboardingRecords records;

    @Inject
    NetworkScores scores;

    @Inject
    Clock clock;

    private final Cache<Key, List<OnboardingView>> kept = Caffeine.newBuilder()
            .maximumSize(100)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** The cohort as the caller sees it (the caller may see it: the service has asked). */
    List<OnboardingView> as(Caller caller) {
        Key key = new Key(scores.version(), DanishTime.today(clock), caller.roles(), caller.municipality());
        return kept.get(
                key,
                k -> onboardings.ofOnboardingMunicipalities().stream()
                        .map(o -> records.view(o, caller))
                        .toList());
    }
}
