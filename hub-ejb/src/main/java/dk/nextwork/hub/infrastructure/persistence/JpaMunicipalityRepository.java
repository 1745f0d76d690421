package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public List<Municipality> findAll() {
        return em.createQuery("SELECT m FROM Municipality m", Municipality.class)
                .getResultList();
    }

    @Override
    public Optional<Municipality> findBySlug(String slug) {
        return em.createQuery("SELECT m FROM Municipality m WHERE m.slug = :slug", Municipality.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Municipality municipality) {
        em.persist(municipality);
        // Now, so a clash with the database's unique keys is known before anything is created elsewhere.
        em.flush();
    }
}
