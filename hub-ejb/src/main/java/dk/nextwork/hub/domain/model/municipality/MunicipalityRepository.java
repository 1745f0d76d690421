package dk.nextwork.hub.domain.model.municipality;

import java.util.List;
import java.util.Optional;

/** Where municipalities are kept. */
public interface MunicipalityRepository {

    List<Municipality> findAll();

    Optional<Municipality> findBySlug(String slug);

    void add(Municipality municipality);
}
