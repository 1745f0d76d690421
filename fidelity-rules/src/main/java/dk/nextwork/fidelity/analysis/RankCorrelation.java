package dk.nextwork.fidelity.analysis;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Spearman's rank correlation between two measures over municipalities (fidelity against the share of exits into job
 * or education), with a 95 % confidence interval: Apache Commons Math ranks each measure (ties share their average
 * rank) and correlates the ranks; the interval is Fisher's z with Bonett and Wright's standard error for Spearman's
 * ρ, √((1 + ρ²/2) / (n − 3)) (Psychometrika 65, 2000). An association between municipalities, not an effect.
 *
 * @param n the municipalities (pairs) it is worked out over
 * @param rho Spearman's ρ, or null under 3 pairs or where a measure does not vary
 * @param lower the interval's lower end, or null under 4 pairs or where ρ is ±1
 * @param upper the interval's upper end, or null likewise
 */
public record RankCorrelation(int n, Double rho, Double lower, Double upper) {

    /** How the interval is worked out, for the page and the codebook. */
    public static final String INTERVAL_METHOD = "Fisher's z, Bonett-Wright standard error, 95 %";

    private static final double Z_975 = new NormalDistribution().inverseCumulativeProbability(0.975);

    /** One municipality's two measures. */
    public record Pair(double x, double y) {}

    /** The correlation over the pairs given (each municipality once). */
    public static RankCorrelation of(List<Pair> pairs) {
        int n = pairs.size();
        if (n < 3) {
            return new RankCorrelation(n, null, null, null);
        }
        double[] x = pairs.stream().mapToDouble(Pair::x).toArray();
        double[] y = pairs.stream().mapToDouble(Pair::y).toArray();
        double rho = new SpearmansCorrelation().correlation(x, y);
        if (Double.isNaN(rho)) {
            return new RankCorrelation(n, null, null, null);
        }
        if (n < 4 || Math.abs(rho) >= 1.0) {
            return new RankCorrelation(n, rho, null, null);
        }
        double z = atanh(rho);
        double se = Math.sqrt((1 + rho * rho / 2) / (n - 3));
        return new RankCorrelation(n, rho, Math.tanh(z - Z_975 * se), Math.tanh(z + Z_975 * se));
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }
}
