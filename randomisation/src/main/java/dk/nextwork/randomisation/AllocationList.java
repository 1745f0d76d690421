package dk.nextwork.randomisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generating a stratum's list ahead of use, in batches: the first when the stratum gets its first young person, more
 * when researchers extend it (or, so the list never runs out, when its last slot is taken). A batch continues the list
 * where it ended and never changes a slot before it.
 *
 * <p>Each batch is sealed with a digest: SHA-256 over the previous batch's digest, the batch's label (which stratum,
 * which batch: {@code 265;UDDANNELSESPARAT;1}), its own random salt and its slots, one line each. The digest is recorded (and may be shown) when the batch is generated; the salt and the slots
 * stay concealed until the trial is closed. Then anyone can recompute the chain with {@link #digest} and see that no
 * slot was changed, added in the middle or removed. The salt keeps a small batch's digest from being guessed by trying
 * every possible list.
 */
public final class AllocationList {

    /** A generated batch: its slots, the salt and the digest that seals them (hex). */
    public record Batch(List<Slot> slots, String salt, String digest) {

        public Batch {
            slots = List.copyOf(slots);
        }

        public int firstSequence() {
            return slots.get(0).sequence();
        }

        public int lastSequence() {
            return slots.get(slots.size() - 1).sequence();
        }
    }

    /** The chain's start, for the first batch: no previous digest. */
    public static final String GENESIS = "";

    private AllocationList() {}

    /** A batch from the operating system's cryptographically secure generator. */
    public static Batch generate(
            Design design, int minimumSlots, ListState state, String previousDigest, String label) {
        return generate(design, minimumSlots, state, previousDigest, label, new SecureRandom());
    }

    /** A batch's label in the digest: the stratum (kommunekode and category) and the batch's number in it. */
    public static String label(String kommunekode, Category category, int batchNumber) {
        return kommunekode + ";" + category.name() + ";" + batchNumber;
    }

    /**
     * A batch of at least {@code minimumSlots} slots from the design ({@link Design#next}: whole blocks, whole
     * sequences, or exactly the minimum for the designs that may end anywhere), continuing after {@code state} ({@link
     * ListState#EMPTY} or null for the list's first batch), sealed with a fresh salt.
     *
     * @param label the stratum and batch number ({@link #label}), sealed with the slots
     * @param random the trial uses {@link SecureRandom}; tests may pass a seeded generator
     */
    public static Batch generate(
            Design design,
            int minimumSlots,
            ListState state,
            String previousDigest,
            String label,
            RandomGenerator random) {
        if (minimumSlots < 1) {
            throw new IllegalArgumentException("a batch holds at least one slot");
        }
        List<Slot> slots = design.next(state == null ? ListState.EMPTY : state, minimumSlots, random);
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        return new Batch(slots, saltHex, digest(previousDigest, label, saltHex, slots));
    }

    /**
     * The digest that seals a batch: SHA-256 (hex) over the previous digest, the label, the salt and the slots' lines,
     * each followed by a line feed.
     */
    public static String digest(String previousDigest, String label, String salt, List<Slot> slots) {
        StringBuilder text = new StringBuilder(previousDigest)
                .append('\n')
                .append(label)
                .append('\n')
                .append(salt)
                .append('\n');
        for (Slot slot : slots) {
            text.append(slot.line()).append('\n');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
