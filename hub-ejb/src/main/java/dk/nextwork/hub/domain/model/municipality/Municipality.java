package dk.nextwork.hub.domain.model.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A municipality in the NExTWORK network. Its {@code slug} is the value of the {@code municipality} claim in a user's
 * token, which is how the Hub knows whose data a user may see; the kommunekode is its business identity.
 *
 * <p>Its status moves freely between active, paused and former, and back to onboarding, but an onboarding ends in one
 * way only: {@link #activate()}, once its plan is complete and a self-assessment approved.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true, length = 3)
    private String kommunekode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MunicipalityStatus status;

    @Version
    private long version;

    protected Municipality() {}

    public Municipality(String slug, String name, String kommunekode, MunicipalityStatus status) {
        this.slug = require(slug, "slug");
        this.name = require(name, "name");
        this.kommunekode = require(kommunekode, "kommunekode");
        if (!kommunekode.matches("\\d{3}")) {
            throw new IllegalArgumentException("kommunekode must be three digits, was " + kommunekode);
        }
        this.status = Objects.requireNonNull(status, "status is required");
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String kommunekode() {
        return kommunekode;
    }

    public MunicipalityStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    /** Whether it is joining the network: its onboarding is under way. */
    public boolean isOnboarding() {
        return status == MunicipalityStatus.ONBOARDING;
    }

    /**
     * Whether its status may be changed to this one by hand (the network admin): to any status, except that an
     * onboarding municipality becomes active only through {@link #activate()}.
     */
    public boolean mayChangeStatusTo(MunicipalityStatus newStatus) {
        return !(isOnboarding() && newStatus == MunicipalityStatus.ACTIVE);
    }

    /**
     * Changes its status by hand.
     *
     * @throws IllegalStateException for a change it may not make ({@link #mayChangeStatusTo})
     */
    public void changeStatus(MunicipalityStatus newStatus) {
        Objects.requireNonNull(newStatus, "status is required");
        if (!mayChangeStatusTo(newStatus)) {
            throw new IllegalStateException("an onboarding municipality becomes active only when its onboarding ends");
        }
        this.status = newStatus;
    }

    /**
     * Its onboarding is over: it becomes an active member of the network. The one way from onboarding to active; the
     * onboarding service calls it once the plan is complete and a self-assessment approved.
     *
     * @throws IllegalStateException if it is not onboarding
     */
    public void activate() {
        if (!isOnboarding()) {
            throw new IllegalStateException("only an onboarding municipality is activated; this one is " + status);
        }
        this.status = MunicipalityStatus.ACTIVE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Municipality other && kommunekode.equals(other.kommunekode);
    }

    @Override
    public int hashCode() {
        return kommunekode.hashCode();
    }
}
