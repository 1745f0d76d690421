package dk.nextwork.hub.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0001",
                "a\u0008b",
                "\u001B[31m",
                "\u007F",
                "\u0085",
                "\u009F",
                "\uFFFE",
                "\uFFFF",
                "\uD800",
                "x\uDC00"
            })
    @DisplayName(
            "a control character, DEL, a C1 control, a lone surrogate or U+FFFE/U+FFFF is refused as a character no"
                    + " output can carry")
    void controlCharacters(String text) {
        assertThat(FreeText.fault("Evidens " + text + " her")).contains(FreeText.Fault.CONTROL_CHARACTER);
    }

    @Test
    @DisplayName("more than 50,000 characters, longer than any field takes, is refused before any field's own limit")
    void tooLong() {
        assertThat(FreeText.fault("x".repeat(50_000))).isEmpty();
        assertThat(FreeText.fault("x".repeat(50_001))).contains(FreeText.Fault.TOO_LONG);
    }

    @Test
    @DisplayName("a CPR number in a text longer than any field is still named as a CPR number")
    void cprBeforeLength() {
        assertThat(FreeText.fault("010190-1234 " + "x".repeat(50_000))).contains(FreeText.Fault.CPR_NUMBER);
    }

    @Test
    @DisplayName("line breaks from PowerPoint and Word (vertical tab, form feed, NEL, U+2028/2029) become plain ones")
    void foreignLineBreaks() {
        assertThat(FreeText.normalised("Linje 1\u000BLinje 2\u000CSide 2\u2028Slut\u0085!"))
                .isEqualTo("Linje 1\nLinje 2\nSide 2\nSlut\n!");
        assertThat(FreeText.fault(FreeText.normalised("a\u000Bb"))).isEmpty();
    }

    @Test
    @DisplayName("a NUL is named as such, since the database cannot store it")
    void nul() {
        assertThat(FreeText.fault("a\u0000b")).contains(FreeText.Fault.NUL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Linje 1\nLinje 2\r\n\tindrykket", "Ærø, Å og ø", "😀 emoji", "« citat » – 2,5 årsværk", ""})
    @DisplayName("tabs, line breaks, Danish letters, emoji and typographic marks are ordinary text")
    void ordinaryText(String text) {
        assertThat(FreeText.fault(text)).isEmpty();
        assertThat(FreeText.printable(text)).isEqualTo(text);
    }

    @Test
    @DisplayName(
            "a CPR number is refused with its own message key, which the bundles word as 'CPR-numre må ikke skrives'")
    void cpr() {
        assertThat(FreeText.problem("text", "Mødtes med 010190-1234"))
                .map(p -> p.message().key())
                .contains("problem.text.cpr");
    }

    @Test
    @DisplayName("text stored before the rule is shown without the characters no output can carry")
    void printable() {
        assertThat(FreeText.printable("Evidens\u0001 med\u0008 tegn\uFFFF 😀")).isEqualTo("Evidens med tegn 😀");
    }
}
