package dk.nextwork.hub.domain.model.practice;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** "Afprøvet i": a municipality tried a practice, when, and how it went. */
@Entity
@Table(name = "practice_trial")
public class PracticeTrial {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private Long practiceId;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(name = "tried_on", nullable = false)
    private LocalDate triedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrialOutcome outcome;

    @Column
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PracticeTrial() {}

    public PracticeTrial(
            long practiceId,
            Municipality municipality,
            LocalDate triedOn,
            TrialOutcome outcome,
            String note,
            String recordedBy,
            Instant now) {
        this.practiceId = practiceId;
        this.municipality = municipality;
        this.triedOn = triedOn;
        this.outcome = outcome;
        this.note = note;
        this.recordedBy = recordedBy;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long practiceId() {
        return practiceId;
    }

    public Municipality municipality() {
        return municipality;
    }

    public LocalDate triedOn() {
        return triedOn;
    }

    public TrialOutcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
