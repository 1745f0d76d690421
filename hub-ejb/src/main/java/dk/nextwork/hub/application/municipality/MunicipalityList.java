package dk.nextwork.hub.application.municipality;

import dk.nextwork.hub.application.common.KeptUnderVersion;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The network's municipalities, active first and then by name, as every list filter and the API's list show them:
 * read once per version of the read model, which the database raises on a new or removed municipality and on any change
 * of its status, name or slug (the only columns that change, each change raising its {@code @Version} too). The version
 * is read before the list, so a list is never kept under a version newer than itself.
 */
@ApplicationScoped
class MunicipalityList {

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    NetworkScores scores;

    private final KeptUnderVersion<List<MunicipalityView>> kept = new KeptUnderVersion<>();

    List<MunicipalityView> activeFirst() {
        return kept.get(
                scores.version(),
                () -> municipalities.activeFirst().stream()
                        .map(MunicipalityView::of)
                        .toList());
    }
}
