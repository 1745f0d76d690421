package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.audit.AuditEvent;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> latest(int limit, String hiddenType, List<String> hiddenIds) {
        return em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE NOT (e.subjectType = :type AND e.subjectId IN :hidden)"
                                + " ORDER BY e.occurredAt DESC, e.id DESC",
                        AuditEvent.class)
                .setParameter("type", hiddenType)
                // IN () is not SQL: an id no subject has stands in for "none hidden".
                .setParameter("hidden", hiddenIds.isEmpty() ? List.of("-") : hiddenIds)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEvent> forSubject(String subjectType, String subjectId) {
        return em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId = :id"
                                + " ORDER BY e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }

    @Override
    public long newestId() {
        Long newest =
                em.createQuery("SELECT max(e.id) FROM AuditEvent e", Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    @Override
    public Tail tail(long after) {
        Object[] row = em.createQuery(
                        "SELECT max(e.id), count(e) FROM AuditEvent e WHERE e.id > :after", Object[].class)
                .setParameter("after", after)
                .getSingleResult();
        return new Tail(row[0] == null ? after : ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
