package dk.nextwork.hub.application.randomisation;

import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.Arm;
import dk.nextwork.randomisation.Category;
import dk.nextwork.randomisation.Design;
import dk.nextwork.randomisation.ErrorReason;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the randomisation machine shows: to the caseworker only the one result, to researchers the trial's course. */
public final class RandomisationViews {

    private RandomisationViews() {}

    /**
     * What to send to allocate a young person: the study ID as typed, the category, the criteria confirmed and, when
     * the caller's municipality takes part in more than one open trial, which.
     */
    public record NewAllocation(String studyId, String category, List<String> criteria, Long trial) {

        public NewAllocation {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }

        public NewAllocation(String studyId, String category, List<String> criteria) {
            this(studyId, category, criteria, null);
        }
    }

    /**
     * A trial to set up (researchers), confirmed by a second researcher before it opens.
     *
     * @param design a design's name: {@code BLOCK_URN}, {@code BIG_STICK}, {@code MAXIMAL_PROCEDURE} or {@code
     *     PERMUTED_BLOCKS}
     * @param ratio NExTWORK : control, e.g. {@code 1:1} or {@code 2:1}
     * @param mti the maximum tolerated imbalance of the designs that have one
     * @param blockSizes the block sizes of permuted blocks
     * @param sequenceLength the maximal procedure's sequence length
     * @param municipalities the taking part municipalities' slugs
     * @param categories the categories' codes: the strata are every municipality × category
     */
    public record NewTrial(
            String name,
            @Schema(implementation = Design.Kind.class) String design,
            String ratio,
            Integer mti,
            List<Integer> blockSizes,
            Integer sequenceLength,
            List<String> municipalities,
            List<String> categories,
            Integer target) {

        public NewTrial {
            // As sent, nulls included: the service names an empty entry at its field.
            blockSizes = blockSizes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(blockSizes));
            municipalities =
                    municipalities == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(municipalities));
            categories = categories == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(categories));
        }
    }

    /**
     * A trial as researchers see it. Its design is {@code null} while it runs once a list is generated: nobody sees it
     * until closure.
     *
     * @param status PROPOSED, OPEN, CLOSED or WITHDRAWN
     * @param design the design's name, or null while concealed
     * @param parameters the design's parameters in words ({@code 1:1 MTI 3}), or null while concealed
     * @param mti the maximum tolerated imbalance, or null (none, or concealed)
     * @param blockSizes permuted blocks' sizes, empty otherwise or while concealed
     * @param sequenceLength the maximal procedure's sequence length, or null
     * @param municipalities the taking part municipalities' names; empty for a trial in every municipality
     */
    public record TrialSummary(
            long id,
            String name,

            @Schema(implementation = TrialLedger.Status.class)
            String status,

            long version,
            @Schema(implementation = Design.Kind.class) String design,
            String parameters,
            Integer mti,
            List<Integer> blockSizes,
            Integer sequenceLength,
            int ratioNextwork,
            int ratioControl,
            int target,
            List<Category> categories,
            boolean everyMunicipality,
            List<String> municipalities,
            String proposedBy,
            Instant proposedAt,
            String confirmedBy,
            Instant confirmedAt,
            Instant closedAt,
            boolean started) {}

    /** A municipality a trial may take part in. */
    public record Site(String slug, String name) {}

    /** A trial a caseworker may allocate in, with its categories' codes. */
    public record TrialChoice(long id, String name, List<String> categories) {}

    /**
     * The result for the young person just entered, and nothing else.
     *
     * @param repeated true when the study ID was allocated before: this is that allocation, not a new draw
     */
    public record Result(
            long trial,
            String trialName,
            String studyId,
            Category category,
            Arm arm,
            Instant allocatedAt,
            boolean repeated) {}

    /**
     * What the caseworker's form asks for: the criteria (codes, in order), the categories, the criteria version, and
     * the open trials the caller's municipality takes part in (a choice only when more than one).
     */
    public record Form(
            String criteriaVersion,
            List<String> criteria,
            List<String> categories,
            boolean open,
            List<TrialChoice> trials) {}

    /** A stratum's course: allocations by arm, those marked in error, the difference, and whether its list is low. */
    public record StratumRow(
            String municipality,
            String municipalityName,
            Category category,
            int nextwork,
            int control,
            int inError,
            int difference,
            boolean lowStock,
            int batches) {}

    public record MonthRow(YearMonth month, String municipality, String municipalityName, int nextwork, int control) {}

    /** An allocation made, as the researchers' log and exports show it: no person, only the pseudonymous study ID. */
    public record Entry(
            String studyId,
            String municipality,
            String municipalityName,
            String kommunekode,
            Category category,
            Arm arm,
            Instant allocatedAt,
            String criteriaVersion,
            ErrorReason error,
            Instant markedAt) {}

    /**
     * A batch's seal: the digest recorded when it was generated (its salt and slots, and so its length, only after
     * closure).
     */
    public record Seal(
            String municipality,
            String municipalityName,
            Category category,
            int batchNumber,
            String digest,
            Instant generatedAt,
            String reason) {}

    /**
     * The researchers' view of a trial. The design's block sizes are in it only before its first list and once it is
     * closed.
     *
     * @param version the trial's version, which closing it must name (a closure from a stale page is refused)
     * @param blockSizes empty while the trial runs
     */
    public record Overview(
            TrialSummary trial,
            long version,
            boolean open,
            Instant closedAt,
            int ratioNextwork,
            int ratioControl,
            List<Integer> blockSizes,
            int target,
            int allocated,
            int nextwork,
            int control,
            int inError,
            List<StratumRow> strata,
            List<MonthRow> months,
            List<Seal> seals,
            List<TrialLedger.Event> events) {}

    /** One slot of the full list, after closure, with whom it went to (a study ID) if it was used. */
    public record ListSlot(
            int sequence, Arm arm, int block, int blockSize, String studyId, Arm allocatedArm, ErrorReason error) {}

    /** A batch of the full list with what is needed to recompute its digest. */
    public record ListBatch(
            String municipality,
            String kommunekode,
            Category category,
            int batchNumber,
            String previousDigest,
            String label,
            String salt,
            String digest,
            boolean digestMatches,
            List<ListSlot> slots) {}

    /** The whole generated list, shown only once the trial is closed, with the design it was drawn by. */
    public record FullList(
            long trial,
            @Schema(implementation = Design.Kind.class) String design,
            String parameters,
            List<Integer> blockSizes,
            boolean everyDigestMatches,
            List<ListBatch> batches) {}
}
