package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReportingPeriodRepository implements ReportingPeriodRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public List<ReportingPeriod> newestFirst() {
        return em.createQuery("SELECT p FROM ReportingPeriod p ORDER BY p.firstDay DESC", ReportingPeriod.class)
                .getResultList();
    }

    @Override
    public Optional<ReportingPeriod> findByCode(String code) {
        return em.createQuery("SELECT p FROM ReportingPeriod p WHERE p.code = :code", ReportingPeriod.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ReportingPeriod period) {
        em.persist(period);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
