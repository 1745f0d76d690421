package dk.nextwork.randomisation;

/**
 * Why a researcher marks an allocation "randomised in error": a fixed list, never free text, so nothing about the
 * young person can be written down. The allocation stays, and so does its slot; the mark is the only correction.
 */
public enum ErrorReason {
    /** Did not meet the eligibility criteria after all. */
    INELIGIBLE,
    /** The same young person was entered again under another study ID. */
    SAME_PERSON_TWICE,
    /** Entered in the wrong category (stratum). */
    WRONG_CATEGORY,
    /** Entered by the wrong municipality. */
    WRONG_MUNICIPALITY,
    /** A test or training entry, not a young person. */
    TEST_ENTRY
}
