package dk.nextwork.hub.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON of the audit trail's snapshots")
class JsonTest {

    /** A view as the services snapshot them. */
    public record Snapshot(String municipality, LocalDate dueOn, Instant at, List<String> items, String note) {}

    @Test
    @DisplayName("a snapshot is written with ISO dates and times, Danish letters as they are, and read back the same")
    void roundTrip() {
        Snapshot s = new Snapshot(
                "Sønderborg",
                LocalDate.of(2027, 1, 5),
                Instant.parse("2026-11-23T09:00:00Z"),
                List.of("MS1", "MS2"),
                "Aftalt på mødet");
        String json = Json.of(s);
        assertThat(json)
                .contains("\"municipality\":\"Sønderborg\"")
                .contains("\"dueOn\":\"2027-01-05\"")
                .contains("\"at\":\"2026-11-23T09:00:00Z\"")
                .contains("\"items\":[\"MS1\",\"MS2\"]");
        assertThat(Json.read(json, Snapshot.class)).isEqualTo(s);
    }

    @Test
    @DisplayName("a field with nothing in it is left out, not written as null")
    void nullsLeftOut() {
        String json = Json.of(new Snapshot("Vejle", null, null, List.of(), null));
        assertThat(json).isEqualTo("{\"items\":[],\"municipality\":\"Vejle\"}");
    }
}
