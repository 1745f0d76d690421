package dk.nextwork.fidelity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An exact rational number. Scores, ratios and thresholds are compared as ratios, so a ratio of exactly 0.90 or a drop
 * of exactly 0.5 always lands on the side the instrument's rule says; nothing is rounded until it is displayed. A ratio
 * keeps the terms it was built from (reducing costs time when millions of scores are computed a second); equality,
 * ordering and the hash are by value, and {@link #toString()} shows lowest terms.
 */
public final class Ratio implements Comparable<Ratio> {

    public static final Ratio ZERO = new Ratio(0, 1);
    public static final Ratio ONE = new Ratio(1, 1);

    private final long numerator;
    private final long denominator;

    private Ratio(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The ratio {@code numerator / denominator}; the denominator must not be zero. */
    public static Ratio of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator < 0) {
            return new Ratio(Math.negateExact(numerator), Math.negateExact(denominator));
        }
        return new Ratio(numerator, denominator);
    }

    /** The same value in lowest terms. */
    public Ratio reduced() {
        long gcd = gcd(Math.abs(numerator), denominator);
        return gcd == 1 ? this : new Ratio(numerator / gcd, denominator / gcd);
    }

    public static Ratio of(long whole) {
        return new Ratio(whole, 1);
    }

    /** The exact value of a decimal, such as an FTE of 2.75 or a threshold of 0.80. */
    public static Ratio of(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return of(stripped.longValueExact());
        }
        if (stripped.scale() > 12) {
            throw new ArithmeticException("more than 12 decimals: " + decimal.toPlainString());
        }
        return of(
                stripped.unscaledValue().longValueExact(),
                BigInteger.TEN.pow(stripped.scale()).longValueExact());
    }

    /**
     * Parses a plain decimal such as {@code "0.80"} or {@code "22"}, or a fraction as {@link #toString()} writes it,
     * such as {@code "59/18"} or {@code "-7/2"}: the exact value a score is stored as.
     *
     * @throws NumberFormatException if the text is neither
     * @throws ArithmeticException for a zero denominator
     */
    public static Ratio parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            return of(new BigDecimal(trimmed));
        }
        return of(Long.parseLong(trimmed.substring(0, slash)), Long.parseLong(trimmed.substring(slash + 1)));
    }

    /** The numerator as built, not necessarily in lowest terms. */
    public long numerator() {
        return numerator;
    }

    /** The denominator as built (always positive), not necessarily in lowest terms. */
    public long denominator() {
        return denominator;
    }

    public boolean isZero() {
        return numerator == 0;
    }

    public boolean isNegative() {
        return numerator < 0;
    }

    public boolean isWhole() {
        return numerator % denominator == 0;
    }

    public Ratio plus(Ratio other) {
        if (denominator == other.denominator) {
            return new Ratio(Math.addExact(numerator, other.numerator), denominator);
        }
        return of(
                Math.addExact(
                        Math.multiplyExact(numerator, other.denominator),
                        Math.multiplyExact(other.numerator, denominator)),
                Math.multiplyExact(denominator, other.denominator));
    }

    public Ratio minus(Ratio other) {
        return plus(new Ratio(Math.negateExact(other.numerator), other.denominator));
    }

    public Ratio times(Ratio other) {
        return of(Math.multiplyExact(numerator, other.numerator), Math.multiplyExact(denominator, other.denominator));
    }

    public Ratio times(long factor) {
        return of(Math.multiplyExact(numerator, factor), denominator);
    }

    /** This ratio divided by another; the divisor must not be zero. */
    public Ratio dividedBy(Ratio divisor) {
        if (divisor.numerator == 0) {
            throw new ArithmeticException("division by zero");
        }
        return of(
                Math.multiplyExact(numerator, divisor.denominator), Math.multiplyExact(denominator, divisor.numerator));
    }

    public Ratio dividedBy(long divisor) {
        return of(numerator, Math.multiplyExact(denominator, divisor));
    }

    public Ratio abs() {
        return numerator < 0 ? new Ratio(-numerator, denominator) : this;
    }

    @Override
    public int compareTo(Ratio other) {
        return Long.compare(
                Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(other.numerator, denominator));
    }

    public boolean isAtLeast(Ratio other) {
        return compareTo(other) >= 0;
    }

    public boolean isBelow(Ratio other) {
        return compareTo(other) < 0;
    }

    /** The exact value, rounded half up to the given number of decimals: for display and export only. */
    public BigDecimal rounded(int decimals) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
    }

    public double toDouble() {
        return (double) numerator / denominator;
    }

    /** One decimal, with the locale's decimal separator: "3,5" in Danish, "3.5" in English. */
    public String display(Locale locale) {
        return display(locale, 1);
    }

    public String display(Locale locale, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals));
        format.setDecimalFormatSymbols(DecimalFormatSymbols.getInstance(locale));
        return format.format(rounded(decimals));
    }

    /** Compares {@code a/b} (b &gt; 0) with this ratio, without building {@code a/b}. */
    public int compareFrom(long a, long b) {
        return Long.compare(Math.multiplyExact(a, denominator), Math.multiplyExact(numerator, b));
    }

    /** Binary GCD (Stein): no divisions, which matters when millions of scores are built a second. */
    private static long gcd(long a, long b) {
        if (a == 0) {
            return b == 0 ? 1 : b;
        }
        if (b == 0) {
            return a;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        do {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && compareTo(r) == 0;
    }

    @Override
    public int hashCode() {
        Ratio r = reduced();
        return Long.hashCode(r.numerator) * 31 + Long.hashCode(r.denominator);
    }

    /** The exact value in lowest terms, e.g. {@code 7/2}. */
    @Override
    public String toString() {
        Ratio r = reduced();
        return r.denominator == 1 ? Long.toString(r.numerator) : r.numerator + "/" + r.denominator;
    }
}
