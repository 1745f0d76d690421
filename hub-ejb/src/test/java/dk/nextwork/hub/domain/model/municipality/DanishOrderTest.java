package dk.nextwork.hub.domain.model.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DanishOrderTest {

    @Test
    @DisplayName("Ærø, Aabenraa, Odsherred and Vejle in Danish order: Odsherred, Vejle, Ærø, Aabenraa (æ, ø, å after z,"
            + " aa read as å)")
    void danishOrder() {
        List<String> names = new ArrayList<>(List.of("Ærø", "Aabenraa", "Odsherred", "Vejle", "Ølstykke", "Århus"));
        names.sort(DanishOrder.NAMES);
        assertThat(names).containsExactly("Odsherred", "Vejle", "Ærø", "Ølstykke", "Aabenraa", "Århus");
    }
}
