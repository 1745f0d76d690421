package dk.nextwork.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    @DisplayName("equal values are equal whatever terms they were built from, and print in lowest terms")
    void equalityByValue() {
        assertThat(Ratio.of(2, 4)).isEqualTo(Ratio.of(1, 2)).hasSameHashCodeAs(Ratio.of(1, 2));
        assertThat(Ratio.of(-3, -6)).isEqualTo(Ratio.of(1, 2));
        assertThat(Ratio.of(6, 4)).hasToString("3/2");
        assertThat(Ratio.of(8, 4)).hasToString("2");
        assertThat(Ratio.of(new BigDecimal("2.50"))).isEqualTo(Ratio.of(5, 2));
    }

    @Test
    @DisplayName("rounding happens only for display: 41/12 shows as 3,4 in Danish and 3.4 in English")
    void display() {
        assertThat(Ratio.of(41, 12).display(Locale.forLanguageTag("da"))).isEqualTo("3,4");
        assertThat(Ratio.of(41, 12).display(Locale.ENGLISH)).isEqualTo("3.4");
        assertThat(Ratio.of(7, 20).display(Locale.ENGLISH)).isEqualTo("0.4");
    }

    @Test
    @DisplayName("a zero denominator is refused, never NaN")
    void zeroDenominator() {
        assertThatThrownBy(() -> Ratio.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Ratio.ONE.dividedBy(Ratio.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    @DisplayName("parse reads what toString writes (59/18, -7/2, 4) and plain decimals (0.80, 22)")
    void parse() {
        assertThat(Ratio.parse("59/18")).isEqualTo(Ratio.of(59, 18));
        assertThat(Ratio.parse("-7/2")).isEqualTo(Ratio.of(-7, 2));
        assertThat(Ratio.parse("4")).isEqualTo(Ratio.of(4));
        assertThat(Ratio.parse(" 0.80 ")).isEqualTo(Ratio.of(4, 5));
        assertThat(Ratio.parse("22")).isEqualTo(Ratio.of(22));
        assertThat(Ratio.parse(Ratio.of(6, 4).toString())).isEqualTo(Ratio.of(3, 2));
        assertThatThrownBy(() -> Ratio.parse("3/0")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Ratio.parse("tre")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Ratio.parse("1/2/3")).isInstanceOf(NumberFormatException.class);
    }
}
