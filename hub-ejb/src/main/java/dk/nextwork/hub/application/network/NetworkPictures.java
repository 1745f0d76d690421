package dk.nextwork.hub.application.network;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Network pictures already worked out, kept under what they depend on: whose view it is (the whole network, a
 * researcher's, one municipality's), the question asked, the active instrument and the read model's version. A
 * picture is worked out once per version, however many users ask; an approval raises the version in the database,
 * so the next question is answered from the new data and the old pictures simply age out of the bounded cache.
 */
@ApplicationScoped
public class NetworkPictures {

    /**
     * What a picture depends on.
     *
     * @param scope "network" (supervisors, admin), "researcher", or "municipality:" and the slug
     */
    record Key(
            String scope,
            Set<MunicipalityStatus> statuses,
            String from,
            String to,
            String municipality,
            String principle,
            String instrument,
            long version) {

        /** The same question for another audience. */
        Key forScope(String other) {
            return new Key(other, statuses, from, to, municipality, principle, instrument, version);
        }
    }

    private final Cache<Key, NetworkView> pictures = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** What an analysis of fidelity against outcomes depends on, besides the picture's parts. */
    record AnalysisKey(Key picture, String outcome) {}

    private final Cache<AnalysisKey, FidelityOutcomesView> analyses = Caffeine.newBuilder()
            .maximumSize(200)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /**
     * The analyses as one audience is shown them (a researcher's without the withheld points, a municipality's staff's
     * with their own point only), apart from the analyses themselves, so many municipalities' staff never push the
     * network's analyses out.
     */
    private final Cache<AnalysisKey, FidelityOutcomesView> shown = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** The analysis as the key's audience is shown it, worked out by {@code compute} if it is not kept yet. */
    FidelityOutcomesView shown(AnalysisKey key, Supplier<FidelityOutcomesView> compute) {
        return shown.get(key, k -> compute.get());
    }

    /** The analysis under the key, worked out by {@code compute} if it is not kept yet. */
    FidelityOutcomesView analysis(AnalysisKey key, Supplier<FidelityOutcomesView> compute) {
        return analyses.get(key, k -> compute.get());
    }

    /** The picture under the key, worked out by {@code compute} if it is not kept yet. */
    NetworkView get(Key key, Supplier<NetworkView> compute) {
        return pictures.get(key, k -> compute.get());
    }
}
