package dk.nextwork.randomisation;

/**
 * One place in a stratum's list: its position (from 1), the arm it holds, the block it belongs to (from 1) and that
 * block's size.
 */
public record Slot(int sequence, Arm arm, int block, int blockSize) {

    /** The slot as the digest reads it: {@code 17;CONTROL;4;6}. */
    String line() {
        return sequence + ";" + arm.name() + ";" + block + ";" + blockSize;
    }
}
