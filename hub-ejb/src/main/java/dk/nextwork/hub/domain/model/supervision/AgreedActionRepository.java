package dk.nextwork.hub.domain.model.supervision;

import java.util.List;
import java.util.Optional;

/** Where agreed actions are kept. */
public interface AgreedActionRepository {

    Optional<AgreedAction> find(long id);

    /** A municipality's actions, by due date. */
    List<AgreedAction> forMunicipality(String municipalitySlug);

    /** Every municipality's open and in-progress actions, by due date (so the overdue ones come first). */
    List<AgreedAction> outstanding();

    void add(AgreedAction action);

    void flush();
}
