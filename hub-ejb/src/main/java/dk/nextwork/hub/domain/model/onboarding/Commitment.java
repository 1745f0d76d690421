package dk.nextwork.hub.domain.model.onboarding;

import dk.nextwork.fidelity.Text;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The co-ownership commitment a joining municipality's lead accepts on its behalf: a versioned document shipped with
 * the Hub ({@code commitment-1.0.json}), so that who accepted which wording stays known when the wording changes.
 */
public record Commitment(String version, Text title, Text text) {

    /** Found once: {@code Json.create…} looks the provider up through the ServiceLoader on every call. */
    private static final JsonProvider JSON_P = JsonProvider.provider();

    /** The version a lead accepts now. */
    public static final Commitment CURRENT = load("commitment-1.0.json");

    static Commitment load(String file) {
        try (InputStream in = Commitment.class.getResourceAsStream(file);
                JsonReader reader = JSON_P.createReader(in)) {
            JsonObject o = reader.readObject();
            return new Commitment(o.getString("version"), text(o, "title"), text(o, "text"));
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read", e);
        }
    }

    private static Text text(JsonObject o, String name) {
        JsonObject both = o.getJsonObject(name);
        return new Text(both.getString("da"), both.getString("en"));
    }
}
