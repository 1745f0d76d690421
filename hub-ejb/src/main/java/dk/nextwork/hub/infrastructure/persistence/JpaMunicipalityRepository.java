package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public List<Municipality> activeFirst() {
        return em.createQuery(
                        "SELECT m FROM Municipality m ORDER BY CASE WHEN m.status = :active THEN 0 ELSE 1 END, m.name",
                        Municipality.class)
                .setParameter("active", MunicipalityStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public List<Municipality> withStatus(MunicipalityStatus status) {
        return em.createQuery(
                        "SELECT m FROM Municipality m WHERE m.status = :status ORDER BY m.name", Municipality.class)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public Set<String> kommunekoder() {
        return Set.copyOf(em.createQuery("SELECT m.kommunekode FROM Municipality m", String.class)
                .getResultList());
    }

    @Override
    public Optional<Municipality> findByKommunekode(String kommunekode) {
        return em.createQuery("SELECT m FROM Municipality m WHERE m.kommunekode = :k", Municipality.class)
                .setParameter("k", kommunekode)
                .getResultStream()
                .findFirst();
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
