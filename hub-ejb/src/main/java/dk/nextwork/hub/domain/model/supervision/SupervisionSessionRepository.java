package dk.nextwork.hub.domain.model.supervision;

import java.util.List;
import java.util.Optional;

/** Where supervision sessions are kept. */
public interface SupervisionSessionRepository {

    Optional<SupervisionSession> find(long id);

    /** A municipality's sessions, the newest first. */
    List<SupervisionSession> forMunicipality(String municipalitySlug);

    void add(SupervisionSession session);
}
