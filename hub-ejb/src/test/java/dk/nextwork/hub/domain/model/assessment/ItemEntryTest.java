package dk.nextwork.hub.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An item's entry in a report")
class ItemEntryTest {

    @ParameterizedTest(name = "item code [{0}] is refused")
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    @DisplayName("an entry belongs to an item: without an item code it is refused")
    void itemCodeRequired(String code) {
        assertThatThrownBy(() -> new ItemEntry(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("itemCode is required");
    }

    @Test
    @DisplayName("a new entry has neither rating nor text: nothing is rated until someone rates it")
    void newEntryIsEmpty() {
        ItemEntry entry = new ItemEntry("MS3");
        assertThat(entry.itemCode()).isEqualTo("MS3");
        assertThat(entry.selfRating()).isNull();
        assertThat(entry.evidence()).isNull();
        assertThat(entry.justification()).isNull();
        assertThat(entry.supervisorRating()).isNull();
        assertThat(entry.supervisorComment()).isNull();
    }
}
