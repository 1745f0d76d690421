package dk.nextwork.hub.domain.model.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The instrument version new self-assessments are filed under, as the network admin chose it. There is one; a report
 * keeps the version it was filed under whatever is chosen later.
 */
@Entity
@Table(name = "instrument_choice")
public class InstrumentChoice {

    @Id
    private Short id;

    @Column(name = "instrument_id", nullable = false)
    private String instrumentId;

    @Column(name = "instrument_version", nullable = false)
    private String instrumentVersion;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Version
    private long version;

    protected InstrumentChoice() {}

    public String instrumentId() {
        return instrumentId;
    }

    public String instrumentVersion() {
        return instrumentVersion;
    }

    /** {@code id@version}, as fidelity-rules names an instrument. */
    public String key() {
        return instrumentId + "@" + instrumentVersion;
    }

    public Instant changedAt() {
        return changedAt.toInstant();
    }

    public String changedBy() {
        return changedBy;
    }

    public long version() {
        return version;
    }

    /** Files new reports under another version from now on. */
    public void choose(String instrumentId, String instrumentVersion, String actor, Instant now) {
        this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId is required");
        this.instrumentVersion = Objects.requireNonNull(instrumentVersion, "instrumentVersion is required");
        this.changedBy = Objects.requireNonNull(actor, "actor is required");
        this.changedAt = Objects.requireNonNull(now, "now is required").atOffset(ZoneOffset.UTC);
    }
}
