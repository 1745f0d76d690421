package dk.nextwork.fidelity.instrument;

/**
 * Principle sections make up the fidelity score; structure and quality sections are shown beside it. A quality section
 * (version 2.0's Praktikkvalitet) is followed for drift like a principle; the action-plan rule stays with the
 * principles.
 */
public enum SectionKind {
    PRINCIPLE,
    STRUCTURE,
    QUALITY
}
