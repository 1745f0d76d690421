package dk.nextwork.hub.domain.model.supervision;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
 * A supervision session a supervisor held with a municipality's team: when, how, who took part (counted by role),
 * the principles and items discussed, notes and agreements. It is logged once; agreements become actions.
 */
@Entity
@Table(name = "supervision_session")
public class SupervisionSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String supervisor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionFormat format;

    @Embedded
    private Participants participants;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supervision_session_principle", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "principle")
    private Set<String> principles = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supervision_session_item", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "item_code")
    private Set<String> items = new TreeSet<>();

    @Column
    private String notes;

    @Column
    private String agreements;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected SupervisionSession() {}

    public SupervisionSession(
            Municipality municipality,
            LocalDate heldOn,
            String supervisor,
            SessionFormat format,
            Participants participants,
            Set<String> principles,
            Set<String> items,
            String notes,
            String agreements,
            Instant now) {
        this.municipality = Objects.requireNonNull(municipality, "municipality is required");
        this.heldOn = Objects.requireNonNull(heldOn, "heldOn is required");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor is required");
        this.format = Objects.requireNonNull(format, "format is required");
        this.participants = Objects.requireNonNull(participants, "participants are required");
        this.principles.addAll(principles);
        this.items.addAll(items);
        this.notes = notes;
        this.agreements = agreements;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String supervisor() {
        return supervisor;
    }

    public SessionFormat format() {
        return format;
    }

    public Participants participants() {
        return participants;
    }

    public Set<String> principles() {
        return Set.copyOf(principles);
    }

    public Set<String> items() {
        return Set.copyOf(items);
    }

    public String notes() {
        return notes;
    }

    public String agreements() {
        return agreements;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public long version() {
        return version;
    }
}
