package dk.nextwork.fidelity.scoring;

/**
 * An item whose self-rating lies so far from the rating its data rule implies that the lead must justify it before
 * submitting.
 */
public record EvidenceFinding(String itemCode, int selfRating, int impliedRating) {

    public int gap() {
        return Math.abs(selfRating - impliedRating);
    }
}
