package dk.nextwork.hub.domain.model.onboarding;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A municipality's onboarding: the plan version it follows, when it began, and the activities done and when. */
@Entity
@Table(name = "onboarding")
public class Onboarding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "municipality_id", nullable = false, unique = true)
    private Municipality municipality;

    @Column(name = "plan_version", nullable = false)
    private String planVersion;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "onboarding_activity", joinColumns = @JoinColumn(name = "onboarding_id"))
    @MapKeyColumn(name = "activity_code")
    @Column(name = "done_on")
    private Map<String, LocalDate> activities = new TreeMap<>();

    @Column(name = "commitment_version")
    private String commitmentVersion;

    @Column(name = "commitment_accepted_by")
    private String commitmentAcceptedBy;

    @Column(name = "commitment_accepted_at")
    private OffsetDateTime commitmentAcceptedAt;

    @Version
    private long version;

    protected Onboarding() {}

    public Onboarding(Municipality municipality, String planVersion, LocalDate startedOn) {
        this.municipality = Objects.requireNonNull(municipality);
        this.planVersion = Objects.requireNonNull(planVersion);
        this.startedOn = Objects.requireNonNull(startedOn);
    }

    public Municipality municipality() {
        return municipality;
    }

    public String planVersion() {
        return planVersion;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    /** The activities done, by code, with the date each happened. */
    public Map<String, LocalDate> activities() {
        return Map.copyOf(activities);
    }

    public long version() {
        return version;
    }

    /** The version of the co-ownership commitment the lead accepted, or null. */
    public String commitmentVersion() {
        return commitmentVersion;
    }

    public String commitmentAcceptedBy() {
        return commitmentAcceptedBy;
    }

    public Instant commitmentAcceptedAt() {
        return commitmentAcceptedAt == null ? null : commitmentAcceptedAt.toInstant();
    }

    /** The lead accepts a version of the co-ownership commitment. */
    public void acceptCommitment(String documentVersion, String by, Instant at) {
        this.commitmentVersion = Objects.requireNonNull(documentVersion);
        this.commitmentAcceptedBy = Objects.requireNonNull(by);
        this.commitmentAcceptedAt = at.atOffset(ZoneOffset.UTC);
    }

    /** Records the date an activity happened (checked by the onboarding plan's rules before). */
    public void done(String activity, LocalDate on) {
        activities.put(Objects.requireNonNull(activity), Objects.requireNonNull(on));
    }
}
