package dk.nextwork.hub.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One change in the Hub: who (a staff member's username), when, what was done to which subject, and the subject's
 * state before and after as JSON. Audit events are never changed or deleted.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // OffsetDateTime in UTC: JPA 3.1 maps it to timestamptz; Instant only arrives with JPA 3.2.
    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private String subjectId;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String before,
            String after) {
        this.occurredAt =
                Objects.requireNonNull(occurredAt, "occurredAt is required").atOffset(ZoneOffset.UTC);
        this.actor = Objects.requireNonNull(actor, "actor is required");
        this.action = Objects.requireNonNull(action, "action is required");
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType is required");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId is required");
        this.before = before;
        this.after = after;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
