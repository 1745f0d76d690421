package dk.nextwork.randomisation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StudyIdTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // ORCID's published examples of ISO 7064 MOD 11-2 (support.orcid.org, "Structure of the ORCID identifier").
        "000000021825009, 7",
        "000000015109370, 0",
        "000000021694233, X",
        // Worked by hand: 2 6 5 0 0 0 1 7 → running totals 4 9 6 1 2 4 10 1 → (12 − 1) mod 11 = 0.
        "26500017, 0",
        // … 2 6 5 0 0 0 1 8 → the last step (10 + 8) × 2 mod 11 = 3 → (12 − 3) mod 11 = 9.
        "26500018, 9"
    })
    @DisplayName("the check character is ISO 7064 MOD 11-2, as ORCID's examples and a hand-worked ID")
    void checkCharacter(String digits, char expected) {
        assertThat(StudyId.checkCharacter(digits)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"265-00017-0", "265000170", " 265 00017 0 ", "265.00017.0"})
    @DisplayName("a study ID is read with or without separators")
    void readsTheWaysPeopleTypeIt(String typed) {
        StudyId.Reading reading = StudyId.read(typed);
        assertThat(reading.refusal()).isEmpty();
        assertThat(reading.id().orElseThrow().toString()).isEqualTo("265-00017-0");
        assertThat(reading.id().orElseThrow().kommunekode()).isEqualTo("265");
    }

    @Test
    @DisplayName("a lower-case x is the check character X")
    void lowerCaseX() {
        StudyId withX = java.util.stream.IntStream.range(0, 100)
                .mapToObj(n -> StudyId.of("615", n))
                .filter(id -> id.check() == 'X')
                .findFirst()
                .orElseThrow();
        String typed = withX.toString().toLowerCase(java.util.Locale.ROOT);
        assertThat(StudyId.read(typed).id()).contains(withX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190-1234", "0101901234", "010190 1234", "cpr 311299-9999 ok", "3112999999X"})
    @DisplayName("ten digits in a row, as a CPR number is written, are refused as CPR-shaped before anything else")
    void cprShaped(String typed) {
        assertThat(StudyId.read(typed).refusal()).contains(StudyId.Refusal.CPR_SHAPED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010190/1234",
                "010190\u00A01234",
                "010190\u20091234",
                "010190\u200B-1234",
                "010190\u22121234",
                "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10-\uFF11\uFF12\uFF13\uFF14",
                "\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0662\u0663\u0664"
            })
    @DisplayName("a CPR number with a slash, a no-break, thin or zero-width space, a minus sign, or in fullwidth or"
            + " Arabic-Indic digits is refused as CPR-shaped, not as a mere format error")
    void cprShapedInEverySpelling(String typed) {
        assertThat(StudyId.read(typed).refusal()).contains(StudyId.Refusal.CPR_SHAPED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"26500017", "265-0017-0", "abc-defgh-1", "265-00017-0X", "265-00017-Y"})
    @DisplayName("anything but three digits, five digits and a check character is the wrong format")
    void wrongFormat(String typed) {
        assertThat(StudyId.read(typed).refusal()).contains(StudyId.Refusal.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void empty(String typed) {
        assertThat(StudyId.read(typed).refusal()).contains(StudyId.Refusal.EMPTY);
        assertThat(StudyId.read(null).refusal()).contains(StudyId.Refusal.EMPTY);
    }

    @Test
    @DisplayName("265-00017-9 (one digit wrong at the end) is a typing error, not another young person")
    void wrongCheckCharacter() {
        assertThat(StudyId.read("265-00017-9").refusal()).contains(StudyId.Refusal.CHECK_CHARACTER);
        assertThat(StudyId.read("265-00018-0").refusal()).contains(StudyId.Refusal.CHECK_CHARACTER);
    }

    @Property
    @Label("every single mistyped digit is caught")
    void singleDigitErrors(
            @ForAll @IntRange(min = 0, max = 99999) int number,
            @ForAll @IntRange(min = 0, max = 7) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String valid = StudyId.of("540", number).toString().replace("-", "");
        char[] typed = valid.toCharArray();
        typed[position] = (char) ('0' + (typed[position] - '0' + shift) % 10);
        assertThat(StudyId.read(new String(typed)).refusal()).contains(StudyId.Refusal.CHECK_CHARACTER);
    }

    @Property
    @Label("every swap of two different neighbouring characters is caught")
    void neighbourSwaps(
            @ForAll @IntRange(min = 0, max = 99999) int number, @ForAll @IntRange(min = 0, max = 7) int position) {
        String valid = StudyId.of("390", number).toString().replace("-", "");
        char[] typed = valid.toCharArray();
        char swap = typed[position];
        typed[position] = typed[position + 1];
        typed[position + 1] = swap;
        if (typed[position] != typed[position + 1]) {
            // A check character X swapped into the digits is a wrong format; any other swap a wrong check character.
            assertThat(StudyId.read(new String(typed)).refusal())
                    .hasValueSatisfying(
                            r -> assertThat(r).isIn(StudyId.Refusal.CHECK_CHARACTER, StudyId.Refusal.FORMAT));
        }
    }
}
