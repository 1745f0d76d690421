package dk.nextwork.randomisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the caseworker confirms, one by one, before a young person is allocated (the trial's eligibility criteria,
 * version {@value #VERSION}). The confirmations are stored with the allocation; the young person's details are not.
 */
public enum EligibilityCriterion {
    /** 18 to 29 years old on the day. */
    AGE,
    /** Neither in a job nor in an education. */
    OUTSIDE_JOB_AND_EDUCATION,
    /** Receives uddannelseshjælp or kontanthjælp and is in the category chosen. */
    BENEFIT_AND_CATEGORY,
    /** Has been told about the trial and agrees to take part. */
    INFORMED_AND_AGREES,
    /** Not allocated in this trial before, in this or another municipality, as far as the caseworker knows. */
    NOT_ALLOCATED_BEFORE;

    /** The version of the criteria; a change to the list is a new version. */
    public static final String VERSION = "1.0";

    /** The criteria in the form's order. */
    public static Set<EligibilityCriterion> all() {
        return EnumSet.allOf(EligibilityCriterion.class);
    }

    public static Optional<EligibilityCriterion> byName(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
