package dk.nextwork.hub.domain.model.municipality;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where municipalities are kept. */
public interface MunicipalityRepository {

    /** Every municipality of the network, the active ones first, then by name. */
    List<Municipality> activeFirst();

    /** The municipalities whose status is the given one, by name. */
    List<Municipality> withStatus(MunicipalityStatus status);

    /** The kommunekoder of every municipality the network knows, whatever its status. */
    Set<String> kommunekoder();

    Optional<Municipality> findByKommunekode(String kommunekode);

    Optional<Municipality> findBySlug(String slug);

    void add(Municipality municipality);
}
