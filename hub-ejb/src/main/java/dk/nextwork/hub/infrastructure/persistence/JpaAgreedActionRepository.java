package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.supervision.ActionStatus;
import dk.nextwork.hub.domain.model.supervision.AgreedAction;
import dk.nextwork.hub.domain.model.supervision.AgreedActionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAgreedActionRepository implements AgreedActionRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<AgreedAction> find(long id) {
        return Optional.ofNullable(em.find(AgreedAction.class, id));
    }

    @Override
    public List<AgreedAction> forMunicipality(String municipalitySlug) {
        return em.createQuery(
                        "SELECT a FROM AgreedAction a WHERE a.municipality.slug = :m ORDER BY a.dueOn, a.id",
                        AgreedAction.class)
                .setParameter("m", municipalitySlug)
                .getResultList();
    }

    @Override
    public List<AgreedAction> outstanding() {
        return em.createQuery(
                        "SELECT a FROM AgreedAction a WHERE a.status IN :outstanding"
                                + " ORDER BY a.dueOn, a.municipality.name, a.id",
                        AgreedAction.class)
                .setParameter("outstanding", List.copyOf(ActionStatus.OUTSTANDING))
                .getResultList();
    }

    @Override
    public void add(AgreedAction action) {
        em.persist(action);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
