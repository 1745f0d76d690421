package dk.nextwork.hub.domain.model.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishOrderTest {

    @Test
    @DisplayName("Ærø, Aabenraa, Odsherred and Vejle in Danish order: Odsherred, Vejle, Ærø, Aabenraa (æ, ø, å after z,"
            + " aa read as å)")
    void danishOrder() {
        List<String> names = new ArrayList<>(List.of("Ærø", "Aabenraa", "Odsherred", "Vejle", "Ølstykke", "Århus"));
        names.sort(DanishOrder.NAMES);
        assertThat(names).containsExactly("Odsherred", "Vejle", "Ærø", "Ølstykke", "Aabenraa", "Århus");
    }

    @ParameterizedTest(name = "{0} before {1}")
    @DisplayName("as a Danish dictionary has it: ø after o, æ and ø and å after z, and aa as å wherever it stands")
    @CsvSource({
        "Horsens,     Høje-Taastrup",
        "Vordingborg, Ærø",
        "Ærø,         Aabenraa",
        "Fanø,        Faaborg-Midtfyn",
        "Albertslund, Aabenraa"
    })
    void pairs(String first, String second) {
        assertThat(DanishOrder.NAMES.compare(first, second)).isNegative();
        assertThat(DanishOrder.NAMES.compare(second, first)).isPositive();
    }
}
