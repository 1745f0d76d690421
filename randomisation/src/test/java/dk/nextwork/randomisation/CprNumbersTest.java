package dk.nextwork.randomisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CprNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010190-1234",
                "0101901234",
                "Mødte 010190 1234 i går",
                "cpr: 311299-9999.",
                "010190/1234",
                "010190 - 1234",
                "010190\u00A01234", // no-break space
                "010190\u20091234", // thin space
                "010190\u202F1234", // narrow no-break space
                "0101\u200B90-1234", // zero-width space inside the date
                "010190\u00AD1234", // soft hyphen
                "010190\u22121234", // minus sign
                "010190\u20131234", // en dash
                "010190\uFF0D1234", // fullwidth hyphen-minus
                "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF13\uFF14", // fullwidth digits
                "\u0660\u0661\u0660\u0661\u0669\u0660-\u0661\u0662\u0663\u0664", // Arabic-Indic digits
                "\u06F0\u06F1\u06F0\u06F1\u06F9\u06F0\u06F1\u06F2\u06F3\u06F4", // extended Arabic-Indic digits
                "<p>cpr <b>010190-1234</b></p>",
                "01.01.90-1234", // the date written as a date
                "01 01 90 1234",
                "01-01-90-1234"
            })
    @DisplayName("ddmmyy and four digits are a CPR number in every spelling people and attackers use")
    void recognised(String text) {
        assertThat(CprNumbers.appearIn(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Vi mødes 05-12-2026 kl. 14.00",
                "265-00017-0",
                "Telefon 12 34 56 78",
                "Kontonummer 12345678901234",
                "321290-1234", // day 32
                "011390-1234", // month 13
                "000190-1234", // day 0
                "010190-123", // three digits after
                "2026-H1, 3,5 årsværk og 45 unge",
                "Vi mødes 05-12-2026 1400", // a date with a four-digit year and a time
                "01.01.1990 kl. 12.34"
            })
    @DisplayName("dates, study IDs, phone and account numbers and other figures are not taken for a CPR number")
    void notRecognised(String text) {
        assertThat(CprNumbers.appearIn(text)).as(text).isFalse();
    }
}
