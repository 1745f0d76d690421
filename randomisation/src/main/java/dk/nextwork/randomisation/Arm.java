package dk.nextwork.randomisation;

/** The trial's two arms: offered NExTWORK, or the control group (another of the municipality's offers). */
public enum Arm {
    NEXTWORK,
    CONTROL
}
