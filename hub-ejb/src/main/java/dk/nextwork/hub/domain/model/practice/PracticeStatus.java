package dk.nextwork.hub.domain.model.practice;

/** A draft is seen by its own municipality only; published practice by everyone; archived practice is kept. */
public enum PracticeStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
