package dk.nextwork.hub.domain.model.assessment;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A municipality's fidelity self-assessment for one reporting period, under one instrument version. The lead edits it
 * while it is a draft or returned; the supervisor returns it with a reason or approves it; approval locks it. Every
 * change bumps the version, so a save from a stale copy is detected.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    /** Weeks from approval to the action plan's due date (fidelity-instrument-v1.md). */
    static final int ACTION_PLAN_WEEKS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** A report is its municipality's for good (the lists' kept counts rely on it: V25). */
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id", updatable = false)
    private Municipality municipality;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Column(name = "instrument_id", nullable = false)
    private String instrumentId;

    @Column(name = "instrument_version", nullable = false)
    private String instrumentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentState state;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "scores")
    private String scores;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_item", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<ItemEntry> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_key_figure", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "figure")
    @Column(name = "value")
    private Map<String, BigDecimal> keyFigures = new TreeMap<>();

    @Version
    private long version;

    protected Assessment() {}

    public Assessment(
            Municipality municipality,
            ReportingPeriod period,
            String instrumentId,
            String instrumentVersion,
            String actor,
            Instant now) {
        this.municipality = Objects.requireNonNull(municipality, "municipality is required");
        this.period = Objects.requireNonNull(period, "period is required");
        this.instrumentId = Objects.requireNonNull(instrumentId, "instrumentId is required");
        this.instrumentVersion = Objects.requireNonNull(instrumentVersion, "instrumentVersion is required");
        this.state = AssessmentState.DRAFT;
        touch(actor, now);
    }

    public Long id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public ReportingPeriod period() {
        return period;
    }

    public String instrumentId() {
        return instrumentId;
    }

    public String instrumentVersion() {
        return instrumentVersion;
    }

    public AssessmentState state() {
        return state;
    }

    public String returnReason() {
        return returnReason;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt).map(OffsetDateTime::toInstant);
    }

    /**
     * When an approved report's action plan is due: six weeks after the day it was approved, that day as the zone's
     * calendar has it (fidelity-instrument-v1.md: "action plan within 6 weeks of approval"). Empty until approved.
     */
    public Optional<LocalDate> actionPlanDue(ZoneId zone) {
        return approvedAt().map(at -> LocalDate.ofInstant(at, zone).plusWeeks(ACTION_PLAN_WEEKS));
    }

    /** The result frozen when it was last submitted, as JSON; null for a draft never submitted. */
    public String scores() {
        return scores;
    }

    public List<ItemEntry> items() {
        return Collections.unmodifiableList(items);
    }

    public Optional<ItemEntry> item(String code) {
        return items.stream().filter(i -> i.itemCode().equals(code)).findFirst();
    }

    public Map<String, BigDecimal> keyFigures() {
        return Collections.unmodifiableMap(keyFigures);
    }

    public long version() {
        return version;
    }

    private ItemEntry entry(String code) {
        return item(code).orElseGet(() -> {
            ItemEntry entry = new ItemEntry(code);
            items.add(entry);
            return entry;
        });
    }

    /** The lead's changes to one item; null leaves a field as it is, an empty text clears it. */
    public void recordItem(
            String code, Integer selfRating, boolean clearRating, String evidence, String justification) {
        requireEditable();
        ItemEntry entry = entry(code);
        if (clearRating) {
            entry.setSelfRating(null);
        } else if (selfRating != null) {
            entry.setSelfRating(selfRating);
        }
        if (evidence != null) {
            entry.setEvidence(evidence.isEmpty() ? null : evidence);
        }
        if (justification != null) {
            entry.setJustification(justification.isEmpty() ? null : justification);
        }
    }

    /** Sets a key figure; null removes it. */
    public void recordKeyFigure(String figure, BigDecimal value) {
        requireEditable();
        if (value == null) {
            keyFigures.remove(figure);
        } else {
            keyFigures.put(figure, value);
        }
    }

    public void touch(String actor, Instant now) {
        this.updatedBy = Objects.requireNonNull(actor, "actor is required");
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Submits the report for review with its result, frozen from now on. */
    public void submit(String actor, Instant now, String scoresJson) {
        requireEditable();
        state = AssessmentState.SUBMITTED;
        submittedAt = now.atOffset(ZoneOffset.UTC);
        scores = scoresJson;
        touch(actor, now);
    }

    /**
     * Stores the whole result of a report submitted before results were frozen whole, once: its ratings and key
     * figures can no longer change, so the result is the one it was submitted with.
     */
    public void completeFrozenResult(String scoresJson) {
        if (state.isEditableByLead()) {
            throw new IllegalStateException("a " + state.name().toLowerCase() + " report is scored live");
        }
        scores = Objects.requireNonNull(scoresJson, "scoresJson is required");
    }

    /**
     * The supervisor's rating and comment on one item of a submitted report; null leaves a field as it is, an empty
     * comment clears it.
     */
    public void review(String code, Integer supervisorRating, boolean clearRating, String comment) {
        if (state != AssessmentState.SUBMITTED) {
            throw new IllegalStateException("only a submitted report can be reviewed; this one is "
                    + state.name().toLowerCase());
        }
        ItemEntry entry = entry(code);
        if (clearRating) {
            entry.setSupervisorRating(null);
        } else if (supervisorRating != null) {
            entry.setSupervisorRating(supervisorRating);
        }
        if (comment != null) {
            entry.setSupervisorComment(comment.isEmpty() ? null : comment);
        }
    }

    public void returnToLead(String reason, String actor, Instant now) {
        if (state != AssessmentState.SUBMITTED) {
            throw new IllegalStateException("only a submitted report can be returned; this one is " + state);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required to return a report");
        }
        state = AssessmentState.RETURNED;
        returnReason = reason;
        touch(actor, now);
    }

    /** Approves the report as it was submitted: the result frozen at submission is the one approved. */
    public void approve(String actor, Instant now) {
        if (state != AssessmentState.SUBMITTED) {
            throw new IllegalStateException("only a submitted report can be approved; this one is " + state);
        }
        state = AssessmentState.APPROVED;
        approvedAt = now.atOffset(ZoneOffset.UTC);
        touch(actor, now);
    }

    private void requireEditable() {
        if (!state.isEditableByLead()) {
            throw new IllegalStateException(
                    state == AssessmentState.APPROVED
                            ? "the report is approved and locked"
                            : "the report is " + state.name().toLowerCase() + " and cannot be edited now");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment other && municipality.equals(other.municipality) && period.equals(other.period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(municipality, period);
    }
}
