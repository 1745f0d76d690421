package dk.nextwork.fidelity.instrument;

/** Principle sections make up the fidelity score; structure sections are shown beside it. */
public enum SectionKind {
    PRINCIPLE,
    STRUCTURE
}
