package dk.nextwork.hub.interfaces.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Number formats made once per pattern and language")
class DecimalsTest {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    @Test
    @DisplayName("each language writes its own separators, however often and in whichever order asked")
    void separatorsPerLanguage() {
        for (int i = 0; i < 3; i++) {
            assertThat(Decimals.of("#,##0.##", DANISH).format(new BigDecimal("1234.5")))
                    .isEqualTo("1.234,5");
            assertThat(Decimals.of("#,##0.##", Locale.ENGLISH).format(new BigDecimal("1234.5")))
                    .isEqualTo("1,234.5");
            assertThat(Decimals.of("0.0", DANISH).format(new BigDecimal("2.25")))
                    .isEqualTo("2,2");
        }
    }

    @Test
    @DisplayName("every caller gets a format of its own, so a change to one leaves the next caller's alone")
    void aCopyForEachCaller() {
        var first = Decimals.of("0.0", Locale.ENGLISH);
        first.setMaximumFractionDigits(3);
        assertThat(Decimals.of("0.0", Locale.ENGLISH)).isNotSameAs(first);
        assertThat(Decimals.of("0.0", Locale.ENGLISH).format(new BigDecimal("1.2345")))
                .isEqualTo("1.2");
    }
}
