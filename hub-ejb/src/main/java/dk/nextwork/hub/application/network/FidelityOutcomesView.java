package dk.nextwork.hub.application.network;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Fidelity against outcomes across the network: one point per municipality, the rank correlation over the points and
 * the same with fidelity one period before. An association between municipalities, not an effect of fidelity.
 * Supervisors, the network admin and researchers see every point by name; a municipality's own staff see only their
 * own point, beside the network's correlation.
 *
 * @param fidelity "total" (the fidelity score, the principles' mean) or the principle's code
 * @param outcome "exits" (exits into job or education, of all exits) or "returners" (returners per enrolled)
 * @param from the first period pooled
 * @param to the last period pooled (the same as {@code from} for one period)
 * @param points one per municipality with fidelity and an outcome denominator of at least 5 in the periods (only the
 *     own for municipal staff)
 * @param withFidelity municipalities with fidelity in the periods: points and those left out
 * @param withheld points in the correlation not shown to the caller: a researcher does not see a dot whose share is
 *     made of a count of young people under 5, as the network's tables hide that share
 * @param leftOutSmall municipalities left out because their outcome's denominator is under 5
 * @param leftOutNoOutcome municipalities left out because they reported no outcome
 * @param correlation Spearman's ρ over the points, with its 95 % interval
 * @param lagged ρ over the points whose municipality has fidelity in the periods each one before
 * @param intervalMethod how the interval is worked out
 * @param references the outcome's reference lines (the network's 75 % target and the usual 30 % for exits)
 * @param periods ρ per single period, oldest first, for choosing one
 * @param synthetic whether the Hub runs on demo data, whose figures are made up
 */
public record FidelityOutcomesView(
        String fidelity,
        String outcome,
        String from,
        String to,
        List<Point> points,
        int withFidelity,
        int withheld,
        int leftOutSmall,
        int leftOutNoOutcome,
        Correlation correlation,
        Correlation lagged,
        String intervalMethod,
        List<Reference> references,
        List<PeriodCorrelation> periods,
        boolean synthetic) {

    /** The same analysis with only the points the caller sees, and how many of the others are withheld. */
    FidelityOutcomesView showing(List<Point> shown, int withheld) {
        return new FidelityOutcomesView(
                fidelity,
                outcome,
                from,
                to,
                shown,
                withFidelity,
                withheld,
                leftOutSmall,
                leftOutNoOutcome,
                correlation,
                lagged,
                intervalMethod,
                references,
                periods,
                synthetic);
    }

    /**
     * A municipality's point.
     *
     * @param fidelity its fidelity score (1–5), the mean over the periods pooled
     * @param share its outcome as a share (six decimals)
     * @param smallCount whether a count of young people the share is made of is under 5 (shown only to those who read
     *     every report exactly, and to the municipality's own staff)
     */
    public record Point(String municipality, String name, BigDecimal fidelity, BigDecimal share, boolean smallCount) {}

    /**
     * Spearman's ρ.
     *
     * @param n the municipalities it is worked out over
     * @param rho null under 3 municipalities or where a measure does not vary
     * @param lower the 95 % interval's lower end, null under 4 municipalities or where ρ is ±1
     */
    public record Correlation(
            int n,
            @Schema(nullable = true) Double rho,
            @Schema(nullable = true) Double lower,
            @Schema(nullable = true) Double upper) {}

    /** A reference line on the outcome's axis: the network's target ("target") or the usual level ("usual"). */
    public record Reference(String code, BigDecimal share) {}

    /** ρ in one period, now and lagged, and the municipalities left out. */
    public record PeriodCorrelation(String period, Correlation correlation, Correlation lagged, int leftOut) {}
}
