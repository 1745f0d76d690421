package dk.nextwork.fidelity.instrument;

import dk.nextwork.fidelity.Ratio;
import java.util.Arrays;
import java.util.Optional;

/** How a data rule's step compares the measured value with its threshold. */
public enum Comparison {
    AT_LEAST(">="),
    ABOVE(">"),
    AT_MOST("<="),
    BELOW("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(Ratio value, Ratio threshold) {
        return holds(value.numerator(), value.denominator(), threshold);
    }

    /** Whether {@code numerator/denominator} (denominator &gt; 0) compares with the threshold as this says. */
    public boolean holds(long numerator, long denominator, Ratio threshold) {
        int c = threshold.compareFrom(numerator, denominator);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case ABOVE -> c > 0;
            case AT_MOST -> c <= 0;
            case BELOW -> c < 0;
        };
    }

    public static Optional<Comparison> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
    }
}
