package dk.nextwork.fidelity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An exact non-negative or negative rational number. Scores, ratios and thresholds are compared as ratios, so a ratio
 * of exactly 0.90 or a drop of exactly 0.5 always lands on the side the instrument's rule says; nothing is rounded until
 * it is displayed.
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

    /** A ratio reduced to lowest terms; the denominator must not be zero. */
    public static Ratio of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator < 0) {
            numerator = Math.negateExact(numerator);
            denominator = Math.negateExact(denominator);
        }
        long gcd = gcd(Math.abs(numerator), denominator);
        return new Ratio(numerator / gcd, denominator / gcd);
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

    /** Parses a plain decimal such as {@code "0.80"} or {@code "22"}. */
    public static Ratio parse(String decimal) {
        return of(new BigDecimal(decimal.trim()));
    }

    public long numerator() {
        return numerator;
    }

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
        return denominator == 1;
    }

    public Ratio plus(Ratio other) {
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

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && r.numerator == numerator && r.denominator == denominator;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
    }

    /** The exact value, e.g. {@code 7/2}. */
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }
}
