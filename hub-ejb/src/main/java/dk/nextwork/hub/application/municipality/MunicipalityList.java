package dk.nextwork.hub.application.municipality;

import dk.nextwork.hub.application.common.KeptUnderVersion;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The network's municipalities, active first and then by name, as every list filter and the API's list show them:
 * read once per version of the read model, which the database raises on a new or removed municipality and on any change
 * of its status, name or slug (the only columns that change, each change raising its {@code @Version} too). The version
 * is read before the list, so a list is never kept under a version newer than itself.
 *
 * <p>The services that only read a municipality's kept values (its action plan, its practice suggestions) find its id
 * here by slug rather than reading the municipality again on every page.
 */
@ApplicationScoped
public class MunicipalityList {

    /** The list as shown, and each municipality's id by its slug. */
    private record Listed(List<MunicipalityView> views, Map<String, Long> ids) {}

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    NetworkScores scores;

    private final KeptUnderVersion<Listed> kept = new KeptUnderVersion<>();

    List<MunicipalityView> activeFirst() {
        return listed().views();
    }

    /** The id of the municipality with this slug (as the database spells it), if there is one. */
    public Optional<Long> idOf(String slug) {
        return Optional.ofNullable(slug == null ? null : listed().ids().get(slug));
    }

    private Listed listed() {
        return kept.get(scores.version(), () -> {
            List<Municipality> all = municipalities.activeFirst();
            return new Listed(
                    all.stream().map(MunicipalityView::of).toList(),
                    all.stream().collect(Collectors.toUnmodifiableMap(Municipality::slug, Municipality::id)));
        });
    }
}
