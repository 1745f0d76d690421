package dk.nextwork.hub.domain.model.practice;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A practice a municipality shares: what it does and how, tagged by principle and activity. The body is sanitised
 * HTML (nothing executable survives) with a plain-text copy for search; the database keeps the weighted Danish search
 * vector.
 */
@Entity
@Table(name = "practice")
public class Practice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String body;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PracticeStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_principle", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "principle")
    private Set<String> principles = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_activity", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "activity")
    @Enumerated(EnumType.STRING)
    private Set<Activity> activities = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Practice() {}

    public Practice(Municipality municipality, String author, Instant now) {
        this.municipality = Objects.requireNonNull(municipality, "municipality is required");
        this.author = Objects.requireNonNull(author, "author is required");
        this.status = PracticeStatus.DRAFT;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    /** Replaces the content; the body must be sanitised already, with its plain-text copy. */
    public void write(
            String title,
            String summary,
            String sanitisedBody,
            String bodyText,
            Set<String> principles,
            Set<Activity> activities,
            Instant now) {
        this.title = Objects.requireNonNull(title, "title is required");
        this.summary = summary == null ? "" : summary;
        this.body = sanitisedBody == null ? "" : sanitisedBody;
        this.bodyText = bodyText == null ? "" : bodyText;
        this.principles.clear();
        this.principles.addAll(principles);
        this.activities.clear();
        this.activities.addAll(activities);
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void changeStatus(PracticeStatus status, Instant now) {
        this.status = Objects.requireNonNull(status, "status is required");
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public String author() {
        return author;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public String bodyText() {
        return bodyText;
    }

    public PracticeStatus status() {
        return status;
    }

    public Set<String> principles() {
        return Set.copyOf(principles);
    }

    public Set<Activity> activities() {
        return Set.copyOf(activities);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    public long version() {
        return version;
    }
}
