package dk.nextwork.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.instrument.InstrumentChanges;
import dk.nextwork.fidelity.instrument.Item;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InstrumentChangesTest {

    @Test
    @DisplayName("From 1.0 to 1.1: MS5 is added and AI2 reworded; nothing is removed")
    void oneZeroToOneOne() {
        InstrumentChanges changes = InstrumentChanges.between(Fixtures.V1, Fixtures.V1_1);
        assertThat(changes.added()).extracting(Item::code).containsExactly("MS5");
        assertThat(changes.added().get(0).text().da()).isEqualTo("De unge evaluerer forløbet");
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.reworded()).extracting(Item::code).containsExactly("AI2");
        assertThat(changes.otherwiseChanged()).isEmpty();
        assertThat(changes.isEmpty()).isFalse();
    }

    @Test
    @DisplayName("Back from 1.1 to 1.0: MS5 is removed and AI2 reworded back")
    void oneOneToOneZero() {
        InstrumentChanges changes = InstrumentChanges.between(Fixtures.V1_1, Fixtures.V1);
        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).extracting(Item::code).containsExactly("MS5");
        assertThat(changes.reworded()).extracting(Item::code).containsExactly("AI2");
        assertThat(changes.reworded().get(0).text())
                .isEqualTo(Fixtures.V1.item("AI2").orElseThrow().text());
    }

    @Test
    @DisplayName("A version compared with itself has no changes")
    void sameVersion() {
        assertThat(InstrumentChanges.between(Fixtures.V1, Fixtures.V1).isEmpty())
                .isTrue();
    }
}
