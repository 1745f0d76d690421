package dk.nextwork.hub.domain.model.supervision;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An action a municipality's team agreed to: title, owner (a role or a staff member), due date, status, the
 * fidelity items it addresses, and the supervision session or approved report that gave rise to it.
 */
@Entity
@Table(name = "agreed_action")
public class AgreedAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    @Column(name = "dropped_reason")
    private String droppedReason;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreed_action_item", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "item_code")
    private Set<String> items = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected AgreedAction() {}

    public AgreedAction(
            Municipality municipality,
            String title,
            String owner,
            LocalDate dueOn,
            Set<String> items,
            Long sessionId,
            Long assessmentId,
            String actor,
            Instant now) {
        this.municipality = Objects.requireNonNull(municipality, "municipality is required");
        this.title = Objects.requireNonNull(title, "title is required");
        this.owner = Objects.requireNonNull(owner, "owner is required");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn is required");
        this.items.addAll(items);
        this.sessionId = sessionId;
        this.assessmentId = assessmentId;
        this.status = ActionStatus.OPEN;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.createdBy = Objects.requireNonNull(actor, "actor is required");
        touch(actor, now);
    }

    /** Moves the action on; dropping it needs a reason. */
    public void changeStatus(ActionStatus newStatus, String reason, String actor, Instant now) {
        Objects.requireNonNull(newStatus, "status is required");
        if (newStatus == ActionStatus.DROPPED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a reason is required to drop an action");
        }
        this.status = newStatus;
        this.droppedReason = newStatus == ActionStatus.DROPPED ? reason : null;
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Open or in progress, and its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status.isOutstanding() && dueOn.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public String title() {
        return title;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return status;
    }

    public String droppedReason() {
        return droppedReason;
    }

    public Long sessionId() {
        return sessionId;
    }

    public Long assessmentId() {
        return assessmentId;
    }

    public Set<String> items() {
        return Set.copyOf(items);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
