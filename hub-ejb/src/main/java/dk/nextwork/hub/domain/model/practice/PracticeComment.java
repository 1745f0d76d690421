package dk.nextwork.hub.domain.model.practice;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A comment on a practice, as plain text. */
@Entity
@Table(name = "practice_comment")
public class PracticeComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private Long practiceId;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PracticeComment() {}

    public PracticeComment(long practiceId, Municipality municipality, String author, String text, Instant now) {
        this.practiceId = practiceId;
        this.municipality = municipality;
        this.author = author;
        this.text = text;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long practiceId() {
        return practiceId;
    }

    /** The commenter's municipality, or null for network-wide roles. */
    public Municipality municipality() {
        return municipality;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
